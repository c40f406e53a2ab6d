/**
 * Repairs inside one line: footnote markers glued to words ("humanity”.1", "regiment29"), day
 * and year ranges that lost their dash ("2526 February", "199192") and words run together.
 * Each repair is decided from local evidence only; anything doubtful is kept as it stands.
 */

import { isDigitCode, isLetterCode, isSpaceCode, isUpperCode } from "../text/char-class.js";
import { joinedWordSplit, type WordCounts } from "./known-words.js";
import type { OffsetBuilder } from "./offset-builder.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const OPENS_BEFORE = /[\s([]/;
const PUNCTUATION = /[.,:;]/;
const QUOTE_CLOSED_BEHIND = /[”"]\.? $/;
const SPACE_THEN_CAPITAL = /^\s\p{Lu}/u;
const CENTURY_19_20 = /^(19|20)/;
const NON_SPACE = /\S/;

const MONTH_AHEAD = /^\s?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const MONTH_BEHIND = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}\s+)?$/i;
const URL = /^(https?:\/\/|www\.)\S*/;
const MAX_URL = 2000;
/** How far back a repair looks on its line; bounded so that long lines stay linear. */
const LOOK = 40;
const MARKER_AFTER = /[\p{Ll}”"’.,;:)…]/u;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Shortest capitalised word that may be two words run together (a capital and seven letters). */
const LONG_WORD = 8;

/**
 * What nextInteresting stops at: a digit, an ASCII capital or any character beyond ASCII (tested
 * after), or the start of an address. Global, so that `test` jumps over the rest natively without
 * building a match.
 */
const MAY_INTEREST = /[0-9A-Z\u0080-\uffff]|http|www\./g;

/**
 * Where the next thing that may need a repair starts in the line text[lineStart, lineEnd), from
 * lineStart + from on: a digit, an address, or a long capitalised word, as an index into the line;
 * -1 when none. Read in the whole text itself (not a slice of it): this visits every character.
 */
function nextInteresting(text: string, lineStart: number, lineEnd: number, from: number): number {
  MAY_INTEREST.lastIndex = lineStart + from;
  while (MAY_INTEREST.test(text)) {
    // An address match ends in "p" or ".", which no one-character match is.
    const last = text.charCodeAt(MAY_INTEREST.lastIndex - 1);
    const i = MAY_INTEREST.lastIndex - (last === 112 || last === 46 ? 4 : 1);
    if (i >= lineEnd) return -1;
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i - lineStart;
    if (c === 104 || c === 119) {
      if (i + 4 <= lineEnd) return i - lineStart;
      continue;
    }
    if (isUpperCode(c) && (i === lineStart || !isLetterCode(text.charCodeAt(i - 1)))) {
      let e = i + 1;
      while (e < lineEnd && e - i < LONG_WORD && isLetterCode(text.charCodeAt(e))) e++;
      if (e - i >= LONG_WORD) return i - lineStart;
    }
  }
  return -1;
}

/** Whether the character at `i` ends a word, as /^[\s,;.]/ tests it (past the end: true). */
function endsWordAt(line: string, i: number): boolean {
  if (i >= line.length) return true;
  const c = line.charCodeAt(i);
  return c === 44 || c === 59 || c === 46 || isSpaceCode(c);
}

/**
 * What to do with the digit run line[s, e): a footnote marker to drop, a dash to insert, or keep.
 * (What stands around the run is sliced only for the repair that reads it: most numbers need
 * none.)
 */
function digitRepair(
  line: string,
  s: number,
  e: number,
): { drop: number } | { dashAt: number } | null {
  const length = e - s;
  const before = line[s - 1];
  const endsWord = endsWordAt(line, e);
  // A straight quote after a space or at the line's start opens a quotation ('speak of "23
  // martyrs"'): the number after it is the quotation's first word, not a footnote marker.
  const opening = before === '"' && (s < 2 || OPENS_BEFORE.test(line[s - 2]!));
  if (length <= 3 && endsWord && before !== undefined && !opening && MARKER_AFTER.test(before)) {
    if (!PUNCTUATION.test(before) || !isDigit(line[s - 2])) return { drop: length };
  }
  if (length <= 2 && endsWord && before === " " && QUOTE_CLOSED_BEHIND.test(behindOf(line, s))) {
    const after = line.slice(e, e + LOOK);
    if (after.trim() === "" || SPACE_THEN_CAPITAL.test(after)) return { drop: length };
  }
  if (length === 4 && MONTH_AHEAD.test(line.slice(e, e + LOOK))) {
    const a = Number(line.slice(s, s + 2));
    const b = Number(line.slice(s + 2, e));
    if (a >= 1 && b === a + 1 && b <= 31) return { dashAt: 2 };
  }
  if (length === 5 || length === 6) {
    const digits = line.slice(s, e);
    if (length === 6 && CENTURY_19_20.test(digits)) {
      const a = Number(digits.slice(2, 4));
      if (Number(digits.slice(4)) === (a + 1) % 100) return { dashAt: 4 };
    }
    if (CENTURY_19_20.test(digits) && MONTH_BEHIND.test(behindOf(line, s)))
      return { drop: length - 4 };
  }
  return null;
}

/** The LOOK characters before `s` on the line (fewer at its start). */
function behindOf(line: string, s: number): string {
  return line.slice(Math.max(0, s - LOOK), s);
}

/** Emits line[from, to) of `original` (line starting at `lineStart`) with the repairs applied. */
export function emitRepaired(
  out: OffsetBuilder,
  original: string,
  lineStart: number,
  lineEnd: number,
  counts: WordCounts,
): void {
  const line = original.slice(lineStart, lineEnd);
  let i = 0;
  while (i < line.length) {
    // Only digits, addresses and long capitalised words may need a repair: copy the text up to
    // the next of them in one piece, then look at it closely.
    const next = nextInteresting(original, lineStart, lineEnd, i);
    if (next < 0) {
      out.keep(original, lineStart + i, lineEnd);
      return;
    }
    if (next > i) {
      out.keep(original, lineStart + i, lineStart + next);
      i = next;
    }
    // (The character there by its code: a one-character string per test costs more.)
    const c = line.charCodeAt(i);
    const url =
      (c === 104 || c === 119) && (line.startsWith("http", i) || line.startsWith("www.", i))
        ? URL.exec(line.slice(i, i + MAX_URL))
        : null;
    if (url && !NON_SPACE.test(line[i - 1] ?? "")) {
      // Addresses are copied as they stand: their digits are not footnote markers.
      out.keep(original, lineStart + i, lineStart + i + url[0].length);
      i += url[0].length;
      continue;
    }
    if (isDigitCode(c) && !(i > 0 && isDigitCode(line.charCodeAt(i - 1)))) {
      let e = i + 1;
      while (e < line.length && isDigitCode(line.charCodeAt(e))) e++;
      const repair = e - i > 8 ? null : digitRepair(line, i, e);
      if (repair && "drop" in repair) {
        out.keep(original, lineStart + i, lineStart + e - repair.drop);
      } else if (repair) {
        out.keep(original, lineStart + i, lineStart + i + repair.dashAt);
        out.insert("–", lineStart + i + repair.dashAt);
        out.keep(original, lineStart + i + repair.dashAt, lineStart + e);
      } else {
        out.keep(original, lineStart + i, lineStart + e);
      }
      // A day range glued to its month ("25-26February") gets its space back.
      if (
        e < line.length &&
        isLetterCode(line.charCodeAt(e)) &&
        MONTH_AHEAD.test(line.slice(e, e + LOOK))
      )
        out.insert(" ", lineStart + e);
      i = e;
    } else if (isLetterCode(c) && !(i > 0 && isLetterCode(line.charCodeAt(i - 1)))) {
      let e = i + 1;
      while (e < line.length && isLetterCode(line.charCodeAt(e))) e++;
      const k = joinedWordSplit(line.slice(i, e), counts);
      if (k > 0) {
        out.keep(original, lineStart + i, lineStart + i + k);
        out.insert(" ", lineStart + i + k);
        out.keep(original, lineStart + i + k, lineStart + e);
      } else {
        out.keep(original, lineStart + i, lineStart + e);
      }
      i = e;
    } else {
      // Runs of anything else are copied in one piece.
      let e = i + 1;
      for (; e < line.length; e++) {
        const k = line.charCodeAt(e);
        if (isDigitCode(k) || isLetterCode(k)) break;
        if ((k === 104 || k === 119) && (line.startsWith("http", e) || line.startsWith("www.", e)))
          break;
      }
      out.keep(original, lineStart + i, lineStart + e);
      i = e;
    }
  }
}
