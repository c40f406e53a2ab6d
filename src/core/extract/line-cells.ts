/**
 * A line's shape: the cells it splits into ("|", tabs, runs of spaces, or ", " three times at
 * least), whether a cell is a value, and whether a line may be a piece of a table's header. The
 * other stages read cells, never the raw line, so a table set with bars, tabs or spaces reads alike.
 */
import { isSpaceCode } from "../text/char-class.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const SPACE_RUN = / {2,}/;
// (A footnote's mark may follow: "214 (a)", "96*", "41 [2]".)
const VALUE_CELL =
  /^(?:\D{0,12}\s)?[≈~]?\s*\d[\d,.]*(?:\s*(?:–|-)\s*\d[\d,.]*)?\+?(?:\s*(?:\([a-z]\)|\[\d{1,2}\]|\*{1,3}|†))?$/;
const OPENS_WITH_NUMBER = /^(?:c\.|ca\.|about|some|over|at least|~|≈)?\s*\d/i;
/**
 * The separators of cells, walked with exec from lastIndex 0 (matchAll would copy the pattern on
 * every call, and every short line with two ", " is split). None matches the empty string.
 */
const BARS = /\s*\|\s*/g;
const TABS = /\s*\t\s*/g;
const SPACE_RUNS = / {2,}/g;
const COMMAS = /,\s+/g;

export interface Cell {
  readonly text: string;
  /** Offset of the cell in the whole text. */
  readonly start: number;
  /**
   * With bars or tabs, how many separators stand before the cell (a Markdown row's opening bar
   * not counted): an empty cell ("| Total |  | 479 |") still takes its place.
   */
  readonly slot?: number;
}

/** How many commas followed by a space stand in `line`, counting up to `enough`. */
function commaBreaks(line: string, enough: number): number {
  let count = 0;
  for (let i = line.indexOf(","); i >= 0 && count < enough; i = line.indexOf(",", i + 1))
    if (isSpaceCode(line.charCodeAt(i + 1))) count++;
  return count;
}

/** How many spaces `text` holds (`text.split(" ").length - 1`, without the split). */
function spaces(text: string): number {
  let count = 0;
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) count++;
  return count;
}

/**
 * The cells of a line split by "|", tabs or runs of spaces (any number of them: a header's piece
 * on a line of its own, "relief" or "centres" under "Housed in", may have fewer than a row's
 * three), or by ", " (three at least), each short; null when the line has none of these.
 */
export function splitCells(line: string, lineStart: number): Cell[] | null {
  const bars = line.includes("|");
  const tabs = !bars && line.includes("\t");
  // (A run of spaces inside the trimmed line needs two spaces somewhere in the line: most lines
  // have none, and are not trimmed.)
  const spaced = !bars && !tabs && line.includes("  ") && SPACE_RUN.test(line.trim());
  // Three cells need two separators: most lines of prose have fewer than two ", ".
  const commas = !bars && !tabs && !spaced;
  if (commas && commaBreaks(line, 2) < 2) return null;
  const sep = bars ? BARS : tabs ? TABS : spaced ? SPACE_RUNS : COMMAS;
  const cells: Cell[] = [];
  const mark = bars ? "|" : tabs ? "\t" : "";
  let slot = bars && line.trimStart().startsWith("|") ? -1 : 0;
  let last = 0;
  sep.lastIndex = 0;
  for (;;) {
    const m = sep.exec(line);
    const raw = line.slice(last, m === null ? line.length : m.index);
    const text = raw.trim();
    if (text) {
      // Cells are short; prose that happens to hold commas or double spaces is not a row (and
      // is split no further: most lines with two ", " are prose).
      if (text.length > 40 || spaces(text) > 4) return null;
      const start = lineStart + last + raw.length - raw.trimStart().length;
      cells.push(mark ? { text, start, slot } : { text, start });
    }
    if (m === null) break;
    last = m.index + m[0].length;
    if (mark) for (let k = 0; k < m[0].length; k++) if (m[0][k] === mark) slot++;
  }
  return cells.length >= 3 || !commas ? cells : null;
}

/**
 * A piece of a header on its own line: its cells when none is a value, or (`under` a header's
 * line) the line's one short text indented ("                  centres"); null otherwise.
 */
export function pieceCells(
  split: Cell[] | null,
  line: string,
  lineStart: number,
  under: boolean,
): Cell[] | null {
  let cells = split;
  // (One cell alone is a header's piece only under a header's line: most lines are not.)
  if (cells === null && under && isSpaceCode(line.charCodeAt(0))) {
    const text = line.trim();
    if (text.length <= 40 && spaces(text) <= 4)
      cells = [{ text, start: lineStart + line.indexOf(text) }];
  }
  return cells?.every(mayHead) ? cells : null;
}

/**
 * Whether a cell may be a piece of a header: no value and no number opening it ("3,400 (army)",
 * "c. 15,000 (church commission)" under an infobox's label are its values with their sources).
 */
export const mayHead = (cell: Cell) => !isValue(cell.text) && !OPENS_WITH_NUMBER.test(cell.text);

export const isValue = (cell: string) => VALUE_CELL.test(cell);
