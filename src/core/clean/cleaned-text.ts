import { upperBoundNear } from "../sorted/bounds.js";
/** A cleaned text with its map back to the original; what every extractor reads. */
export interface CleanedText {
  readonly text: string;
  /** Offset in the original of the cleaned character at `i` (i = text.length maps to the end). */
  toOriginal(i: number): number;
  /** The original span [start, end) that the cleaned span [start, end) was made from. */
  spanToOriginal(start: number, end: number): { start: number; end: number };
  /** The cleaned offset of the first cleaned character made from original offset `o` or later. */
  fromOriginal(o: number): number;
}

/**
 * The map from a cleaned text to its original as runs of characters: run k begins at cleaned
 * offset starts[k] (increasing, the first 0, the last text.length: the end's own run) and maps to
 * origins[k] onwards, one further a character (steps[k] = 1: kept) or all to origins[k] (0:
 * inserted). The cleaned character at i maps to origins[k] + steps[k] × (i − starts[k]), k the
 * last run beginning at or before i.
 */
export interface OffsetRuns {
  readonly starts: readonly number[];
  readonly origins: readonly number[];
  readonly steps: readonly number[];
}

/** Wraps a cleaned text and its map (OffsetRuns) as a CleanedText. */
export function makeCleanedText(text: string, runs: OffsetRuns): CleanedText {
  const { starts, origins, steps } = runs;
  const count = starts.length;
  /** The original offset run k's last character maps to. */
  const lastOf = (k: number) => origins[k]! + steps[k]! * (starts[k + 1]! - 1 - starts[k]!);
  // Whether the map only grows (no footnote moved to the end, which maps back before the text
  // above it): then an original offset is found among the runs, else among the characters.
  let sorted = true;
  for (let k = 0; k + 2 < count && sorted; k++) sorted = lastOf(k) <= origins[k + 1]!;
  // The run the last offset fell in: offsets are mostly asked in text order, a few in each run,
  // and the next run is tried before a search.
  let hint = 0;
  const runOf = (i: number): number => {
    if (starts[hint]! <= i) {
      if (hint + 1 === count || i < starts[hint + 1]!) return hint;
      if (hint + 2 === count || i < starts[hint + 2]!) return ++hint;
    }
    hint = upperBoundNear(starts, i, hint) - 1;
    return hint;
  };
  const at = (i: number): number => {
    const k = runOf(i);
    return origins[k]! + steps[k]! * (i - starts[k]!);
  };
  const toOriginal = (i: number): number => {
    if (!Number.isInteger(i) || i < 0 || i > text.length) {
      throw new RangeError(`offset ${i} is outside a cleaned text of length ${text.length}`);
    }
    return at(i);
  };
  return {
    text,
    toOriginal,
    fromOriginal(o) {
      // The first cleaned index at or after `o` (text.length if none): in a map that only grows,
      // within the first run whose last character maps to `o` or later.
      if (sorted) {
        let lo = 0;
        let hi = count - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (lastOf(mid) < o) lo = mid + 1;
          else hi = mid;
        }
        if (lo === count - 1) return text.length;
        const past = steps[lo] === 1 ? Math.ceil(o - origins[lo]!) : 0;
        return starts[lo]! + Math.max(past, 0);
      }
      // Otherwise bisected as lowerBound bisects the map of every character, so that the same
      // index comes out.
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at(mid) < o) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    spanToOriginal(start, end) {
      const s = toOriginal(start);
      // The end is exclusive: map the last character inside the span and step past it.
      const e = end > start ? toOriginal(end - 1) + 1 : s;
      return { start: s, end: Math.max(s, e) };
    },
  };
}
