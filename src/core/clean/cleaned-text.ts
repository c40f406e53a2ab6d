import { lowerBound } from "../sorted/bounds.js";
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

/** Wraps a cleaned text and its offset map (length text.length + 1) as a CleanedText. */
export function makeCleanedText(text: string, map: Int32Array): CleanedText {
  const toOriginal = (i: number): number => {
    if (!Number.isInteger(i) || i < 0 || i > text.length) {
      throw new RangeError(`offset ${i} is outside a cleaned text of length ${text.length}`);
    }
    return map[i]!;
  };
  return {
    text,
    toOriginal,
    fromOriginal(o) {
      // The map only grows: the first cleaned index at or after `o` (text.length if none).
      return lowerBound(map, o, 0, text.length);
    },
    spanToOriginal(start, end) {
      const s = toOriginal(start);
      // The end is exclusive: map the last character inside the span and step past it.
      const e = end > start ? toOriginal(end - 1) + 1 : s;
      return { start: s, end: Math.max(s, e) };
    },
  };
}
