/**
 * @module Searching an index of window hashes for a picture's (or video's) near-duplicates: the
 * best score per other original over all pairs of frames, nearest first.
 */
import type { HashIndex } from "./hash-index.js";
import { isNearDuplicate, nearDuplicateScore, WINDOW_RADIUS } from "./picture-windows.js";

/** What the index holds under each hash: which original, which frame, which window. */
export interface IndexedWindow {
  readonly original: string;
  readonly frame: number;
  readonly atSeconds: number | null;
}

export interface QueryFrame {
  readonly frame: number;
  readonly windows: readonly string[];
}

export interface NearDuplicateHit {
  readonly original: string;
  readonly score: number;
  /** The matching frame of the other original (its moment for a video). */
  readonly frame: number;
  readonly atSeconds: number | null;
}

/** Near-duplicates of the query frames among the indexed originals, except `self`. */
export function searchNearDuplicates(
  index: HashIndex<IndexedWindow>,
  frames: readonly QueryFrame[],
  self: string | null,
): NearDuplicateHit[] {
  const best = new Map<string, NearDuplicateHit>();
  for (const q of frames) {
    // For each (other original, its frame): per query window, the nearest of its windows.
    const perFrame = new Map<string, { hit: IndexedWindow; distances: Map<number, number> }>();
    for (const { query: w, item, distance } of index.within(q.windows, WINDOW_RADIUS)) {
      if (item.original === self) continue;
      const key = `${item.original}#${item.frame}`;
      let entry = perFrame.get(key);
      if (!entry) {
        entry = { hit: item, distances: new Map() };
        perFrame.set(key, entry);
      }
      const previous = entry.distances.get(w);
      if (previous === undefined || distance < previous) entry.distances.set(w, distance);
    }
    for (const { hit, distances } of perFrame.values()) {
      const score = nearDuplicateScore([...distances.values()]);
      if (!isNearDuplicate(score) || score === null) continue;
      const current = best.get(hit.original);
      if (!current || score < current.score)
        best.set(hit.original, {
          original: hit.original,
          score,
          frame: hit.frame,
          atSeconds: hit.atSeconds,
        });
    }
  }
  return [...best.values()].sort(
    (a, b) => a.score - b.score || a.original.localeCompare(b.original),
  );
}
