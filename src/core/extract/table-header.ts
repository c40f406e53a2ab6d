/**
 * A table's header: its columns (a header on several lines joined back, a name over a group of
 * columns given to each, a part or a column of people held read after the column before), the
 * measure and source its caption names, and whether a header repeated after a page break is the
 * same table. A header decides what every cell under it counts.
 */
import type { Subgroup } from "../model/claim.js";
import { HAS_DIGIT } from "../text/word-shapes.js";
import type { FoundFigure } from "./found-figure.js";
import { heldOrRemainsColumn } from "./held-and-remains.js";
import { type Meaning, meaningOf, namesCapacity } from "./label-meaning.js";
import type { Cell } from "./line-cells.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const AGE_OVER = /\b(over|above|older|\+)|\+$/i;
const AGE_UNDER = /\b(under|below|younger)\b/i;

export interface Column extends Meaning {
  /** The header's words over the column, its pieces on several lines joined. */
  readonly name: string;
  /** Where the column's cell stands on the header line that gives the columns their places. */
  readonly start: number;
  /** The span of the name's last piece (one line): a source it names is found there. */
  readonly tailStart: number;
  readonly tailEnd: number;
  /** Its place among bars or tabs (Cell.slot). */
  readonly slot: number | undefined;
  /** Whether it names a capacity ("Capacity", "Built for"): places, `other`, beside the measures. */
  readonly capacity: boolean;
}

export interface Table {
  readonly columns: readonly Column[];
  /** Whether the columns name the sources of the numbers rather than measures. */
  readonly bySource: boolean;
  /** The measure the table's caption names, for a table whose columns name sources. */
  readonly caption: Meaning;
  /** Who the caption says compiled the figures ("… reported by the Ministry, by month"). */
  readonly source: FoundFigure["claimant"];
  /**
   * Whether the caption names the table's source as another's ("Source: X", "reported by X"),
   * not a compiler at its head ("Compiled by X": the document's own work, its notes its own).
   */
  readonly reproduced: boolean;
  /** The header line's offset when its columns are aligned by spaces, else null. */
  readonly alignedAt: number | null;
  /** Whether rows may follow a page break (a table split by commas is no layout to resume). */
  readonly resumable: boolean;
}

const CAPTION_SOURCE =
  /\b(?:compiled|reported|released|published|recorded|registered|documented|verified|counted|collected|provided) by (?:the )?(\p{Lu}[^,;.()]{1,60}?)(?=\s*(?:[,;.()]|$| by | in | for | from ))/u;

const COMPILED_BY = /\bcompiled by\b/i;

/**
 * "(source: provincial relief commission)": a caption that names its source outright. (A report's
 * title is a name too, and a long one: "Source: Report of the Commission of Inquiry into the
 * Northern Disturbances (Chairman: …)" — the name runs to the first comma or parenthesis.)
 */
const CAPTION_SOURCE_LABEL = /\bsource:\s*(?:the )?(\p{L}[^,;.()]{1,100}?)\s*(?:[,;.()]|$)/iu;

/** The compiler a table's caption names, with its offsets in the text. */
function captionSource(caption: string, at: number): FoundFigure["claimant"] {
  const m = CAPTION_SOURCE.exec(caption) ?? CAPTION_SOURCE_LABEL.exec(caption);
  if (!m) return undefined;
  const name = m[1]!.trim();
  if (OWN_AGENTS.test(name)) return undefined;
  const start = at + m.index + m[0].lastIndexOf(name);
  return { name, start, end: start + name.length };
}

/**
 * "observers", "our field team", "the Commission's field teams": the people a body sends to count,
 * named by what they do and no one else — the work of whoever made the table, as "compiled by" at
 * its head is (the eval set's convention: rows sourced to a compiler's own observers are the
 * publisher's). Not a body named outright ("UNHCR field teams", "Red Cross").
 */
export const OWN_AGENTS =
  /^(?:(?:the|our|its|their|own)\s+)*(?:\p{Lu}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,4}['’]s\s+)?(?:own\s+)?(?:field\s+teams?|field\s*workers|fieldworkers|researchers|monitors|observers|investigators|staff)$/u;

/** "Of whom children", "Including women": a column or label that is a part of the one before. */
export const PART_OF = /^(of whom|of which|of them|including|incl\.)(?:\s|$)/i;

/** The labels of a war infobox's rows, each a side per cell after it. */
const INFOBOX_LABEL =
  /^(belligerents|commanders and leaders|commanders|strength|casualties and losses|units involved|parties)\b/i;

/** A column that names, row by row, who gives the row's numbers. */
export const SOURCE_HEADER =
  /^(sources?|reported by|according to|claimed by|estimated by|by source)$/i;

/** "0–14", "under 18", "60 and over" in an age column: the subgroup the row is about. */
export function ageGroup(label: string): Subgroup | null {
  const n = [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));
  if (n.length === 0) return null;
  if (AGE_OVER.test(label)) return n[0]! >= 60 ? "elderly" : null;
  if (AGE_UNDER.test(label)) return n[0]! <= 18 ? "children" : null;
  return n.length === 2 && n[1]! < 18 ? "children" : n[0]! >= 60 ? "elderly" : null;
}

/** A line's cells with the line's offset: a header may stand on several lines. */
export interface Piece {
  readonly cells: readonly Cell[];
  readonly lineStart: number;
}

/**
 * The columns of a header on one or more lines (pdftotext's "Persons" over "detained", a long
 * name wrapped: "Housed in" / "relief" / "centres"): the line with the most cells gives the
 * columns their places, and every other line's cells join the column they stand over or under —
 * the nearest by the middle of the cell when the columns are aligned by spaces, else counted from
 * the right (a line of fewer cells is missing its first ones, as a row is).
 */
function headerColumns(pieces: readonly Piece[], aligned: boolean): Column[] {
  let main = pieces[0]!;
  for (const p of pieces) if (p.cells.length >= main.cells.length) main = p;
  const parts = main.cells.map((): Cell[] => []);
  const middle = (c: Cell, lineStart: number) => c.start - lineStart + c.text.length / 2;
  for (const p of pieces) {
    const got: (Cell | undefined)[] = [];
    p.cells.forEach((cell, i) => {
      let j = i + main.cells.length - p.cells.length;
      if (p === main) j = i;
      else if (cell.slot !== undefined && main.cells[0]!.slot !== undefined)
        j = main.cells.findIndex((c) => c.slot === cell.slot);
      else if (aligned) {
        const x = middle(cell, p.lineStart);
        j = 0;
        main.cells.forEach((c, k) => {
          const d = Math.abs(middle(c, main.lineStart) - x);
          if (d < Math.abs(middle(main.cells[j]!, main.lineStart) - x)) j = k;
        });
      }
      if (j >= 0) {
        parts[j]!.push(cell);
        got[j] = cell;
      }
    });
    // "Killed" over "Men  Women  Total": a name over a group spans the columns around it that
    // name only whom they count and have no name of their own on its line; each takes the name
    // nearest to its middle.
    if (p === main || !aligned) continue;
    for (let j = 1; j < main.cells.length; j++) {
      if (got[j] !== undefined || !subColumn(main.cells[j]!.text)) continue;
      const x = middle(main.cells[j]!, main.lineStart);
      let group: Cell | undefined;
      let best = Number.POSITIVE_INFINITY;
      for (const c of p.cells) {
        const from = c.start - p.lineStart;
        const d = x < from ? from - x : Math.max(0, x - (from + c.text.length));
        if (d < best) {
          best = d;
          group = c;
        }
      }
      if (group !== undefined) parts[j]!.push(group);
    }
  }
  return main.cells.map((c, j) => {
    const own = parts[j]!;
    const name = own.length === 1 ? c.text : own.map((x) => x.text).join(" ");
    const meaning = meaningOf(name);
    const tail = own[own.length - 1]!;
    // "Of whom under 18": an age in a column's name is its subgroup.
    const age = meaning.subgroup ?? (HAS_DIGIT.test(name) ? ageGroup(name) : null);
    // (A literal of one shape: a spread per cell of every row costs more.)
    return {
      measure: meaning.measure,
      subgroup: age,
      unit: meaning.unit,
      people: meaning.people,
      name,
      start: c.start,
      tailStart: tail.start,
      tailEnd: tail.start + tail.text.length,
      slot: c.slot,
      capacity: namesCapacity(name),
    };
  });
}

/** Whether a column's own name says only whom it counts ("Men", "Children", "Total"). */
function subColumn(name: string): boolean {
  const meaning = meaningOf(name);
  return meaning.measure === null && (meaning.people || TOTAL.test(name));
}
const TOTAL = /^(total|all|both)$/i;

/** Where a text's lines give a table its caption: the span of the line before the header. */
export interface Caption {
  start: number;
  end: number;
  /** The span last read, and its meaning (the comma lines of a list after one paragraph). */
  read: number;
  meaning: Meaning | null;
}

/**
 * The table a header on one or more lines opens, or null when its columns name too few measures
 * (a header row names at least two, or several sources under a captioned measure).
 */
export function tableOf(
  pieces: readonly Piece[],
  line: string,
  text: string,
  caption: Caption,
): Table | null {
  const layoutByCommas = !line.includes("|") && !line.includes("\t") && !line.includes("  ");
  const aligned = !line.includes("|") && !line.includes("\t");
  const columns = headerColumns(pieces, aligned && !layoutByCommas);
  // ("Belligerents<TAB>Lusewa Protectorate<TAB>Kalimbo chiefdoms": a war infobox's label and its
  // two sides' cells are one label line, read by label-lines.ts, not a table's header.)
  if (INFOBOX_LABEL.test(columns[0]!.name.trim())) return null;
  // "Arrivals | Of whom children": a column that is a part of the one before counts the same.
  for (let i = 1; i < columns.length; i++) {
    const c = columns[i]!;
    if (c.measure === null && PART_OF.test(c.name))
      columns[i] = { ...c, measure: columns[i - 1]!.measure };
  }
  // "Taken hostage | Released | Still held", "Exhumed | Identified": a column of people held
  // or of remains, read by the policy for them (held-and-remains.ts).
  const settled = columns.map((c) => heldOrRemainsColumn(c.name, columns));
  settled.forEach((measure, i) => {
    if (i > 0 && measure !== null) columns[i] = { ...columns[i]!, measure, people: true };
  });
  // (A capacity column, "Capacity" or "Built for", counts places beside the measures: it opens
  // no table of its own, and a table its caption names is still read by its caption.)
  const measures = columns.filter((c) => c.measure !== null && !c.capacity).length;
  if (!(measures >= 2 || (measures === 0 && columns.length >= 3))) return null;
  // (The caption, often a paragraph, is read only for a row that may be a header; lines are
  // distinct spans, so a caption's end names it.)
  if (caption.read !== caption.end) {
    caption.meaning = meaningOf(text.slice(caption.start, caption.end));
    caption.read = caption.end;
  }
  const captionMeaning = caption.meaning!;
  const bySource = measures === 0 && captionMeaning.measure !== null;
  if (measures < 2 && !bySource) return null;
  let main = pieces[0]!;
  for (const p of pieces) if (p.cells.length >= main.cells.length) main = p;
  const captionText = text.slice(caption.start, caption.end);
  const source = captionSource(captionText, caption.start);
  return {
    columns,
    bySource,
    caption: captionMeaning,
    source,
    reproduced: source !== undefined && !COMPILED_BY.test(captionText),
    alignedAt: aligned ? main.lineStart : null,
    resumable: !layoutByCommas,
  };
}

/**
 * Whether two tables have columns of the same measures (a header repeated on the next page, in
 * full or by its last line).
 */
export function sameColumns(a: Table, b: Table): boolean {
  return (
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.measure === b.columns[i]!.measure)
  );
}
