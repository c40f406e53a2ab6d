/**
 * Reading capture histories from CSV: one 0/1 column per list and, optionally, a count column
 * (count, n, freq, frequency); without one, each row is one person.
 */
import type { CaptureHistory } from "../../core/estimation/capture-data.js";
import type { BadRow } from "./person-csv.js";
import { parseCsvRows } from "./person-csv.js";

const COUNT_HEADERS = new Set(["count", "n", "freq", "frequency", "number", "cases"]);

export interface CaptureHistoriesCsv {
  readonly lists: readonly string[];
  readonly histories: readonly CaptureHistory[];
  readonly badRows: readonly BadRow[];
}

/** Parses the file; rows with a value other than 0/1 or a bad count are reported, not used. */
export function readCaptureHistoriesCsv(text: string | Buffer): CaptureHistoriesCsv {
  const rows = parseCsvRows(text);
  if (rows.length === 0) throw new Error("the file is empty");
  const header = rows[0]!.record;
  const countIndex = header.findIndex((h) => COUNT_HEADERS.has(h.trim().toLowerCase()));
  const listIndices = header.map((_, i) => i).filter((i) => i !== countIndex);
  if (listIndices.length < 2) throw new Error("need at least two list columns");
  const histories: CaptureHistory[] = [];
  const badRows: BadRow[] = [];
  for (const { record, info } of rows.slice(1)) {
    if (record.length !== header.length) {
      badRows.push({
        line: info.lines,
        reason: `${record.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    const flags = listIndices.map((i) => record[i]);
    if (!flags.every((f) => f === "0" || f === "1")) {
      badRows.push({ line: info.lines, reason: "list columns must be 0 or 1" });
      continue;
    }
    const count = countIndex >= 0 ? Number(record[countIndex]) : 1;
    if (!Number.isInteger(count) || count < 0) {
      badRows.push({ line: info.lines, reason: `bad count "${record[countIndex]}"` });
      continue;
    }
    if (flags.every((f) => f === "0")) {
      if (count > 0)
        badRows.push({ line: info.lines, reason: "a person on no list cannot have been observed" });
      continue;
    }
    histories.push({ lists: flags.map((f) => (f === "1" ? 1 : 0)), count });
  }
  return { lists: listIndices.map((i) => header[i]!), histories, badRows };
}
