/**
 * Line-level debris of text extracted from PDF: page numbers and footnote-number lines (dropped)
 * and footnote bodies at page bottoms (kept, but moved out of the running text).
 */
import { isSpaceCode } from "../text/char-class.js";
import { HAS_DIGIT, SPACE_THEN_TEXT, STARTS_LOWER } from "../text/word-shapes.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const MARKER_AFTER = /[\p{Ll}”"’.,;:)…]/u;
const YEAR_1900_2099 = /^(19|20)\d\d$/;
const CLOSING_QUOTE = /[”"]/;
const STARTS_LOWER_AFTER_SPACE = /^\s*\p{Ll}/u;

export interface Line {
  readonly start: number;
  /** Offset of the line end, before its newline. */
  readonly end: number;
  readonly text: string;
}

export type LineRole = "text" | "blank" | "drop" | "note";

/** Splits a text into lines with their offsets; a final line without newline is included. */
export function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= original.length) {
    let end = original.indexOf("\n", start);
    if (end < 0) end = original.length;
    const stop = end > start && original[end - 1] === "\r" ? end - 1 : end;
    lines.push({ start, end: stop, text: original.slice(start, stop) });
    start = end + 1;
  }
  return lines;
}

const NUMBER_ONLY = /^\s*\d{1,3}\s*$/;
const SECTION_HEADING = /^\s*[IVX]{1,5}\.(\s|$)/;
/** How footnotes in legal and academic compilations usually begin. */
const CITATION_START = /^(See|Cf\.|Ibid|Id\.|Note:|Courtesy|https?:|www\.)/;
const NOTE_LOOKBACK = 8000;
const NOTE_MAX_LINES = 25;

/** True when footnote number n is glued to a word, quote or year in the text before `at`. */
function markerBefore(original: string, n: string, at: number): boolean {
  const from = Math.max(0, at - NOTE_LOOKBACK);
  let i = original.indexOf(n, from);
  while (i >= 0 && i < at) {
    const before = original[i - 1] ?? "";
    const after = original[i + n.length] ?? "";
    if (!HAS_DIGIT.test(after)) {
      if (MARKER_AFTER.test(before) && !HAS_DIGIT.test(original[i - 2] ?? "")) return true;
      if (YEAR_1900_2099.test(original.slice(i - 4, i))) return true;
      if (before === " " && CLOSING_QUOTE.test(original[i - 2] ?? "")) return true;
    }
    i = original.indexOf(n, i + 1);
  }
  return false;
}

/** Assigns each line a role; see the module comment. */
export function classifyLines(original: string, lines: readonly Line[]): LineRole[] {
  const roles: LineRole[] = lines.map((l) => (l.text.trim() === "" ? "blank" : "text"));
  let i = 0;
  while (i < lines.length) {
    if (!NUMBER_ONLY.test(lines[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && NUMBER_ONLY.test(lines[j]!.text)) roles[j++] = "drop";
    const blankAfter = j < lines.length && roles[j] === "blank";
    let k = j;
    while (k < lines.length && roles[k] === "blank") k++;
    const next = lines[k];
    const isNote =
      blankAfter &&
      next !== undefined &&
      !SECTION_HEADING.test(next.text) &&
      (CITATION_START.test(next.text) ||
        (!STARTS_LOWER_AFTER_SPACE.test(next.text) &&
          markerBefore(original, lines[i]!.text.trim(), lines[i]!.start)));
    if (!isNote) {
      i = j;
      continue;
    }
    // The note runs until the next page begins (PDF text puts a space before a page's first line).
    let n = k;
    while (n < lines.length && n - k < NOTE_MAX_LINES) {
      const text = lines[n]!.text;
      if (n > k && (SPACE_THEN_TEXT.test(text) || SECTION_HEADING.test(text))) break;
      // Running text resumes after a blank line in lower case: the sentence the page cut off.
      if (n > k && roles[n - 1] === "blank" && STARTS_LOWER.test(text)) break;
      if (roles[n] === "text") roles[n] = NUMBER_ONLY.test(text) ? "drop" : "note";
      n++;
    }
    i = n;
  }
  return roles;
}

/**
 * How many lines of each width below COUNTED the text being cleaned has, kept from text to text
 * and zeroed after each (a typed array allocated and sorted a text cost more than counting: a
 * text has twenty lines on average, and the sort's call its own cost). Wider lines are rare.
 */
const COUNTED = 1024;
const widthCounts = new Int32Array(COUNTED);

/**
 * The usual width of a full line: lines shorter than a fraction of it end paragraphs. (The
 * width at 0.8 of the non-blank lines sorted by width, found by counting them.)
 */
export function typicalWidth(lines: readonly Line[]): number {
  let n = 0;
  const wide: number[] = [];
  for (const l of lines) {
    const w = trimmedLength(l.text);
    if (w === 0) continue;
    n++;
    if (w < COUNTED) widthCounts[w]!++;
    else wide.push(w);
  }
  // The width of rank k (from 0) in width order: k < n whenever a line is not blank.
  const k = Math.floor(n * 0.8);
  let width = 0;
  let below = 0;
  for (let w = 1; w < COUNTED && n > 0; w++) {
    below += widthCounts[w]!;
    if (below > k) {
      width = w;
      break;
    }
  }
  if (n > 0 && below <= k) width = wide.sort((a, b) => a - b)[k - below]!;
  widthCounts.fill(0);
  return width;
}

/** The length of `text` without its trailing white space (`text.trimEnd().length`, unsliced). */
export function trimmedLength(text: string): number {
  let e = text.length;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/** How many white-space characters `text` begins with (`text.length - text.trimStart().length`). */
export function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
