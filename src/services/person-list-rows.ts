/**
 * Turns a CSV list of persons into store records: the mapped fields for linkage and the original
 * row as it was written, each with the line it starts on. Bad rows are reported, not fatal.
 */
import { randomUUID } from "node:crypto";
import type { MappingOverrides } from "../core/linkage/column-mapping.js";
import type { PersonField } from "../core/linkage/person-table.js";
import { type BadRow, parseCsvRows, readPersonCsv } from "../ingest/persons/person-csv.js";
import type { PersonRecordRow } from "../store/person-lists.repository.js";
import { InvalidInputError } from "./errors.js";

export interface PersonListRows {
  readonly header: readonly string[];
  readonly mapping: Readonly<Record<string, string>>;
  readonly records: PersonRecordRow[];
  readonly badRows: readonly BadRow[];
}

export function personListRows(
  bytes: Uint8Array,
  fileName: string,
  listId: string,
  overrides: MappingOverrides,
): PersonListRows {
  const buffer = Buffer.from(bytes);
  let csv: ReturnType<typeof readPersonCsv>;
  let parsed: ReturnType<typeof parseCsvRows>;
  try {
    csv = readPersonCsv(buffer, fileName, overrides);
    parsed = parseCsvRows(buffer);
  } catch (error) {
    // Malformed quoting, no header, no name column, a --map naming a missing column.
    throw new InvalidInputError(error instanceof Error ? error.message : String(error), "file");
  }
  const bad = new Set(csv.badRows.map((b) => b.line));
  const good = parsed.slice(1).filter((row) => !bad.has(row.info.lines));
  const fields = Object.keys(csv.part.columns) as PersonField[];
  const records = good.map((row, i): PersonRecordRow => {
    const mapped: Record<string, string> = {};
    for (const f of fields) {
      const value = csv.part.columns[f]?.[i];
      if (value !== undefined) mapped[f] = value;
    }
    const original: Record<string, string> = {};
    csv.header.forEach((h, k) => {
      original[h] = row.record[k] ?? "";
    });
    return {
      id: randomUUID(),
      listId,
      rowNumber: row.info.lines,
      key: csv.part.ids[i] as string,
      fields: mapped,
      original,
    };
  });
  return { header: csv.header, mapping: csv.mapped, records, badRows: csv.badRows };
}
