/** The lines of a text with helpers to walk them; shared by the part detectors. */
import { classifyLines, type Line, splitLines } from "../clean/lines.js";

export interface LineRange {
  readonly lines: readonly Line[];
  /** Lines that are PDF debris (page numbers, footnote bodies): walks pass over them. */
  readonly skip: readonly boolean[];
  readonly from: number;
  readonly to: number;
}

/** The lines of `text`, with page numbers and footnote bodies marked to be skipped. */
export function linesOf(text: string): { lines: Line[]; skip: boolean[] } {
  const lines = splitLines(text);
  const skip = classifyLines(text, lines).map((role) => role === "drop" || role === "note");
  return { lines, skip };
}

/** Index of the nearest non-blank line before i (or after, with step 1) inside the range, or -1. */
export function nonBlank(range: LineRange, i: number, step: 1 | -1): number {
  for (let j = i + step; j >= range.from && j < range.to; j += step) {
    if (range.lines[j]!.text.trim() !== "" && !range.skip[j]) return j;
  }
  return -1;
}

export type { Line };
