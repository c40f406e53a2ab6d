/**
 * Cleaning of text extracted from PDF without losing offsets: the cleaned text keeps, for every
 * character, where it came from in the original.
 */
import { isSpaceCode } from "../text/char-class.js";
import { type CleanedText, makeCleanedText } from "./cleaned-text.js";
import { emitRepaired } from "./inline-repairs.js";
import { countWords, type WordCounts } from "./known-words.js";
import {
  classifyLines,
  type Line,
  leadingSpace,
  splitLines,
  trimmedLength,
  typicalWidth,
} from "./lines.js";
import { OffsetBuilder } from "./offset-builder.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const STARTS_LOWER_OR_DIGIT = /^\s*[\p{Ll}\d]/u;
const ENDS_LETTER_HYPHEN = /\p{L}-$/u;
const FIRST_LOWER_WORD = /^\s*(\p{Ll}+)/u;
const HYPHENATED_TAIL = /\p{L}+-$/u;

const TERMINAL = /[.!?:;”"…)]$/;
const OPEN_END =
  /([,\-–]|\b(the|of|and|or|to|a|an|in|on|at|by|for|with|from|that|as|was|were|is))$/;
const HEADING_LIKE = /^\s*([IVX]{1,5}\.|\d{1,2}\.\s|By\s\p{Lu})/u;

/** What a column gap needs: a tab, or three white-space characters in a row. */
const MAY_GAP = /\t|\s{3}/;

/** A line with a column gap inside (a run of spaces or a tab between words). */
function isColumnar(line: string): boolean {
  // Most lines have no tab and no run of three spaces: one native test rules them out.
  if (!MAY_GAP.test(line)) return false;
  // As /\S(\s{3,}|\t)\S/, by char code.
  let run = 0;
  let tab = false;
  let seen = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isSpaceCode(c)) {
      run++;
      tab = run === 1 && c === 9;
      continue;
    }
    if (seen && (run >= 3 || (run === 1 && tab))) return true;
    seen = true;
    run = 0;
  }
  return false;
}

/** Whether two consecutive lines of one paragraph were wrapped by the layout, not by the author. */
function isWrap(prev: Line, next: Line, width: number, columnar: (line: Line) => boolean): boolean {
  // (The previous line without its trailing space, read in place.)
  const p = prev.text;
  const pEnd = trimmedLength(p);
  // A line continuing in lower case or with a number ("… of about\n6000.") was cut by the layout.
  const lowerNext = STARTS_LOWER_OR_DIGIT.test(next.text);
  // A line cut after a comma or a function word is unfinished whatever its length; a full line
  // is cut unless it ends a sentence and the next opens one.
  // Both patterns look at the line's end only: test its last few characters (one more than the
  // longest function word, so that \b still sees the character before it).
  const terminal = TERMINAL.test(p.slice(Math.max(0, pEnd - 1), pEnd));
  const cut =
    (!terminal && (lowerNext || OPEN_END.test(p.slice(Math.max(0, pEnd - 5), pEnd)))) ||
    (pEnd >= width * 0.6 && (!terminal || lowerNext));
  // Column layouts (runs of spaces or tabs) are tables, each line a row, and a heading opens a
  // line of its own: asked only of lines the tests above would join, as most pairs are not (a
  // line's search for a column gap reads all of it).
  return cut && !HEADING_LIKE.test(next.text) && !columnar(prev) && !columnar(next);
}

/**
 * Cleans PDF debris from `original`: drops page-number and footnote-number lines, moves footnote
 * bodies to the end, rejoins hyphenated and hard-wrapped lines, drops glued footnote markers and
 * repairs joined words and dashless ranges where the text itself gives evidence.
 * @example cleanText("a well-\nknown fact.1").text // "a well-known fact."
 */
export function cleanText(original: string): CleanedText {
  const lines = splitLines(original);
  const roles = classifyLines(original, lines);
  const width = typicalWidth(lines);
  const counts = countWords(original);
  const out = new OffsetBuilder();
  // Each line is asked about as the next line, then as the previous one: scan it once. (The
  // last line scanned is all there is to remember: the lines are asked about in their order.)
  let scanned: Line | null = null;
  let scannedColumnar = false;
  const columnar = (line: Line): boolean => {
    if (line !== scanned) {
      scanned = line;
      scannedColumnar = isColumnar(line.text);
    }
    return scannedColumnar;
  };
  const notes: number[] = [];
  let prev: Line | null = null;
  let blankSince = false;
  let droppedSince = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const role = roles[i]!;
    if (role === "note") notes.push(i);
    if (role === "blank") blankSince = true;
    if (role === "drop" || role === "note") droppedSince = true;
    if (role !== "text") continue;
    const joined = prev
      ? joinLines(out, prev, line, width, counts, blankSince && !droppedSince, columnar)
      : false;
    // A wrapped line's leading space (PDF page starts carry one) would double the joining space.
    const from = joined ? line.start + leadingSpace(line.text) : line.start;
    emitRepaired(out, original, from, line.end, counts);
    prev = line;
    blankSince = false;
    droppedSince = false;
  }
  // Footnote bodies follow the running text, one paragraph per run of adjacent lines.
  let last = -2;
  for (const i of notes) {
    const note = lines[i]!;
    if (out.length > 0) out.insert(i === last + 1 ? " " : "\n\n", note.start);
    emitRepaired(out, original, note.start, note.end, counts);
    last = i;
  }
  const { text, runs } = out.finish(original.length);
  return makeCleanedText(text, runs);
}

/** Writes what stands between two kept lines; true when they were joined into one line. */
function joinLines(
  out: OffsetBuilder,
  prev: Line,
  next: Line,
  width: number,
  counts: WordCounts,
  paragraph: boolean,
  columnar: (line: Line) => boolean,
): boolean {
  const newline = prev.end;
  if (paragraph || !isWrap(prev, next, width, columnar)) {
    out.insert(paragraph ? "\n\n" : "\n", newline);
    return false;
  }
  const trimmed = prev.text.trimEnd();
  const hyphenated = trimmed.endsWith("-") && ENDS_LETTER_HYPHEN.test(trimmed);
  const head = FIRST_LOWER_WORD.exec(next.text);
  if (hyphenated && head && out.lastChar() === "-") {
    const before = HYPHENATED_TAIL.exec(trimmed)?.[0].slice(0, -1) ?? "";
    // "well-\nknown": drop the hyphen only when the text also spells the word without it.
    if ((counts.get(before + head[1]) ?? 0) > 0) out.dropLast();
    return true;
  }
  out.insert(" ", newline);
  return true;
}
