/**
 * Capture data: how many people were seen on exactly each combination of lists. Cells are indexed
 * by bitmask (bit k set = on list k); cell 0, the people on no list, is what estimation is for.
 */

export interface CaptureHistory {
  /** One 0/1 per list. */
  readonly lists: readonly (0 | 1)[];
  readonly count: number;
}

export interface CaptureTable {
  readonly listCount: number;
  /** Counts by bitmask, length 2^listCount; cells[0] is unused (unobserved). */
  readonly cells: Float64Array;
  /** Number of people observed on at least one list. */
  readonly observed: number;
}

/** Builds the table from histories; repeated histories add up. Throws on inconsistent input. */
export function captureTable(histories: readonly CaptureHistory[]): CaptureTable {
  if (histories.length === 0) throw new Error("no capture histories");
  const listCount = histories[0]!.lists.length;
  if (listCount < 2 || listCount > 15) throw new Error(`need 2 to 15 lists, got ${listCount}`);
  const cells = new Float64Array(2 ** listCount);
  let observed = 0;
  for (const h of histories) {
    if (h.lists.length !== listCount)
      throw new Error("capture histories have different numbers of lists");
    if (!Number.isFinite(h.count) || h.count < 0) throw new Error(`bad count ${h.count}`);
    let mask = 0;
    h.lists.forEach((v, k) => {
      if (v === 1) mask |= 1 << k;
    });
    if (mask === 0) {
      if (h.count > 0) throw new Error("a history on no list cannot be observed");
      continue;
    }
    cells[mask]! += h.count;
    observed += h.count;
  }
  return { listCount, cells, observed };
}
