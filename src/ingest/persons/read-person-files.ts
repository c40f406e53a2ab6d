/** Reading several person-list files from disk into one table for linkage. */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { MappingOverrides } from "../../core/linkage/column-mapping.js";
import { concatTables, type PersonTable } from "../../core/linkage/person-table.js";
import { type BadRow, type PersonCsv, readPersonCsv } from "./person-csv.js";

export interface PersonFiles {
  readonly table: PersonTable;
  readonly files: readonly PersonCsv[];
  /** Bad rows of every file, with the file's name. */
  readonly badRows: ReadonlyArray<BadRow & { readonly file: string }>;
}

/** Reads each file (named in the table by its base name) and concatenates them. */
export function readPersonFiles(
  paths: readonly string[],
  overrides: MappingOverrides = {},
  onFile?: (path: string) => void,
): PersonFiles {
  const files = paths.map((path) => {
    const csv = readPersonCsv(readFileSync(path), basename(path), overrides);
    onFile?.(path);
    return csv;
  });
  return {
    table: concatTables(files.map((f) => f.part)),
    files,
    badRows: files.flatMap((f) => f.badRows.map((r) => ({ ...r, file: f.part.list }))),
  };
}
