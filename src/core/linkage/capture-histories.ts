/**
 * From linked records to capture histories: each cluster is one person, seen on the lists its
 * records come from. This is the bridge from linkage to estimation.
 */
import type { CaptureHistory } from "../estimation/capture-data.js";

/**
 * Counts clusters by the set of lists they appear on. `listCount` lists, at most 30.
 * @example captureHistories(clusterOf, listOf, 3) // [{ lists: [1, 0, 1], count: 12 }, …]
 */
export function captureHistories(
  clusterOf: Int32Array,
  listOf: ArrayLike<number>,
  listCount: number,
): CaptureHistory[] {
  let clusters = 0;
  for (const c of clusterOf) clusters = Math.max(clusters, c + 1);
  const masks = new Int32Array(clusters);
  for (let i = 0; i < clusterOf.length; i++) masks[clusterOf[i]!]! |= 1 << listOf[i]!;
  const counts = new Map<number, number>();
  for (const m of masks) if (m !== 0) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([mask, count]) => ({
      lists: Array.from({ length: listCount }, (_, k) => ((mask >> k) & 1) as 0 | 1),
      count,
    }));
}
