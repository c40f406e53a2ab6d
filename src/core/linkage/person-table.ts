/**
 * The input of record linkage: person records from one or more lists, held column by column so
 * that a million records cost arrays, not a million objects.
 */

export const PERSON_FIELDS = [
  "given",
  "patronymic",
  "surname",
  "full_name",
  "sex",
  "birth_date",
  "birth_year",
  "age",
  "place",
  "address",
  "postcode",
  "identifier",
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export type Column = readonly (string | undefined)[];

export interface PersonTable {
  /** Names of the lists the records come from (file names, list titles). */
  readonly lists: readonly string[];
  /** Index into `lists` for each record. */
  readonly listOf: ArrayLike<number>;
  /** Each record's identifier within its list. */
  readonly ids: readonly string[];
  readonly columns: { readonly [F in PersonField]?: Column };
  /** Unmapped columns, compared as generic text. */
  readonly extra?: Readonly<Record<string, Column>>;
}

/** Number of records in a table. */
export function tableSize(table: PersonTable): number {
  return table.ids.length;
}

export interface TablePart {
  readonly list: string;
  readonly ids: readonly string[];
  readonly columns: { readonly [F in PersonField]?: Column };
  readonly extra?: Readonly<Record<string, Column>>;
}

/**
 * Concatenates lists into one table; a column missing from a list is empty for its records.
 * Extra columns are kept only when every list has them (under the same header).
 */
export function concatTables(parts: readonly TablePart[]): PersonTable {
  const ids: string[] = [];
  const listOf: number[] = [];
  const columns: { [F in PersonField]?: (string | undefined)[] } = {};
  const present = new Set<PersonField>();
  for (const part of parts)
    for (const f of Object.keys(part.columns) as PersonField[]) present.add(f);
  const extraNames = parts.length
    ? Object.keys(parts[0]!.extra ?? {}).filter((name) => parts.every((p) => p.extra?.[name]))
    : [];
  const extra: Record<string, (string | undefined)[]> = {};
  for (const name of extraNames) extra[name] = [];
  for (const f of present) columns[f] = [];
  parts.forEach((part, k) => {
    const n = part.ids.length;
    for (let i = 0; i < n; i++) {
      ids.push(part.ids[i]!);
      listOf.push(k);
    }
    for (const f of present) {
      const src = part.columns[f];
      const dst = columns[f]!;
      for (let i = 0; i < n; i++) dst.push(src?.[i]);
    }
    for (const name of extraNames) {
      const src = part.extra![name]!;
      for (let i = 0; i < n; i++) extra[name]!.push(src[i]);
    }
  });
  return { lists: parts.map((p) => p.list), listOf: Int32Array.from(listOf), ids, columns, extra };
}
