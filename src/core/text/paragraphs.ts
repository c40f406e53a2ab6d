/** Paragraph ranges of a text: runs of non-blank lines, found in one linear pass. */
import { isWhitespaceCode } from "./whitespace.js";

/** A half-open range [start, end) of UTF-16 code units. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The paragraphs of `text`: maximal runs of lines separated by at least one blank
 * (whitespace-only) line, each trimmed of leading and trailing whitespace.
 * LF, CRLF and a lone CR all end a line, so raw text works as well as normalised text.
 * @example findParagraphs("a\nb\n\n  c ") // [{ start: 0, end: 3 }, { start: 7, end: 8 }]
 */
export function findParagraphs(text: string): Range[] {
  const ranges: Range[] = [];
  let start = -1;
  let end = -1;
  // Line breaks seen since the last non-whitespace character: two or more mean that a
  // whitespace-only line lies between that character and the next one.
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) {
      breaks++;
    } else if (!isWhitespaceCode(code)) {
      if (start < 0) {
        start = i;
      } else if (breaks >= 2) {
        ranges.push({ start, end });
        start = i;
      }
      end = i + 1;
      breaks = 0;
    }
  }
  if (start >= 0) ranges.push({ start, end });
  return ranges;
}
