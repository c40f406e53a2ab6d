/** Reading the rows of a case snapshot (store rows as JSON) by column, with their types checked. */
import type { DumpRow } from "../../store/case-dump.repository.js";

export const text = (row: DumpRow, column: string): string | null => {
  const v = row[column];
  return typeof v === "string" ? v : null;
};

export const num = (row: DumpRow, column: string): number | null => {
  const v = row[column];
  return typeof v === "number" ? v : null;
};

export const obj = (row: DumpRow, column: string): { readonly [key: string]: unknown } => {
  const v = row[column];
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? (v as { [key: string]: unknown })
    : {};
};

export const strings = (row: DumpRow, column: string): string[] => {
  const v = row[column];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
};

/** A field of a JSON column as a cell: strings and numbers as they are, anything else as JSON. */
export const field = (
  o: { readonly [key: string]: unknown },
  key: string,
): string | number | null => {
  const v = o[key];
  if (v === undefined || v === null) return null;
  return typeof v === "string" || typeof v === "number" ? v : JSON.stringify(v);
};

export function byId(rows: readonly DumpRow[]): Map<string, DumpRow> {
  return new Map(rows.map((r) => [text(r, "id") ?? "", r]));
}

/** The current grade of each target ("source:<id>" or "claim:<id>"): the newest version's. */
export function currentGrades(grades: readonly DumpRow[]): Map<string, string | null> {
  const newest = new Map<string, { version: number; grade: string | null }>();
  for (const g of grades) {
    const key = `${text(g, "target_type")}:${text(g, "target_id")}`;
    const version = num(g, "version") ?? 0;
    if ((newest.get(key)?.version ?? -1) < version)
      newest.set(key, { version, grade: text(g, "grade") });
  }
  return new Map([...newest].map(([k, v]) => [k, v.grade]));
}
