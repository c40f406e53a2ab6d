/**
 * Published capture–recapture data sets used by the tests, in Rcapture's layout: histories in
 * decreasing binary order with list 1 as the leading digit (Rcapture's histpos.t), as printed in
 * Rcapture's inst/tests/testPapersResults.R.
 */
import type { CaptureHistory } from "./capture-data.js";

/** Histories for t lists from counts in Rcapture's histpos.t order (111, 110, 101, 100, …). */
export function rcaptureHistories(t: number, counts: readonly number[]): CaptureHistory[] {
  return counts.map((count, row) => {
    const v = 2 ** t - 1 - row;
    return { lists: Array.from({ length: t }, (_, k) => ((v >> (t - 1 - k)) & 1) as 0 | 1), count };
  });
}

/** Bitmask term over 1-based list numbers: term(1, 2) is the list 1 × list 2 interaction. */
export function term(...lists: number[]): number {
  return lists.reduce((m, k) => m | (1 << (k - 1)), 0);
}

/** Darroch et al. (1993), three lists, as analysed by Rivest (2011). */
export const DARROCH_R3 = rcaptureHistories(3, [72, 155, 7, 71, 13, 53, 43]);
/** Bruno et al. (1994), diabetes in Casale Monferrato, four lists. */
export const BRUNO_DIABETES = rcaptureHistories(
  4,
  [58, 157, 18, 104, 46, 650, 12, 709, 14, 20, 7, 74, 8, 182, 10],
);
/** Cormack, Chang & Smith (2000), Table 3a (four lists). */
export const CORMACK_4 = rcaptureHistories(4, [72, 5, 29, 53, 24, 3, 12, 14, 0, 0, 0, 1, 0, 0, 2]);
/** Cormack, Chang & Smith (2000), Table 3b (three lists). */
export const CORMACK_3 = rcaptureHistories(3, [72, 5, 29, 54, 24, 3, 14]);
