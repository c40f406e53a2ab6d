/**
 * Decomposable (chordal) graphs on the lists, and for each a perfect elimination structure: a
 * vertex order in which every vertex's earlier neighbours form a complete set. The marginal
 * likelihood of a decomposable model factorises over that structure.
 */

export interface DecomposableGraph {
  /** Edges as bitmask over list pairs, in the order of `pairsOf`. */
  readonly edges: number;
  /** For each vertex in elimination order: the set {v} ∪ earlier neighbours, and the neighbours. */
  readonly factors: ReadonlyArray<{ readonly family: number; readonly parents: number }>;
  /** Cliques as bitmasks over lists, for naming the model. */
  readonly cliques: readonly number[];
}

/** All unordered pairs of K lists. */
export function pairsOf(listCount: number): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (let a = 0; a < listCount; a++) for (let b = a + 1; b < listCount; b++) out.push([a, b]);
  return out;
}

function isComplete(set: number, adjacency: Int32Array): boolean {
  for (let v = 0; v < adjacency.length; v++) {
    if (((set >> v) & 1) === 0) continue;
    if ((adjacency[v]! & set) !== (set & ~(1 << v))) return false;
  }
  return true;
}

/** Maximum cardinality search; returns the structure, or undefined when the graph is not chordal. */
function eliminationStructure(adjacency: Int32Array): DecomposableGraph["factors"] | undefined {
  const K = adjacency.length;
  let numbered = 0;
  const factors: { family: number; parents: number }[] = [];
  for (let step = 0; step < K; step++) {
    let best = -1;
    let bestCount = -1;
    for (let v = 0; v < K; v++) {
      if ((numbered >> v) & 1) continue;
      let c = 0;
      for (let s = adjacency[v]! & numbered; s; s &= s - 1) c++;
      if (c > bestCount) {
        best = v;
        bestCount = c;
      }
    }
    const parents = adjacency[best]! & numbered;
    if (!isComplete(parents, adjacency)) return undefined;
    factors.push({ family: parents | (1 << best), parents });
    numbered |= 1 << best;
  }
  return factors;
}

function maximal(sets: number[]): number[] {
  return sets.filter(
    (s, i) => !sets.some((t, j) => j !== i && (s & t) === s && (s !== t || j < i)),
  );
}

/** Every decomposable graph on K lists (8 for 3 lists, 61 for 4, 822 for 5). */
export function decomposableGraphs(listCount: number): DecomposableGraph[] {
  const pairs = pairsOf(listCount);
  const out: DecomposableGraph[] = [];
  for (let edges = 0; edges < 2 ** pairs.length; edges++) {
    const adjacency = new Int32Array(listCount);
    pairs.forEach(([a, b], i) => {
      if ((edges >> i) & 1) {
        adjacency[a]! |= 1 << b;
        adjacency[b]! |= 1 << a;
      }
    });
    const factors = eliminationStructure(adjacency);
    if (factors) out.push({ edges, factors, cliques: maximal(factors.map((f) => f.family)) });
  }
  return out;
}
