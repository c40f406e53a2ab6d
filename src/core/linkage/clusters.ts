/**
 * Clusters of records that are linked directly or through others (connected components of the
 * links above a threshold). Records stay separate; a cluster only groups them.
 */

function unionFind(size: number) {
  const parent = new Int32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) {
      parent[r] = parent[parent[r]!]!;
      r = parent[r]!;
    }
    return r;
  };
  return { parent, find };
}

function label(
  size: number,
  find: (x: number) => number,
): { clusterOf: Int32Array; count: number } {
  const clusterOf = new Int32Array(size);
  const names = new Int32Array(size).fill(-1);
  let count = 0;
  for (let i = 0; i < size; i++) {
    const r = find(i);
    if (names[r] === -1) names[r] = count++;
    clusterOf[i] = names[r]!;
  }
  return { clusterOf, count };
}

/** Cluster index per record, numbered 0.. in order of first record; singletons get their own. */
export function connectedComponents(
  size: number,
  left: ArrayLike<number>,
  right: ArrayLike<number>,
): { clusterOf: Int32Array; count: number } {
  const { parent, find } = unionFind(size);
  for (let k = 0; k < left.length; k++) {
    const a = find(left[k]!);
    const b = find(right[k]!);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  return label(size, find);
}

/** Candidate pairs as adjacency (CSR) for looking up the probability of any compared pair. */
function adjacency(size: number, left: ArrayLike<number>, right: ArrayLike<number>) {
  const start = new Int32Array(size + 1);
  for (let k = 0; k < left.length; k++) {
    start[left[k]! + 1]!++;
    start[right[k]! + 1]!++;
  }
  for (let i = 0; i < size; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, size);
  const other = new Int32Array(left.length * 2);
  const pair = new Int32Array(left.length * 2);
  for (let k = 0; k < left.length; k++) {
    other[fill[left[k]!]!] = right[k]!;
    pair[fill[left[k]!]!++] = k;
    other[fill[right[k]!]!] = left[k]!;
    pair[fill[right[k]!]!++] = k;
  }
  return { start, other, pair };
}

/**
 * Clusters that do not chain through contradictions. Links are followed from the most to the
 * least probable; two clusters are joined only if no compared pair between them falls below
 * `minCross` (one good link must not join records the model itself judged different) and, when
 * `exclusive` (linkage across lists that are each free of duplicates), if they hold no two
 * records of one list.
 */
export function consistentComponents(
  size: number,
  links: ArrayLike<number>,
  candidates: { left: Int32Array; right: Int32Array; probability: Float64Array },
  listOf: ArrayLike<number>,
  minCross: number,
  exclusive: boolean,
): { clusterOf: Int32Array; count: number } {
  const { parent, find } = unionFind(size);
  const lists = new Int32Array(size);
  const next = new Int32Array(size);
  const members = new Int32Array(size).fill(1);
  for (let i = 0; i < size; i++) {
    lists[i] = exclusive ? 1 << listOf[i]! : 0;
    next[i] = i;
  }
  const adj = adjacency(size, candidates.left, candidates.right);
  // Every compared pair between the two clusters is seen from either side, so the smaller one is
  // walked: a record is then walked only when its cluster at least doubles, and a low threshold
  // that joins most records into one cluster costs n log n steps instead of n².
  const crossOk = (a: number, b: number): boolean => {
    const [from, to] = members[a]! <= members[b]! ? [a, b] : [b, a];
    let x = from;
    do {
      for (let s = adj.start[x]!; s < adj.start[x + 1]!; s++) {
        if (find(adj.other[s]!) === to && candidates.probability[adj.pair[s]!]! < minCross)
          return false;
      }
      x = next[x]!;
    } while (x !== from);
    return true;
  };
  const order = Array.from(links, (k) => k).sort(
    (x, y) => candidates.probability[y]! - candidates.probability[x]!,
  );
  for (const k of order) {
    const a = find(candidates.left[k]!);
    const b = find(candidates.right[k]!);
    if (a === b || (lists[a]! & lists[b]!) !== 0 || !crossOk(a, b)) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    lists[root]! |= lists[child]!;
    members[root]! += members[child]!;
    // Splice the two circular member lists into one.
    const t = next[root]!;
    next[root] = next[child]!;
    next[child] = t;
  }
  return label(size, find);
}
