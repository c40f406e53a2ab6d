/** Precision and recall of links against known truth (generated lists, hand-checked samples). */

export interface PrecisionRecall {
  readonly precision: number;
  readonly recall: number;
  readonly truePositives: number;
  readonly predicted: number;
  readonly actual: number;
}

function pairsIn(counts: Map<number, number>, acrossOnly: boolean): number {
  let total = 0;
  let sq = 0;
  for (const c of counts.values()) {
    total += c;
    sq += c * c;
  }
  return acrossOnly ? (total * total - sq) / 2 : (total * (total - 1)) / 2;
}

/** Pairs in scope within each group: groups keyed by `groupOf`, lists counted per group. */
function scopedPairs(
  groupOf: (i: number) => number,
  listOf: ArrayLike<number>,
  acrossOnly: boolean,
): number {
  const groups = new Map<number, Map<number, number>>();
  for (let i = 0; i < listOf.length; i++) {
    const g = groupOf(i);
    let lists = groups.get(g);
    if (!lists) {
      lists = new Map();
      groups.set(g, lists);
    }
    lists.set(listOf[i]!, (lists.get(listOf[i]!) ?? 0) + 1);
  }
  let total = 0;
  for (const lists of groups.values()) total += pairsIn(lists, acrossOnly);
  return total;
}

/**
 * Pairwise precision and recall of the clusters (every pair of records in one cluster counts as
 * linked) against the true person of each record.
 */
export function evaluateClusters(
  clusterOf: Int32Array,
  personOf: ArrayLike<number>,
  listOf: ArrayLike<number>,
  acrossOnly: boolean,
): PrecisionRecall {
  let maxPerson = 0;
  for (let i = 0; i < personOf.length; i++) maxPerson = Math.max(maxPerson, personOf[i]!);
  const actual = scopedPairs((i) => personOf[i]!, listOf, acrossOnly);
  const predicted = scopedPairs((i) => clusterOf[i]!, listOf, acrossOnly);
  const truePositives = scopedPairs(
    (i) => clusterOf[i]! * (maxPerson + 1) + personOf[i]!,
    listOf,
    acrossOnly,
  );
  return {
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: actual === 0 ? 1 : truePositives / actual,
    truePositives,
    predicted,
    actual,
  };
}

/** Precision and recall of the direct links (pairs above the threshold). */
export function evaluateLinks(
  left: Int32Array,
  right: Int32Array,
  personOf: ArrayLike<number>,
  listOf: ArrayLike<number>,
  acrossOnly: boolean,
): PrecisionRecall {
  let truePositives = 0;
  for (let k = 0; k < left.length; k++)
    if (personOf[left[k]!] === personOf[right[k]!]) truePositives++;
  const actual = scopedPairs((i) => personOf[i]!, listOf, acrossOnly);
  return {
    precision: left.length === 0 ? 1 : truePositives / left.length,
    recall: actual === 0 ? 1 : truePositives / actual,
    truePositives,
    predicted: left.length,
    actual,
  };
}
