/**
 * Figures laid out in lines rather than prose: tables (a header row of measures, or of the
 * sources that give the numbers, then rows of a label and values; cells split by "|", tabs, runs
 * of spaces or ", ") and label-value lines (an infobox's "Deaths: 304 (per a rights group); 225
 * (government)", a key-figures line "Internally displaced ...... 568,000", a list's
 * "— killed: 611"). The label or column says the measure and subgroup; a parenthesis after a
 * value, or a source column, says who claims it.
 */
import { type Measure, makeFigure, type Subgroup, type Unit } from "../model/claim.js";
import { isSpaceCode } from "../text/char-class.js";
import { HAS_DIGIT } from "../text/word-shapes.js";
import { readCellValue } from "./cell-value.js";
import type { FoundFigure } from "./found-figure.js";
import { heldOrRemainsColumn } from "./held-and-remains.js";
import {
  HEADS,
  MEASURE_CUES,
  PROCEDURAL,
  QUALIFIERS,
  UNIT_WORDS,
  WORD_MEASURE,
} from "./lexicon.js";
import { labelFrame, mayOpenLabelFrame } from "./predicate-frames.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const SEX_IN_PARENTHESES = /\((m|f)\)/i;
const BODY_WORDS = /\b(bodies|body|corpses|remains)\b/;
const NON_LETTERS = /[^\p{L}']+/u;
const SPACE_RUN = / {2,}/;
// (A footnote's mark may follow: "214 (a)", "96*", "41 [2]".)
const VALUE_CELL =
  /^(?:\D{0,12}\s)?[≈~]?\s*\d[\d,.]*(?:\s*(?:–|-)\s*\d[\d,.]*)?\+?(?:\s*(?:\([a-z]\)|\[\d{1,2}\]|\*{1,3}|†))?$/;
const TRAILING_PARENTHESIS = /\(([^()\d]{2,40})\)\s*$/u;
const OUR_OR_MY = /^(our|my)\b/i;
const QUALIFIER_NOTE = /^(est|estimated?|approx|approximate|provisional|prov|incl|rounded)\.?$/i;
const AGE_OVER = /\b(over|above|older|\+)|\+$/i;
const AGE_UNDER = /\b(under|below|younger)\b/i;
const AGE_WORD = /\bage/i;
const AGE_AFTER_VALUE =
  /^\s*(?:\p{L}+\s+)?(?:aged\s+)?(over|above|under|below)\s+([\d]+|[a-z-]+)\b/iu;
const ONLY_DIGITS = /^\d+$/;
const OVER_OR_ABOVE = /^(over|above)$/i;
const VALUE_THEN_WORD = /^[^\p{L}]*(?:\p{L}{1,6}\.?\s+)?[\d,.]+\+?\s+(\p{Ll}+)/u;
const FIRST_WORD = /^\s*(\p{L}+)/u;
const OUR_OR_MY_AFTER_SPACE = /^\s*(our|my)\b/i;
const RULE_LINE = /^[\s|:-]+$/;
const SPACES = /\s+/g;
const OPENS_WITH_NUMBER = /^(?:c\.|ca\.|about|some|over|at least|~|≈)?\s*\d/i;

interface Cell {
  readonly text: string;
  /** Offset of the cell in the whole text. */
  readonly start: number;
  /**
   * With bars or tabs, how many separators stand before the cell (a Markdown row's opening bar
   * not counted): an empty cell ("| Total |  | 479 |") still takes its place.
   */
  readonly slot?: number;
}

interface Meaning {
  readonly measure: Measure | null;
  readonly subgroup: Subgroup | null;
  readonly unit: Unit;
  /** Whether the words name people at all (a noun or a measure). */
  readonly people: boolean;
}

const WORDS = /\p{L}+/gu;
/**
 * WORDS for meaningOf alone, walked with exec: matchAll would copy the pattern on every call, and
 * every header cell and label is read. (Its own, as its lastIndex is left where a loop stopped.)
 */
const LABEL_WORDS = /\p{L}+/gu;
/** Longer lines are prose paragraphs. */
const MAX_LINE = 200;

/**
 * Each measure word ending in "s" under its form without it ("death" for "deaths"): a label's
 * word finds its plural's measure without a plural built for every word.
 */
const MEASURE_OF_PLURAL = new Map(
  [...WORD_MEASURE].filter(([w]) => w.endsWith("s")).map(([w, m]) => [w.slice(0, -1), m]),
);

/** What a label or header ("Civilian deaths", "Children (under 18)", "Arrested") counts. */
function meaningOf(label: string): Meaning {
  let measure: Measure | null = null;
  let subgroup: Subgroup | null = null;
  let unit: Unit = "people";
  let people = false;
  let qualifier: Subgroup | null = null;
  // "Killed (M)", "Killed (F)": a sex abbreviated in a header (not metres).
  const sex = SEX_IN_PARENTHESES.exec(label)?.[1]?.toLowerCase();
  const words = sex ? label.replace(SEX_IN_PARENTHESES, "") : label;
  const lower = words.toLowerCase();
  let found: Measure | null = null;
  // Whether a word may begin a cue of several words: a label with none has no phrase to find.
  let mayPhrase = false;
  // Whether the label's first word may open a predicate frame ("Housed in relief centres").
  let mayFrame: boolean | null = null;
  LABEL_WORDS.lastIndex = 0;
  for (let m = LABEL_WORDS.exec(lower); m !== null; m = LABEL_WORDS.exec(lower)) {
    const w = m[0];
    mayPhrase ||= PHRASE_CUES.has(w);
    // (Past the people it counts: "Persons housed in relief centres".)
    if (mayFrame === null && !HEADS.has(w) && !QUALIFIERS.has(w)) mayFrame = mayOpenLabelFrame(w);
    // ("People in camps": a unit word after the people it places names no thing counted, nor
    // one after what was done to them, "Fled their homes"; "In relief camps" places the people
    // it counts, as its frame says.)
    if (PROCEDURAL.has(w) || (UNIT_WORDS.has(w) && !people && !measure)) {
      const framed = mayFrame && !PROCEDURAL.has(w) ? frameOf(lower) : null;
      if (framed !== null) return { measure: framed, subgroup, unit, people: true };
      return { measure: null, subgroup, unit, people: false };
    }
    const cue = WORD_MEASURE.get(w) ?? MEASURE_OF_PLURAL.get(w);
    // "Later found dead": finding says what happened to bodies; with no bodies named, a later
    // word ("dead") says what happened to the people.
    if (cue === "bodies_recovered" && !BODY_WORDS.test(lower)) found ??= cue;
    else if (cue && !measure) measure = cue;
    const head = HEADS.get(w);
    if (head) {
      people = true;
      subgroup ??= head.subgroup;
      if (head.unit !== "people") unit = head.unit;
      if (head.role && !measure) measure = head.role;
    }
    qualifier ??= QUALIFIERS.get(w) ?? null;
  }
  measure ??= found ?? (mayPhrase ? phraseCue(lower) : null) ?? (mayFrame ? frameOf(lower) : null);
  // "Old civilians" are elderly; "Old Town" is a place: a qualifier needs a people noun.
  if (people) subgroup ??= qualifier;
  if (sex && subgroup === null) subgroup = sex === "m" ? "men" : "women";
  return { measure, subgroup, unit, people: people || measure !== null };
}

/**
 * A label read as the predicate of the counts it heads, by the prose's frames (labelFrame): "Housed
 * in relief centres" gives what "N housed in relief centres" would, and "Persons housed in relief
 * centres" what "N persons housed …" would (the people it counts first, as a count's noun). Read only for a label whose
 * first word may open a frame and that no cue word decided.
 */
function frameOf(lower: string): Measure | null {
  const words = lower.split(NON_LETTERS);
  let from = words[0] === "" ? 1 : 0;
  while (from < words.length && (HEADS.has(words[from]!) || QUALIFIERS.has(words[from]!))) from++;
  return labelFrame(from === 0 ? words : words.slice(from));
}

/**
 * Cues of several words, in order of trust, for labels ("People in camps", "Left their homes"),
 * each under its first word with its rank in that order: a label's words find their few
 * candidates in one lookup each, instead of a search of the label for every cue.
 */
const PHRASE_CUES = new Map<string, { rank: number; measure: Measure; words: string[] }[]>();
MEASURE_CUES.flatMap(([measure, cues]) =>
  cues.filter((c) => c.includes(" ")).map((c) => ({ measure, words: c.split(" ") })),
).forEach(({ measure, words }, rank) => {
  const list = PHRASE_CUES.get(words[0]!) ?? [];
  list.push({ rank, measure, words });
  PHRASE_CUES.set(words[0]!, list);
});

/** The first cue of several words (in order of trust) that a label holds, or null. */
function phraseCue(lower: string): Measure | null {
  // The label's words as a cue is matched against them: runs of letters and apostrophes.
  const words = lower.split(NON_LETTERS);
  let best: { rank: number; measure: Measure } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (const cue of PHRASE_CUES.get(words[i]!) ?? []) {
      if (best !== null && cue.rank >= best.rank) continue;
      let k = 1;
      while (k < cue.words.length && words[i + k] === cue.words[k]) k++;
      if (k === cue.words.length) best = cue;
    }
  }
  return best?.measure ?? null;
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
function splitCells(line: string, lineStart: number): Cell[] | null {
  const bars = line.includes("|");
  const tabs = !bars && line.includes("\t");
  // (A run of spaces inside the trimmed line needs two spaces somewhere in the line: most lines
  // have none, and are not trimmed.)
  const spaced = !bars && !tabs && line.includes("  ") && SPACE_RUN.test(line.trim());
  // Three cells need two separators: most lines of prose have fewer than two ", ".
  const commas = !bars && !tabs && !spaced;
  if (commas && commaBreaks(line, 2) < 2) return null;
  const sep = bars ? /\s*\|\s*/g : tabs ? /\s*\t\s*/g : spaced ? / {2,}/g : /,\s+/g;
  const cells: Cell[] = [];
  let last = 0;
  const mark = bars ? "|" : tabs ? "\t" : "";
  let slot = bars && line.trimStart().startsWith("|") ? -1 : 0;
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return;
    const start = lineStart + from + lead;
    cells.push(mark ? { text, start, slot } : { text, start });
  };
  for (const m of line.matchAll(sep)) {
    push(last, m.index);
    last = m.index + m[0].length;
    if (mark) for (let k = 0; k < m[0].length; k++) if (m[0][k] === mark) slot++;
  }
  push(last, line.length);
  // Cells are short; prose that happens to hold commas or double spaces is not a row.
  const short = cells.every((c) => c.text.length <= 40 && spaces(c.text) <= 4);
  return (cells.length >= 3 || !commas) && short ? cells : null;
}

/**
 * A piece of a header on its own line: its cells when none is a value, or (`under` a header's
 * line) the line's one short text indented ("                  centres"); null otherwise.
 */
function pieceCells(
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
const mayHead = (cell: Cell) => !isValue(cell.text) && !OPENS_WITH_NUMBER.test(cell.text);

const isValue = (cell: string) => VALUE_CELL.test(cell);

interface Column extends Meaning {
  /** The header's words over the column, its pieces on several lines joined. */
  readonly name: string;
  /** Where the column's cell stands on the header line that gives the columns their places. */
  readonly start: number;
  /** The span of the name's last piece (one line): a source it names is found there. */
  readonly tailStart: number;
  readonly tailEnd: number;
  /** Its place among bars or tabs (Cell.slot). */
  readonly slot: number | undefined;
}

interface Table {
  readonly columns: readonly Column[];
  /** Whether the columns name the sources of the numbers rather than measures. */
  readonly bySource: boolean;
  /** The measure the table's caption names, for a table whose columns name sources. */
  readonly caption: Meaning;
  /** Who the caption says compiled the figures ("… reported by the Ministry, by month"). */
  readonly source: FoundFigure["claimant"];
  /** The header line's offset when its columns are aligned by spaces, else null. */
  readonly alignedAt: number | null;
  /** Whether rows may follow a page break (a table split by commas is no layout to resume). */
  readonly resumable: boolean;
}

const CAPTION_SOURCE =
  /\b(?:compiled|reported|released|published|recorded|registered|documented|verified|counted|collected|provided) by (?:the )?(\p{Lu}[^,;.()]{1,60}?)(?=\s*(?:[,;.()]|$| by | in | for | from ))/u;

/** The compiler a table's caption names, with its offsets in the text. */
/** "(source: provincial relief commission)": a caption that names its source outright. */
const CAPTION_SOURCE_LABEL = /\bsource:\s*(?:the )?(\p{L}[^,;.()]{1,60}?)\s*(?:[,;.()]|$)/iu;

function captionSource(caption: string, at: number): FoundFigure["claimant"] {
  const m = CAPTION_SOURCE.exec(caption) ?? CAPTION_SOURCE_LABEL.exec(caption);
  if (!m) return undefined;
  const name = m[1]!.trim();
  const start = at + m.index + m[0].lastIndexOf(name);
  return { name, start, end: start + name.length };
}

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

const PART_OF = /^(of whom|of which|of them|including|incl\.)\s/i;

const SOURCE_HEADER = /^(sources?|reported by|according to|claimed by|estimated by|by source)$/i;

/** "0–14", "under 18", "60 and over" in an age column: the subgroup the row is about. */
function ageGroup(label: string): Subgroup | null {
  const n = [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));
  if (n.length === 0) return null;
  if (AGE_OVER.test(label)) return n[0]! >= 60 ? "elderly" : null;
  if (AGE_UNDER.test(label)) return n[0]! <= 18 ? "children" : null;
  return n.length === 2 && n[1]! < 18 ? "children" : n[0]! >= 60 ? "elderly" : null;
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

/** A column of those not (yet) released: "Still held", "Remaining in captivity". */

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
function tableRow(
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
  const rowSource =
    named !== undefined && !isValue(named.text) && (sourceAt > 0 || label !== null)
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
    const sourceColumn = table.bySource;
    // A column that names no measure in a table whose columns name measures ("Tortured" beside
    // "Killed | Disappeared") counts something else; only a table of sources takes the caption's.
    const measure =
      (sourceColumn ? null : column.measure) ??
      label?.measure ??
      (sourceColumn ? table.caption.measure : null) ??
      "other";
    const subgroup = label?.subgroup ?? column.subgroup ?? null;
    const claimant = sourceColumn
      ? { name: column.name, start: column.tailStart, end: column.tailEnd }
      : (rowSource ?? columnSource(column) ?? table.source);
    const f = cellFigure(cell, measure, subgroup, label?.unit ?? column.unit, claimant);
    if (f) found.push(f);
  });
  return found;
}

// (A label may end in a year: "Died in exile by 1953", "Still missing at the end of 2005".)
const LABEL_LINE =
  /^(\s*(?:[-–—•*|]|\d+\.)?\s*)([\p{L}][\p{L}()' /-]{1,60}?(?: (?:1[89]|20)\d\d)?|[\p{L}][\p{L}()' /-]{1,60}?, [\p{L}\d –-]{3,30}?)\s*(?::|\.{3,}|\t| {3,}|\s\|\s)\s*(.*\d.*)$/u;

/**
 * Whether a line holds a separator LABEL_LINE needs (":", "...", a tab, "   " or "|"): a search
 * for each costs less than one pattern of alternatives tried at every character.
 */
function mayLabel(line: string): boolean {
  return (
    line.includes(":") ||
    line.includes("\t") ||
    line.includes("|") ||
    line.includes("...") ||
    line.includes("   ")
  );
}

/** The value part split at ";" and "|", and at ", " before a number, outside parentheses. */
function segments(value: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (ch === ";" ||
        ch === "|" ||
        (ch === "," && value[i + 1] === " " && HAS_DIGIT.test(value.slice(i + 2, i + 40))))
    ) {
      out.push({ text: value.slice(from, i), at: from });
      from = i + 1;
    }
  }
  out.push({ text: value.slice(from), at: from });
  return out;
}
const AGE_WORDS: Readonly<Record<string, number>> = {
  ten: 10,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  sixty: 60,
  "sixty-five": 65,
  seventy: 70,
  eighty: 80,
};

/** "over sixty", "under 18", "aged 65 and over" right after a value: the subgroup it makes. */
function ageAfterValue(rest: string): Subgroup | null {
  const m = AGE_AFTER_VALUE.exec(rest);
  if (!m) return null;
  const n = ONLY_DIGITS.test(m[2]!) ? Number(m[2]) : AGE_WORDS[m[2]!.toLowerCase()];
  if (n === undefined || n > 110) return null;
  return OVER_OR_ABOVE.test(m[1]!) ? (n >= 60 ? "elderly" : null) : n <= 18 ? "children" : null;
}

const JOINING = new Set(["and", "or", "of", "the", "under", "over", "aged", "all"]);

/** Whether words say only whom or what is counted ("women and children", "killed"). */
function onlyPeopleWords(words: string): boolean {
  for (const m of words.toLowerCase().matchAll(WORDS)) {
    const w = m[0];
    if (!(HEADS.has(w) || QUALIFIERS.has(w) || WORD_MEASURE.has(w) || JOINING.has(w))) return false;
  }
  return true;
}
// ("(district court, 1925)": a date after the name is no part of it.)
const PAREN = /^\s*\((?:per |according to |source: )?([^()\d]{2,60}?)(?:,\s*[^()]*\d[^()]*)?\)/iu;

/** "c. 900 (émigré committees)": a line that is only a value, perhaps with its source. */
const VALUE_LINE =
  /^\s*(?:c\.|ca\.|about|some|over|at least|~|≈)?\s*\d[\d,.]*(?:\s*(?:–|-)\s*\d[\d,.]*)?\+?\s*(?:\([^()]*\))?\s*$/iu;

/** "Deaths: 304 (per a rights group); 225 (government)" → two killed figures, two claimants. */
function labelLine(
  line: string,
  lineStart: number,
  previous: Measure | null,
): { label: string; found: FoundFigure[] } {
  const none = { label: "", found: [] };
  // A label line has one of LABEL_LINE's separators; most lines have none, and the pattern's
  // lazy label tries every length before it gives up.
  if (!mayLabel(line)) return none;
  const m = LABEL_LINE.exec(line);
  if (!m) return none;
  const named = meaningOf(m[2]!);
  // "Deported: 94,779" then "Of whom children: c. 25,000": a part counts what its whole did.
  // "Exhumed: 41" then "Identified: 33", "Taken hostage: 19" then "Still held: 7": the line
  // before stands as a table's column before, read by the policy for people held and remains.
  const settled =
    named.measure === null && previous !== null
      ? PART_OF.test(m[2]!)
        ? previous
        : heldOrRemainsColumn(m[2]!, [{ measure: previous }])
      : null;
  const meaning = settled !== null ? { ...named, measure: settled, people: true } : named;
  // "Number: c. 18,000 strikers": a label that names no people, before a value that does.
  if (!meaning.people && !meaningOf(VALUE_THEN_WORD.exec(m[3]!)?.[1] ?? "").people) return none;
  const found: FoundFigure[] = [];
  const valueStart = m.index + m[0].length - m[3]!.length;
  for (const { text: segment, at } of segments(m[3]!)) {
    const segStart = valueStart + at;
    // Only what stands before a parenthesis is the value; dates inside it are not.
    const paren = segment.indexOf("(");
    const valuePart = paren >= 0 ? segment.slice(0, paren) : segment;
    const v = readCellValue(valuePart);
    if (!v || valuePart.slice(0, v.start).trim().length > 12) continue;
    // "879 killed", "1,800 defenders": a word after the value says more than the label.
    const nextWord = FIRST_WORD.exec(valuePart.slice(v.end))?.[1]?.toLowerCase() ?? "";
    if (UNIT_WORDS.has(nextWord)) continue;
    // ("38 soldiers killed": after the people it counts, the words say what befell them.)
    const rest = valuePart.slice(v.end);
    const next =
      HEADS.has(nextWord) && nextWord.length + 1 < rest.trim().length
        ? meaningOf(rest)
        : meaningOf(nextWord);
    // "42 children under ten; 31 over sixty": an age after the value is its subgroup.
    const aged = ageAfterValue(valuePart.slice(v.end));
    const after = paren >= 0 ? PAREN.exec(segment.slice(paren)) : null;
    const inParen = after ? meaningOf(after[1]!) : null;
    const nameStart = after ? lineStart + segStart + paren + after[0].indexOf(after[1]!) : 0;
    // "(community leaders)", "(dockers' union)" name who counts; "(children)" or "(killed)" says
    // what is counted; "(our database)" is the publisher's own count.
    const claimant =
      after &&
      !OUR_OR_MY_AFTER_SPACE.test(after[1]!) &&
      (!inParen?.people ||
        (inParen.subgroup === null && inParen.measure === null) ||
        !onlyPeopleWords(after[1]!))
        ? { name: after[1]!.trim(), start: nameStart, end: nameStart + after[1]!.trim().length }
        : undefined;
    const fields = makeFigure({
      measure: next.measure ?? meaning.measure ?? "other",
      min: v.min,
      max: v.max,
      hedge: v.hedge,
      subgroup: next.subgroup ?? aged ?? (claimant ? null : inParen?.subgroup) ?? meaning.subgroup,
      unit: meaning.unit,
    });
    found.push({
      start: lineStart + segStart + v.start,
      end: lineStart + segStart + v.end,
      fields,
      ...(claimant ? { claimant } : {}),
    });
  }
  return { label: m[2]!, found };
}

/** A line's cells with the line's offset: a header may stand on several lines. */
interface Piece {
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
interface Caption {
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
function tableOf(
  pieces: readonly Piece[],
  line: string,
  text: string,
  caption: Caption,
): Table | null {
  const layoutByCommas = !line.includes("|") && !line.includes("\t") && !line.includes("  ");
  const aligned = !line.includes("|") && !line.includes("\t");
  const columns = headerColumns(pieces, aligned && !layoutByCommas);
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
  const measures = columns.filter((c) => c.measure !== null).length;
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
  return {
    columns,
    bySource,
    caption: captionMeaning,
    source: captionSource(text.slice(caption.start, caption.end), caption.start),
    alignedAt: aligned ? main.lineStart : null,
    resumable: !layoutByCommas,
  };
}

/**
 * Whether two tables have columns of the same measures (a header repeated on the next page, in
 * full or by its last line).
 */
function sameColumns(a: Table, b: Table): boolean {
  return (
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => c.measure === b.columns[i]!.measure)
  );
}

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

/** The longest line an infobox's label set on its own line may be. */
const STACKED_LABEL = 40;

/**
 * The label a short line gives the value on the line after it ("Deaths", "Arrested", "Housed in
 * relief centres"): the line when it names a measure and holds no number, else "".
 */
function stackedLabel(text: string, start: number, end: number): string {
  if (end <= start) return "";
  const label = text.slice(start, end).trim();
  if (label === "" || HAS_DIGIT.test(label) || !LABEL_ONLY.test(label)) return "";
  return meaningOf(label).measure === null ? "" : label;
}
const LABEL_ONLY = /^[\p{L}][\p{L}()' /-]{1,39}$/u;

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

/** Figures in the tables and label-value lines of a (cleaned) text. */
export function findLineFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  let table = null as Table | null;
  // The caption is read only when a table whose columns name sources needs it: it is kept as its
  // span, and a paragraph is sliced from the text only for a row that may be a header.
  const caption: Caption = { start: 0, end: 0, read: -1, meaning: null };
  // The caption before a header's first line, kept while the header's lines are read.
  const headCaption: Caption = { start: 0, end: 0, read: -1, meaning: null };
  let lastLabelled: Measure | null = null;
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
        rowsFrom = -1;
        rowsTo = -1;
      }
    }
    // A paragraph of prose is no row, header or label line: skip it cheaply.
    if (end - start > MAX_LINE) {
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
        table = repeated ? { ...opened, caption: broken!.caption, source: broken!.source } : opened;
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
    const digits = HAS_DIGIT.test(line);
    let read: { label: string; found: FoundFigure[] } = digits
      ? labelLine(line, start, lastLabelled)
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
  return found;
}
