/**
 * Passages: the units that claims, search hits and citations point into. Offsets are into the
 * exact string given, so `text.slice(p.start, p.end) === p.text` always holds.
 */
import { findParagraphs, type Range } from "./paragraphs.js";
import { sentenceEnds } from "./sentence-ends.js";
import { isWhitespaceAt } from "./whitespace.js";

export interface Passage {
  /** Position of the passage in its text, numbered from 1 as readers cite it ("¶ 3"). */
  readonly seq: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export const DEFAULT_MAX_PASSAGE_CHARS = 1200;

/**
 * Splits a text into passages: paragraphs separated by blank lines, and paragraphs longer than
 * `maxChars` (default 1,200) cut at sentence ends (preferring one at the end of a line), else
 * at whitespace. Passages never include
 * leading or trailing whitespace and never exceed `maxChars`; only a single "word" longer than
 * `maxChars` (a run of digits, a URL) is cut inside, never between the halves of a surrogate pair.
 * Runs in time linear in the length of the text.
 * @example segmentPassages("One.\n\nTwo.") // [{ seq: 1, start: 0, end: 4, text: "One." }, { seq: 2, start: 6, end: 10, text: "Two." }]
 */
export function segmentPassages(text: string, options: { maxChars?: number } = {}): Passage[] {
  const maxChars = options.maxChars ?? DEFAULT_MAX_PASSAGE_CHARS;
  if (!Number.isInteger(maxChars) || maxChars < 2) {
    throw new RangeError(`maxChars must be an integer ≥ 2, got ${maxChars}`);
  }
  const passages: Passage[] = [];
  for (const paragraph of findParagraphs(text)) {
    for (const { start, end } of splitParagraph(text, paragraph, maxChars)) {
      passages.push(
        Object.freeze({ seq: passages.length + 1, start, end, text: text.slice(start, end) }),
      );
    }
  }
  return passages;
}

/**
 * Cuts a trimmed paragraph into trimmed pieces of at most `maxChars`: at the last sentence end
 * that also ends a line (text with one paragraph per line and no blank lines), else at the last
 * sentence end, else at the last whitespace, else (one over-long token) hard.
 */
function splitParagraph(text: string, paragraph: Range, maxChars: number): Range[] {
  if (paragraph.end - paragraph.start <= maxChars) return [paragraph];
  const ends = sentenceEnds(text.slice(paragraph.start, paragraph.end)).map(
    (offset) => paragraph.start + offset,
  );
  const pieces: Range[] = [];
  let start = paragraph.start;
  // Index of the first sentence end after `start`. Ends past a cut are scanned again by the next
  // window only, and a cut before the window's last end leaves no line-ending end after it,
  // so the whole split stays linear.
  let next = 0;
  while (paragraph.end - start > maxChars) {
    const limit = start + maxChars;
    let last = -1;
    let lastAtLineEnd = -1;
    for (let j = next; j < ends.length && (ends[j] as number) <= limit; j++) {
      last = j;
      if (endsLine(text, ends[j] as number)) lastAtLineEnd = j;
    }
    const chosen = lastAtLineEnd >= 0 ? lastAtLineEnd : last;
    let cut: number;
    if (chosen >= 0) {
      cut = ends[chosen] as number;
      next = chosen + 1;
    } else {
      cut = lastBreakBefore(text, start, limit);
      if (cut < 0) cut = hardCut(text, limit);
    }
    let pieceEnd = cut;
    while (pieceEnd > start && isWhitespaceAt(text, pieceEnd - 1)) pieceEnd--;
    pieces.push({ start, end: pieceEnd });
    start = cut;
    while (start < paragraph.end && isWhitespaceAt(text, start)) start++;
  }
  pieces.push({ start, end: paragraph.end });
  return pieces;
}

/** True when a line break lies in the whitespace after `index`. */
function endsLine(text: string, index: number): boolean {
  for (let i = index; isWhitespaceAt(text, i); i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

/** The last whitespace position in (start, limit], or -1: the piece [start, position) ends a word. */
function lastBreakBefore(text: string, start: number, limit: number): number {
  for (let i = limit; i > start; i--) {
    if (isWhitespaceAt(text, i)) return i;
  }
  return -1;
}

/** `limit`, moved back one when it would separate a surrogate pair. */
function hardCut(text: string, limit: number): number {
  const before = text.charCodeAt(limit - 1);
  return before >= 0xd800 && before <= 0xdbff ? limit - 1 : limit;
}
