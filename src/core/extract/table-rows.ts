/**
 * A table's rows read into figures: each value cell under its column (by its place among bars or
 * tabs, its position under a header aligned by spaces, or counted from the right), with the
 * measure and subgroup its column or the row's label gives, and the claimant a source column, a
 * column's parenthesis or the table's caption names.
 */
import { type Measure, makeFigure, type Subgroup, type Unit } from "../model/claim.js";
import { QUALIFIER_NOTE, readCellValue } from "./cell-value.js";
import type { FoundFigure } from "./found-figure.js";
import { type Meaning, meaningOf, WORDS } from "./label-meaning.js";
import { HEADS, PROCEDURAL, UNIT_WORDS, WORD_MEASURE } from "./lexicon.js";
import { type Cell, isValue } from "./line-cells.js";
import { ageGroup, type Column, OWN_AGENTS, SOURCE_HEADER, type Table } from "./table-header.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const TRAILING_PARENTHESIS = /\(([^()\d]{2,40})\)\s*$/u;
const OUR_OR_MY = /^(our|my)\b/i;
const AGE_WORD = /\bage/i;

function cellFigure(
  cell: Cell,
  measure: Measure,
  subgroup: Subgroup | null,
  unit: Unit,
  claimant: FoundFigure["claimant"],
): FoundFigure | null {
  const v = readCellValue(cell.text);
  if (!v) return null;
  const fields = makeFigure({ measure, min: v.min, max: v.max, hedge: v.hedge, subgroup, unit });
  return {
    start: cell.start + v.start,
    end: cell.start + v.end,
    fields,
    ...(claimant ? { claimant } : {}),
  };
}

/** "Deaths (company)": a source in parentheses after a column's measure ("our count" is ours). */
function columnSource(column: Column): FoundFigure["claimant"] {
  const m = TRAILING_PARENTHESIS.exec(column.name);
  if (!m || OUR_OR_MY.test(m[1]!) || meaningOf(m[1]!).people) return undefined;
  // ("Displaced (est.)": a hedge, not a source.)
  if (QUALIFIER_NOTE.test(m[1]!.trim())) return undefined;
  // (The parenthesis ends the name, so it stands in its last piece, unless it spans two lines.)
  const start = column.tailEnd - (column.name.length - m.index - 1);
  if (start <= column.tailStart) return undefined;
  return { name: m[1]!, start, end: start + m[1]!.length };
}

/** The row's label: its first cell, even a number ("2016", "0–14") under a column of labels. */
function rowLabel(
  cells: readonly Cell[],
  table: Table,
  offset: number,
  lead: string,
): Meaning | null {
  const first = cells[0]!.text;
  const column = table.columns[offset];
  // A first column that names no measure ("Year", "Age group", "Town") holds labels.
  const labelColumn = offset === 0 && column !== undefined && column.measure === null;
  if (isValue(first) && !labelColumn) return null;
  const meaning = meaningOf(lead === "" ? first : `${lead} ${first}`);
  if (labelColumn && AGE_WORD.test(column.name))
    return { ...meaning, subgroup: meaning.subgroup ?? ageGroup(first) };
  return meaning;
}

/** "Incidents", "Witnesses heard": a column that counts things or people of a proceeding. */
function countsThings(name: string): boolean {
  const words = name.toLowerCase().match(WORDS) ?? [];
  return (
    words.length > 0 &&
    words.some((w) => UNIT_WORDS.has(w) || PROCEDURAL.has(w)) &&
    !words.some((w) => HEADS.has(w) || WORD_MEASURE.has(w))
  );
}

/**
 * The column of each cell: a row with fewer cells than the header is missing its first cells,
 * unless the table is aligned by spaces, where a cell sits under its column ("Total  171  79"
 * with no source at the end).
 */
function columnsOf(cells: readonly Cell[], table: Table, rowStart: number): number[] {
  const offset = table.columns.length - cells.length;
  const at = table.alignedAt;
  // (With bars or tabs, a row of fewer cells has empty ones: each cell keeps its place.)
  if (offset !== 0 && cells[0]!.slot !== undefined && table.columns[0]!.slot !== undefined)
    return cells.map((cell) => table.columns.findIndex((c) => c.slot === cell.slot));
  if (offset === 0 || at === null) return cells.map((_, i) => i + offset);
  return cells.map((cell) => {
    const x = cell.start - rowStart;
    let best = 0;
    table.columns.forEach((c, j) => {
      if (c.start - at <= x + 1) best = j;
    });
    return best;
  });
}

/**
 * The figures of a row; `lead` is the text of the lines before it that began its label ("San
 * Miguel de las" over "Lomas   87   61"), or "" — a row whose first cell is a value then takes
 * them as its label.
 */
export function tableRow(
  cells: readonly Cell[],
  table: Table,
  rowStart: number,
  lead: string,
): FoundFigure[] {
  const found: FoundFigure[] = [];
  const columnOf = columnsOf(cells, table, rowStart);
  const offset = columnOf[0]!;
  const inRow = rowLabel(cells, table, offset, lead);
  const label = inRow ?? (lead === "" ? null : meaningOf(lead));
  // "Source | Dead | Injured" / "Red Crescent | 260 | 1,300": the row names who counts; so does
  // a source column anywhere in the row ("… | Displaced | Source").
  const sourceAt = table.columns.findIndex((c) => SOURCE_HEADER.test(c.name.trim()));
  const named = sourceAt >= 0 ? cells[columnOf.indexOf(sourceAt)] : undefined;
  // ("observers": the table maker's own, as at its head.)
  const rowSource =
    named !== undefined &&
    !isValue(named.text) &&
    (sourceAt > 0 || label !== null) &&
    !OWN_AGENTS.test(named.text.trim())
      ? {
          name: named.text.trim(),
          start: named.start + named.text.length - named.text.trimStart().length,
          end: named.start + named.text.trimEnd().length,
        }
      : undefined;
  cells.forEach((cell, i) => {
    const column = table.columns[columnOf[i]!];
    if (!column || !isValue(cell.text) || (i === 0 && inRow !== null)) return;
    // (A column whose frame reads people, "In relief camps", counts them, not the camps.)
    if (column.measure === null && countsThings(column.name)) return;
    // (A capacity column counts places in a table of sources too: "Capacity | Persons | …".)
    const sourceColumn = table.bySource && !column.capacity;
    // A column that names no measure in a table whose columns name measures ("Tortured" beside
    // "Killed | Disappeared") counts something else; only a table of sources takes the caption's.
    const measure =
      (sourceColumn ? null : column.measure) ??
      label?.measure ??
      (sourceColumn ? table.caption.measure : null) ??
      "other";
    const subgroup = label?.subgroup ?? column.subgroup ?? null;
    // (A table that names its source column names its sources there, not in its other columns:
    // "Site | Capacity | Persons | Households | Source" under a caption of displacement.)
    const claimant =
      sourceColumn && sourceAt < 0
        ? { name: column.name, start: column.tailStart, end: column.tailEnd }
        : (rowSource ?? columnSource(column) ?? table.source);
    const f = cellFigure(cell, measure, subgroup, label?.unit ?? column.unit, claimant);
    if (f) found.push(f);
  });
  return found;
}
