/**
 * Figures laid out as a table: a header line naming measures ("Village  Killed  Wounded
 * Missing") followed by rows of a label and one number per measure column. Each cell becomes an
 * exact figure with its column's measure; a row labelled with a subgroup ("Women") carries it.
 */
import { type Measure, makeFigure } from "../model/claim.js";
import type { FoundFigure } from "./found-figure.js";
import { HEADS, MEASURE_CUES } from "./lexicon.js";

const WORD_MEASURE = new Map<string, Measure>();
for (const [measure, cues] of MEASURE_CUES) {
  for (const cue of cues)
    if (!cue.includes(" ") && !WORD_MEASURE.has(cue)) WORD_MEASURE.set(cue, measure);
}
const CELL = /\S+/g;
const NUMBER = /^\d{1,3}(,\d{3})*$|^\d+$/;

function headerColumns(line: string): Measure[] | null {
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  const measures = words
    .map((w) => WORD_MEASURE.get(w))
    .filter((m): m is Measure => m !== undefined);
  // A header is mostly measure words; prose that mentions two measures is not one.
  return measures.length >= 2 && measures.length >= words.length - 2 ? measures : null;
}

/** Figures in the tables of a (cleaned) text. */
export function findTableFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  let columns: Measure[] | null = null;
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === "") {
      columns = null;
      continue;
    }
    const header = headerColumns(line);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns) continue;
    const cells = [...line.matchAll(CELL)];
    const numbers = cells.filter((c) => NUMBER.test(c[0]));
    const label = cells.filter((c) => !NUMBER.test(c[0])).map((c) => c[0].toLowerCase());
    if (
      numbers.length !== columns.length ||
      numbers.some((n) => n.index < (cells[0]?.index ?? 0))
    ) {
      columns = null;
      continue;
    }
    const subgroup = label.length === 1 ? (HEADS.get(label[0]!)?.subgroup ?? null) : null;
    numbers.forEach((n, k) => {
      const value = Number(n[0].replace(/,/g, ""));
      const fields = makeFigure({
        measure: columns![k]!,
        min: value,
        max: value,
        hedge: "exact",
        subgroup,
        unit: "people",
      });
      found.push({ start: start + n.index, end: start + n.index + n[0].length, fields });
    });
  }
  return found;
}
