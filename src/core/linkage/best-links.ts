/**
 * One-to-one links between lists that are each free of duplicates: a record can be the same
 * person as at most one record of another list, so of competing links only the mutually best
 * survives. The others stay as candidate pairs for review, not as links.
 */

/**
 * Indices of the links that are, for both their records, the most probable link into the other
 * record's list. Ties keep the first.
 */
export function mutualBestLinks(
  left: Int32Array,
  right: Int32Array,
  probability: Float64Array,
  listOf: ArrayLike<number>,
  listCount: number,
): Int32Array {
  // best[i * listCount + l] = index of record i's best link into list l.
  const size = listOf.length;
  const best = new Int32Array(size * listCount).fill(-1);
  const consider = (i: number, otherList: number, k: number) => {
    const slot = i * listCount + otherList;
    const current = best[slot]!;
    if (current === -1 || probability[k]! > probability[current]!) best[slot] = k;
  };
  for (let k = 0; k < left.length; k++) {
    consider(left[k]!, listOf[right[k]!]!, k);
    consider(right[k]!, listOf[left[k]!]!, k);
  }
  const keep: number[] = [];
  for (let k = 0; k < left.length; k++) {
    const i = left[k]!;
    const j = right[k]!;
    if (best[i * listCount + listOf[j]!] === k && best[j * listCount + listOf[i]!] === k)
      keep.push(k);
  }
  return Int32Array.from(keep);
}
