/**
 * The whole case as one JSON document (format "casefile-case"): the export stamp (time, Casefile
 * version, log head), the schema it was read under, every table's rows of the case, and the
 * archived files either inline (base64) or referenced by SHA-256 (their bytes beside the document).
 * Reading one checks its shape and names the first place that is wrong.
 */
import type { Json } from "../hash/canonical-json.js";

export const CASE_DOCUMENT_FORMAT = "casefile-case";
export const CASE_DOCUMENT_VERSION = 1;

export type DocumentRow = { [column: string]: Json };

export interface LogHeadStamp {
  readonly seq: number;
  readonly hash: string;
}

/** What every export states about itself. */
export interface ExportStamp {
  readonly exportedAt: string;
  readonly casefileVersion: string;
  readonly logHead: LogHeadStamp | null;
}

export type BlobContent =
  | {
      readonly mode: "inline";
      readonly files: { readonly [sha256: string]: string };
      /** Files an export left out because its reader may not see every name in the case. */
      readonly withheld?: readonly string[];
    }
  | { readonly mode: "referenced" };

export interface CaseDocument extends ExportStamp {
  readonly format: typeof CASE_DOCUMENT_FORMAT;
  readonly formatVersion: typeof CASE_DOCUMENT_VERSION;
  readonly caseId: string;
  /** The newest migration of the store it was read from; only such a store reads it back. */
  readonly schema: string;
  readonly tables: { readonly [table: string]: readonly DocumentRow[] };
  readonly blobs: BlobContent;
}

/** A document that cannot be read, with the place (a JSON path) where it goes wrong. */
export class CaseDocumentError extends Error {
  constructor(
    readonly place: string,
    problem: string,
  ) {
    super(`${place}: ${problem}`);
    this.name = "CaseDocumentError";
  }
}

const SHA256 = /^[0-9a-f]{64}$/;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function need(ok: boolean, place: string, problem: string): asserts ok {
  if (!ok) throw new CaseDocumentError(place, problem);
}

function readLogHead(v: unknown): LogHeadStamp | null {
  if (v === null) return null;
  need(isObject(v), "$.logHead", "must be null or {seq, hash}");
  need(Number.isInteger(v.seq), "$.logHead.seq", "must be an integer");
  need(typeof v.hash === "string" && SHA256.test(v.hash), "$.logHead.hash", "must be a SHA-256");
  return { seq: v.seq as number, hash: v.hash as string };
}

function readBlobs(v: unknown): BlobContent {
  need(isObject(v), "$.blobs", 'must be {mode: "inline", files} or {mode: "referenced"}');
  if (v.mode === "referenced") return { mode: "referenced" };
  need(v.mode === "inline", "$.blobs.mode", 'must be "inline" or "referenced"');
  need(isObject(v.files), "$.blobs.files", "must be an object of SHA-256 → base64");
  for (const [sha, b64] of Object.entries(v.files)) {
    need(SHA256.test(sha), `$.blobs.files["${sha}"]`, "the key must be a SHA-256");
    need(
      typeof b64 === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(b64),
      `$.blobs.files["${sha}"]`,
      "must be base64",
    );
  }
  const withheld = v.withheld ?? [];
  need(
    Array.isArray(withheld) && withheld.every((sha) => typeof sha === "string" && SHA256.test(sha)),
    "$.blobs.withheld",
    "must be a list of SHA-256",
  );
  return {
    mode: "inline",
    files: v.files as { [sha256: string]: string },
    withheld: withheld as string[],
  };
}

/** Reads a case document's text, checking its shape; tables' columns are checked by the store. */
export function parseCaseDocument(text: string, knownTables: readonly string[]): CaseDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CaseDocumentError("$", `not JSON (${(error as Error).message})`);
  }
  need(isObject(value), "$", "must be a JSON object");
  need(
    value.format === CASE_DOCUMENT_FORMAT,
    "$.format",
    `must be "${CASE_DOCUMENT_FORMAT}" (a Casefile case document made by \`casefile export --format json\`)`,
  );
  need(
    value.formatVersion === CASE_DOCUMENT_VERSION,
    "$.formatVersion",
    `must be ${CASE_DOCUMENT_VERSION}`,
  );
  need(typeof value.exportedAt === "string", "$.exportedAt", "must be a time");
  need(typeof value.casefileVersion === "string", "$.casefileVersion", "must be a string");
  need(
    typeof value.caseId === "string" && /^[a-z0-9][a-z0-9-]*$/.test(value.caseId),
    "$.caseId",
    "must be a case id",
  );
  need(typeof value.schema === "string", "$.schema", "must name a migration");
  need(isObject(value.tables), "$.tables", "must be an object of table → rows");
  const tables: { [table: string]: DocumentRow[] } = {};
  for (const [name, rows] of Object.entries(value.tables)) {
    need(knownTables.includes(name), `$.tables.${name}`, "is not a table of a case");
    need(Array.isArray(rows), `$.tables.${name}`, "must be an array of rows");
    rows.forEach((row, i) => {
      need(isObject(row), `$.tables.${name}[${i}]`, "must be an object (one row)");
    });
    tables[name] = rows as DocumentRow[];
  }
  for (const name of knownTables) need(name in tables, `$.tables.${name}`, "is missing");
  const cases = tables.cases ?? [];
  need(
    cases.length === 1 && cases[0]?.id === value.caseId,
    "$.tables.cases",
    `must hold exactly the case "${String(value.caseId)}"`,
  );
  return {
    format: CASE_DOCUMENT_FORMAT,
    formatVersion: CASE_DOCUMENT_VERSION,
    exportedAt: value.exportedAt,
    casefileVersion: value.casefileVersion,
    logHead: readLogHead(value.logHead),
    caseId: value.caseId,
    schema: value.schema,
    tables,
    blobs: readBlobs(value.blobs),
  };
}
