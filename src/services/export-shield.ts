/**
 * Exports through witness protection: for a caller who may not see a protected name, every record
 * of the snapshot as the API would show it (services/protected-names.ts: pseudonyms in name
 * fields, masked letters in running text with offsets kept, name tokens dropped from search keys).
 * Archived files cannot be masked without changing their bytes and hash: while any name is hidden
 * from the caller, the files are named by SHA-256 only and listed as withheld.
 */
import type { Redactor } from "../core/protection/index.js";
import type { CaseTables } from "../store/case-dump.repository.js";

export interface ShieldedTables {
  readonly tables: CaseTables;
  /** Archived files kept back from this caller. */
  readonly withheld: ReadonlySet<string>;
}

export function shieldProtectedNames(redactor: Redactor, tables: CaseTables): ShieldedTables {
  if (!redactor.active) return { tables, withheld: new Set() };
  return {
    tables: redactor.deep(tables),
    withheld: new Set(tables.blobs.map((b) => String(b.sha256))),
  };
}
