/**
 * Loads a case document (made by `export --format json`) into an empty store, identically: every
 * row with its ids, hashes, versions and times. The document is checked whole before anything is
 * written; the archived files are written first (as ingest does), then every row in one
 * transaction with one log entry, so a bad document leaves at most unreferenced blobs.
 */
import {
  type CaseDocument,
  CaseDocumentError,
  parseCaseDocument,
} from "../core/export/case-document.js";
import { sha256Hex } from "../core/hash/sha256.js";
import {
  CASE_TABLES,
  type CaseTable,
  type DumpRow,
  RowRefusedError,
  schemaVersion,
  storeIsEmpty,
  writableColumns,
  writeCaseTable,
} from "../store/case-dump.repository.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { refreshSearchStatistics } from "../store/search-statistics.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError, ServiceError } from "./errors.js";
import { assertMayAdminister } from "./policies/access.policy.js";

/** Reads an archived file that a document references by SHA-256 (`import --blobs DIR`). */
export type BlobReader = (sha256: string) => Promise<Uint8Array | null>;

export interface ImportReport {
  readonly caseId: string;
  readonly rows: { readonly [table: string]: number };
  readonly blobs: number;
  readonly logHead: CaseDocument["logHead"];
}

const bad = (place: string, problem: string) =>
  new InvalidInputError(`${place}: ${problem}`, place);

class StoreNotEmptyError extends ServiceError {
  constructor() {
    super(
      "conflict",
      409,
      "the store is not empty: a case document is imported only into a store with no case, source or person list (start one with CASEFILE_CASES= and a new data directory or database)",
    );
  }
}

/** Every row must carry exactly the table's columns, so nothing is silently dropped or made up. */
async function checkColumns(db: Queryable, doc: CaseDocument) {
  const columns = new Map<CaseTable, string[]>();
  for (const table of CASE_TABLES) {
    const cols = await writableColumns(db, table);
    columns.set(table, cols);
    const wanted = new Set(cols);
    (doc.tables[table] ?? []).forEach((row, i) => {
      const place = `$.tables.${table}[${i}]`;
      for (const key of Object.keys(row))
        if (!wanted.has(key)) throw bad(place, `unknown column "${key}"`);
      for (const col of cols) if (!(col in row)) throw bad(place, `missing column "${col}"`);
    });
  }
  return columns;
}

async function collectBlobs(doc: CaseDocument, readBlob: BlobReader | undefined) {
  const bytes = new Map<string, Uint8Array>();
  const listed = new Set<string>();
  for (const [i, row] of (doc.tables.blobs ?? []).entries()) {
    const sha = String(row.sha256);
    listed.add(sha);
    const place = `$.tables.blobs[${i}]`;
    let content: Uint8Array | null;
    if (doc.blobs.mode === "inline") {
      const b64 = doc.blobs.files[sha];
      if (b64 === undefined && doc.blobs.withheld?.includes(sha))
        throw bad(
          place,
          `the file ${sha} was withheld from this export because the case holds a name its reader may not see: import an export made by someone who may see the case's protected names`,
        );
      if (b64 === undefined) throw bad(place, `no bytes for ${sha} in $.blobs.files`);
      content = Buffer.from(b64, "base64");
    } else {
      if (!readBlob)
        throw bad(
          "$.blobs",
          "the files are referenced by SHA-256: name their folder (--blobs DIR)",
        );
      content = await readBlob(sha);
      if (content === null) throw bad(place, `the file ${sha} is not in the blobs folder`);
    }
    if (sha256Hex(content) !== sha) throw bad(place, `the bytes given for ${sha} hash otherwise`);
    if (Number(row.size) !== content.byteLength)
      throw bad(place, `size ${String(row.size)} but the file has ${content.byteLength} bytes`);
    bytes.set(sha, content);
  }
  if (doc.blobs.mode === "inline")
    for (const sha of Object.keys(doc.blobs.files))
      if (!listed.has(sha)) throw bad(`$.blobs.files["${sha}"]`, "is not a row of $.tables.blobs");
  return bytes;
}

/** Compilations before their parts, so that every parent exists when a part is written. */
function parentsFirst(rows: readonly DumpRow[]): DumpRow[] {
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  const depth = (r: DumpRow, seen = 0): number =>
    r.parent_id && byId.has(String(r.parent_id)) && seen < rows.length
      ? 1 + depth(byId.get(String(r.parent_id)) as DumpRow, seen + 1)
      : 0;
  return [...rows].sort((a, b) => depth(a) - depth(b));
}

export function createImportService(store: Store) {
  return {
    async importCase(caller: Caller, text: string, readBlob?: BlobReader): Promise<ImportReport> {
      assertMayAdminister(caller);
      let doc: CaseDocument;
      try {
        doc = parseCaseDocument(text, CASE_TABLES);
      } catch (error) {
        if (error instanceof CaseDocumentError)
          throw new InvalidInputError(error.message, error.place);
        throw error;
      }
      const schema = await schemaVersion(store.db);
      if (doc.schema !== schema)
        throw bad(
          "$.schema",
          `the document was read under ${doc.schema}, this store is at ${schema}`,
        );
      const columns = await checkColumns(store.db, doc);
      if (!(await storeIsEmpty(store.db))) throw new StoreNotEmptyError();
      const blobs = await collectBlobs(doc, readBlob);
      // Archive first, then one transaction (ARCHITECTURE.md): a failure leaves only blobs.
      for (const [sha, content] of blobs) await store.blobs.put(content, sha);
      const rows: { [table: string]: number } = {};
      await store.db.transaction(async (tx) => {
        if (!(await storeIsEmpty(tx))) throw new StoreNotEmptyError();
        for (const table of CASE_TABLES) {
          const all = doc.tables[table] ?? [];
          const ordered = table === "sources" ? parentsFirst(all) : all;
          try {
            await writeCaseTable(tx, table, columns.get(table) ?? [], ordered);
          } catch (error) {
            if (!(error instanceof RowRefusedError)) throw error;
            const row = ordered[error.index];
            // Sources are written parents first: name the row by its place in the document.
            const place =
              table === "sources" && row ? (all as readonly DumpRow[]).indexOf(row) : error.index;
            throw bad(
              `$.tables.${table}[${place}]`,
              `the store refused this row (${error.message})`,
            );
          }
          rows[table] = all.length;
        }
        await appendLog(tx, {
          actor: actorName(caller),
          action: "case.import",
          targetType: "case",
          targetId: doc.caseId,
          reason: null,
          data: {
            documentSha256: sha256Hex(text),
            exportedAt: doc.exportedAt,
            casefileVersion: doc.casefileVersion,
            // The state the document describes; exports of this store name it until it changes.
            logHead: doc.logHead === null ? null : { seq: doc.logHead.seq, hash: doc.logHead.hash },
            rows,
          },
        });
      });
      await refreshSearchStatistics(store.db);
      return { caseId: doc.caseId, rows, blobs: blobs.size, logHead: doc.logHead };
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
