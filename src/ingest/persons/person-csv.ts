/**
 * Reading a CSV list of persons: header row, columns mapped to person fields (guessed from the
 * header in English, Azerbaijani or Russian, or given by the user), and every row that cannot be
 * used reported with its line number instead of silently dropped.
 */
import { parse } from "csv-parse/sync";
import { type MappingOverrides, mapColumns } from "../../core/linkage/column-mapping.js";
import type { Column, PersonField, TablePart } from "../../core/linkage/person-table.js";

export interface BadRow {
  /** 1-based line in the file where the row starts. */
  readonly line: number;
  readonly reason: string;
}

export interface PersonCsv {
  readonly part: TablePart;
  readonly header: readonly string[];
  /** Field → header it was read from. */
  readonly mapped: Readonly<Partial<Record<PersonField, string>>>;
  readonly badRows: readonly BadRow[];
}

interface ParsedRow {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** Parses CSV text into rows with their starting line numbers. Throws on malformed quoting. */
export function parseCsvRows(text: string | Buffer): ParsedRow[] {
  return parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  }) as unknown as ParsedRow[];
}

const NAME_FIELDS: readonly PersonField[] = ["given", "surname", "patronymic", "full_name"];

/**
 * Reads one list. `list` names it (usually the file name); `overrides` come from --map, --ignore
 * and --id.
 */
export function readPersonCsv(
  text: string | Buffer,
  list: string,
  overrides: MappingOverrides = {},
): PersonCsv {
  const rows = parseCsvRows(text);
  if (rows.length === 0) throw new Error(`${list}: the file is empty`);
  const header = rows[0]!.record;
  const mapping = mapColumns(header, overrides);
  const fields = Object.entries(mapping.fields) as [PersonField, number][];
  if (!fields.some(([f]) => NAME_FIELDS.includes(f))) {
    throw new Error(
      `${list}: no name column found among the columns ${header.map((h) => `"${h}"`).join(", ")}; map one of them to the surname, given name or full name`,
    );
  }
  const badRows: BadRow[] = [];
  const ids: string[] = [];
  const columns: Partial<Record<PersonField, (string | undefined)[]>> = {};
  for (const [f] of fields) columns[f] = [];
  const extra: Record<string, (string | undefined)[]> = {};
  for (const name of Object.keys(mapping.extra)) extra[name] = [];
  const seen = new Set<string>();
  for (const { record, info } of rows.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length) {
      badRows.push({
        line,
        reason: `${record.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    if (!fields.some(([f, i]) => NAME_FIELDS.includes(f) && record[i] !== "")) {
      badRows.push({ line, reason: "no name" });
      continue;
    }
    const id = mapping.id !== undefined ? record[mapping.id]! : `line-${line}`;
    if (id === "" || seen.has(id)) {
      badRows.push({ line, reason: id === "" ? "empty id" : `duplicate id "${id}"` });
      continue;
    }
    seen.add(id);
    ids.push(id);
    for (const [f, i] of fields) columns[f]!.push(record[i] || undefined);
    for (const [name, i] of Object.entries(mapping.extra))
      extra[name]!.push(record[i] || undefined);
  }
  const mapped: Partial<Record<PersonField, string>> = {};
  for (const [f, i] of fields) mapped[f] = header[i]!;
  const part: TablePart = { list, ids, columns: columns as { [F in PersonField]?: Column }, extra };
  return { part, header, mapped, badRows };
}
