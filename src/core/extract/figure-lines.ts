/**
 * Figures laid out in lines rather than prose: tables (a header row of measures, or of the
 * sources that give the numbers, then rows of a label and values) and label-value lines (an
 * infobox's "Deaths: 304 (per a rights group); 225 (government)"). This file walks the lines and
 * joins back what a PDF breaks: a header on several lines, a row's label wrapped above its
 * numbers, a table resumed after a page break, a "Source:" line under a table. Each line's shape
 * is read by line-cells.ts, a header by table-header.ts, a row by table-rows.ts, a label-value
 * line by label-lines.ts, and what a label or header counts by label-meaning.ts.
 */
import type { Measure } from "../model/claim.js";
import { isSpaceCode } from "../text/char-class.js";
import { HAS_DIGIT } from "../text/word-shapes.js";
import type { FoundFigure } from "./found-figure.js";
import { labelLine, STACKED_LABEL, stackedLabel, VALUE_LINE } from "./label-lines.js";
import { isValue, mayHead, pieceCells, splitCells } from "./line-cells.js";
import {
  type Caption,
  type Piece,
  SOURCE_HEADER,
  sameColumns,
  type Table,
  tableOf,
} from "./table-header.js";
import { NotesReader, type TableNotes } from "./table-notes.js";
import { tableRow } from "./table-rows.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const RULE_LINE = /^[\s|:-]+$/;
const SPACES = /\s+/g;
/** Longer lines are prose paragraphs. */
const MAX_LINE = 200;

/**
 * "Source: Provincial Forensic Commission, annual reports 2001–2005" under a table: one body
 * named in full (capitalised words, "of", "for", "the", "and" between) before a description. Not
 * a list of sources ("OCHA, UNHCR", "registers; interviews"), nor a body's own material
 * ("Steppe Rights Watch interviews", "municipal commission"): those leave the table's figures
 * the publisher's.
 */
const SOURCE_LINE =
  /^\s*Sources?:\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|and|on|de|del|des|du|la|le)\s+)*\p{Lu}[\p{L}'’-]*)*)\s*(?=[,(]|\.?\s*$)([^;]*)$/u;
const ANOTHER_SOURCE = /^\s*,\s*\p{Lu}/u;
/** How many lines after a table's last row its source line may stand (its notes between). */
const SOURCE_REACH = 10;

/** The body a source line under a table names, with its offsets, or undefined. */
function sourceUnder(text: string, start: number, end: number): FoundFigure["claimant"] {
  // (A source line opens with its word: most lines are passed over by one comparison.)
  let at = start;
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  if (!text.startsWith("Source", at)) return undefined;
  const line = text.slice(start, Math.min(end, start + MAX_LINE));
  const m = SOURCE_LINE.exec(line);
  if (!m || ANOTHER_SOURCE.test(m[2]!)) return undefined;
  const name = m[1]!;
  const from = start + m.index + m[0].indexOf(name);
  return { name, start: from, end: from + name.length };
}

/** How many lines of a header a table may have. */
const HEADER_LINES = 3;
/** A line inside a table this short, reading no figure, is a piece of a row's label or a head. */
const FRAGMENT = 60;
/** How many such lines in a row a table survives. */
const FRAGMENTS = 3;
/** How many lines after a blank one may stand between a table's rows (a page break's heads). */
const PAGE_BREAK_LINES = 6;
/** A longer line after a blank one is prose: the table has ended. */
const BREAK_LINE = 80;
/** A piece of a wrapped cell that continues the row before it ("  the two upper hamlets)"). */
const CONTINUES = /^\s*[\p{Ll}(]/u;

/** Whether a line's text begins left of a table's second column (aligned by spaces), or else. */
function underLabels(line: string, table: Table): boolean {
  const second = table.columns[1];
  if (table.alignedAt === null || second === undefined) return true;
  let x = 0;
  while (x < line.length && isSpaceCode(line.charCodeAt(x))) x++;
  return x < second.start - table.alignedAt;
}

/**
 * Figures in the tables and label-value lines of a (cleaned) text; the spans of the notes under
 * tables reproduced from another's go to `notes` (table-notes.ts).
 */
export function findLineFigures(text: string, notes?: TableNotes[]): FoundFigure[] {
  const found: FoundFigure[] = [];
  const noted = notes === undefined ? null : new NotesReader(notes);
  let table = null as Table | null;
  // The caption is read only when a table whose columns name sources needs it: it is kept as its
  // span, and a paragraph is sliced from the text only for a row that may be a header.
  const caption: Caption = { start: 0, end: 0, read: -1, meaning: null };
  // The caption before a header's first line, kept while the header's lines are read.
  const headCaption: Caption = { start: 0, end: 0, read: -1, meaning: null };
  let lastLabelled: Measure | null = null;
  // The holding a run of label lines counts ("Taken hostage: 19", "Released: 12", "Still held:
  // 7"): those a release left keep its measure.
  let lastHeld: Measure | null = null;
  let lastLabel = "";
  // The lines of a header read so far (the last HEADER_LINES in a row without a value), the rows
  // read under the table's header, and the lines of a row's label before its values.
  const head: Piece[] = [];
  let rows = 0;
  let leadStart = -1;
  let leadEnd = -1;
  let fragments = 0;
  let lastWasRow = false;
  // A table a blank line interrupted: a page break's running head and page number may follow
  // before its next row (which has as many cells as its header).
  let broken = null as Table | null;
  let sinceBreak = 0;
  // The figures of the last table's rows (found[rowsFrom..rowsTo)), for a source line under it.
  let rowsFrom = -1;
  let rowsTo = -1;
  let sinceRows = 0;
  // The line before this one.
  let prevStart = 0;
  let prevEnd = 0;
  // The lines as text.split("\n") gives them, each sliced only when it is short enough to read.
  for (let start = 0, next = 0; next <= text.length; start = next) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    next = end + 1;
    const aboveStart = prevStart;
    const aboveEnd = prevEnd;
    prevStart = start;
    prevEnd = end;
    // "Source: …" under a table names who compiled its rows, where nothing else named anyone.
    if (rowsTo > rowsFrom && table === null) {
      const source = ++sinceRows > SOURCE_REACH ? undefined : sourceUnder(text, start, end);
      if (source !== undefined || sinceRows > SOURCE_REACH) {
        for (let i = rowsFrom; i < rowsTo && source !== undefined; i++)
          if (found[i]!.claimant === undefined) found[i] = { ...found[i]!, claimant: source };
        if (source !== undefined) noted?.source(source);
        rowsFrom = -1;
        rowsTo = -1;
      }
    }
    // A paragraph of prose is no row, header or label line: skip it cheaply.
    if (end - start > MAX_LINE) {
      noted?.line(text, start, end);
      table = null;
      broken = null;
      if (head.length > 0) head.length = 0;
      caption.start = start;
      caption.end = end;
      continue;
    }
    const line = text.slice(start, end);
    const blank = line.trim() === "";
    if (blank || RULE_LINE.test(line)) {
      if (blank) {
        if (table?.resumable) {
          broken = table;
          sinceBreak = 0;
        }
        table = null;
        if (head.length > 0) head.length = 0;
        leadStart = -1;
      }
      continue;
    }
    // (The line split once: three cells or more may be a row; fewer, a header's piece.)
    const split = splitCells(line, start);
    const cells = split !== null && split.length >= 3 ? split : null;
    const values = cells?.filter((c) => isValue(c.text)).length ?? 0;
    const interrupted: Table | null = broken;
    if (interrupted !== null) {
      // Its next row, after the page's foot and the next page's head; a long line is prose.
      if (cells !== null && values > 0 && cells.length === interrupted.columns.length) {
        table = interrupted;
        rows = 1;
      }
      if (table !== null || values > 0 || ++sinceBreak > PAGE_BREAK_LINES) broken = null;
      else if (line.trim().length > BREAK_LINE) broken = null;
    }
    // A header's line: cells and no value; a header may run over several lines.
    const piece =
      values === 0 && (table === null || rows === 0 || cells !== null)
        ? (cells ?? pieceCells(split, line, start, table !== null || head.length > 0))
        : null;
    if (piece !== null) {
      // (A list split by commas is one line a row: its header is one line too; so is a line
      // whose cells open with numbers.)
      const alone =
        (!line.includes("  ") && !line.includes("\t") && !line.includes("|")) ||
        (piece === cells && !cells.every(mayHead));
      if (alone) head.length = 0;
      if (head.length === 0) Object.assign(headCaption, caption);
      if (head.length === HEADER_LINES) head.shift();
      head.push({ cells: piece, lineStart: start });
      const opened =
        head.length === 1 && cells === null ? null : tableOf(head, line, text, headCaption);
      if (alone) head.length = 0;
      if (opened !== null) {
        // A header repeated after a page break goes on with the table it repeats (its caption
        // and source stand before the first).
        const repeated = broken !== null && sameColumns(broken, opened);
        table = repeated
          ? {
              ...opened,
              caption: broken!.caption,
              source: broken!.source,
              reproduced: broken!.reproduced,
            }
          : opened;
        // (A table with a column of sources names them row by row: a note under it does not.)
        if (opened.columns.some((c) => SOURCE_HEADER.test(c.name.trim()))) {
          rowsFrom = -1;
          rowsTo = -1;
        } else if (!repeated) {
          rowsFrom = found.length;
          rowsTo = found.length;
        }
        rows = 0;
        leadStart = -1;
        fragments = 0;
        broken = null;
        continue;
      }
      // (A header's later line that names no more keeps the table its first lines opened.)
      if (table !== null && rows === 0) continue;
    } else if (head.length > 0) head.length = 0;
    if (table && cells && values > 0) {
      const lead = leadStart < 0 ? "" : text.slice(leadStart, leadEnd).replace(SPACES, " ").trim();
      found.push(...tableRow(cells, table, start, lead));
      noted?.row(table, end);
      if (rowsFrom >= 0) rowsTo = found.length;
      sinceRows = 0;
      rows++;
      leadStart = -1;
      fragments = 0;
      lastWasRow = true;
      continue;
    }
    const inTable: Table | null = table;
    table = null;
    noted?.line(text, start, end);
    const digits = HAS_DIGIT.test(line);
    let read: { label: string; found: FoundFigure[] } = digits
      ? labelLine(line, start, lastLabelled, lastHeld)
      : { label: "", found: [] };
    // An infobox's second value under the same label ("Deaths\t412 (court)" then "c. 900
    // (émigré committees)"): the line continues the label of the line before.
    // An infobox set one cell a line ("Deaths" over "412 (army figures)"): a value alone on its
    // line under a short line that names a measure and nothing else takes it as its label.
    if (digits && read.found.length === 0 && VALUE_LINE.test(line)) {
      const label =
        lastLabel ||
        (aboveEnd - aboveStart <= STACKED_LABEL ? stackedLabel(text, aboveStart, aboveEnd) : "");
      const prefix = `${label}\t`;
      if (label) read = { ...labelLine(prefix + line, start - prefix.length, null), label };
    }
    const labelled = read.found;
    lastLabel = labelled.length > 0 ? read.label : "";
    lastLabelled = labelled[0]?.fields.measure ?? null;
    if (lastLabelled === null || lastLabelled === "hostage" || lastLabelled === "detained")
      lastHeld = lastLabelled;
    if (labelled.length > 0) {
      found.push(...labelled);
      broken = null;
      continue;
    }
    // A short line inside a table that reads no figure: a piece of a row's label, wrapped ("San
    // Miguel de las" over "Lomas   87   61"), or a page's head or number; the table goes on.
    if (inTable?.resumable && line.trim().length <= FRAGMENT && fragments < FRAGMENTS) {
      table = inTable;
      fragments++;
      // (A wrapped cell's second line, "  the two upper hamlets)", ends the row before it; a
      // piece standing under a later column, "          men of the cooperative", is that
      // column's, no part of a label.)
      if (!(lastWasRow && CONTINUES.test(line)) && underLabels(line, inTable)) {
        if (leadStart < 0) leadStart = start;
        leadEnd = end;
      }
      lastWasRow = false;
      continue;
    }
    lastWasRow = false;
    caption.start = start;
    caption.end = end;
  }
  noted?.close();
  return found;
}
