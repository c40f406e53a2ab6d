/**
 * SQL of a whole case as rows: every table's rows that belong to one case and that a caller may
 * see, read as JSON in one snapshot, and written back verbatim (same ids, hashes, versions, times)
 * into an empty store. Rows travel as `to_jsonb` of the table row, and come back through
 * `jsonb_populate_recordset`, so every column (a later migration's too) round-trips unchanged.
 */
import type { Queryable } from "./db.js";
import { listVisible, recordVisible, sourceVisible } from "./visibility.sql.js";

export type DumpRow = { readonly [column: string]: unknown };

/** The tables of a case in the order they are written (every reference before what refers to it). */
export const CASE_TABLES = [
  "blobs",
  "acquisitions",
  "cases",
  "claimants",
  "case_persons",
  "case_person_versions",
  "person_consents",
  "person_consent_versions",
  "sources",
  "source_versions",
  "passages",
  "transcripts",
  "transcript_cues",
  "claims",
  "claim_versions",
  "claim_media_locators",
  "grades",
  "evidence_links",
  "evidence_link_versions",
  "person_lists",
  "person_records",
  "linkage_runs",
  "record_links",
  "record_link_versions",
  "media_files",
  "media_derivatives",
  "media_hashes",
  "chronicle_entries",
  "captures",
  "capture_files",
  "access_grants",
] as const;
export type CaseTable = (typeof CASE_TABLES)[number];

/**
 * The store's other tables, and why a case document does not carry them. A test reads the
 * migrated schema and fails on any table that is in neither list, so a migration that adds a
 * table holding a case's data cannot leave it out of exports and imports unnoticed.
 */
export const NOT_CASE_TABLES: { readonly [table: string]: string } = {
  schema_migrations: "the store's schema version: the document names it ($.schema) instead",
  activity_log:
    "the store's own hash chain, never copied: an import appends one entry naming the document's log head",
  users: "accounts of this installation, not of a case",
  groups: "accounts of this installation, not of a case",
  group_members: "accounts of this installation, not of a case",
  sessions: "sign-ins to this installation",
  api_tokens: "credentials of this installation",
  server_secrets: "secrets of this installation",
  jobs: "background work of this installation (an export run as a job is a file, not case data)",
  job_items: "background work of this installation",
  job_log: "background work of this installation",
  logged_views: "which page views the activity log already records: bookkeeping of one store",
  passage_search: "derived from passages: written with them, from their tokens",
  person_record_name_keys:
    "derived from each record's name, computed again at a list's first search (and would spell a protected name)",
};
export type CaseTables = { [T in CaseTable]: DumpRow[] };

/** Columns each table is ordered by, so that two dumps of the same rows are the same text. */
const ORDER: Record<CaseTable, string> = {
  blobs: "sha256",
  acquisitions: "id",
  cases: "id",
  claimants: "case_id, id",
  case_persons: "id",
  case_person_versions: "person_id, version",
  person_consents: "id",
  person_consent_versions: "consent_id, version",
  sources: "id",
  source_versions: "source_id, version",
  passages: "id",
  transcripts: "source_id",
  transcript_cues: "passage_id",
  claims: "id",
  claim_versions: "claim_id, version",
  claim_media_locators: "claim_id",
  grades: "target_type, target_id, version",
  evidence_links: "id",
  evidence_link_versions: "link_id, version",
  person_lists: "id",
  person_records: "id",
  linkage_runs: "id",
  record_links: "id",
  record_link_versions: "link_id, version",
  media_files: "blob_sha256",
  media_derivatives: "original_sha256, role, seq",
  media_hashes: "blob_sha256, frame, win",
  chronicle_entries: "case_id, position, id",
  captures: "id",
  capture_files: "capture_id, seq",
  access_grants: "target_type, target_id, principal",
};

/** The table's columns that are written (generated columns are computed again). */
export async function writableColumns(db: Queryable, table: CaseTable): Promise<string[]> {
  const rows = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

async function computedColumns(db: Queryable, table: CaseTable): Promise<string[]> {
  const rows = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND is_generated <> 'NEVER'`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

async function select(
  tx: Queryable,
  table: CaseTable,
  where: string,
  params: readonly (string | readonly string[])[],
): Promise<DumpRow[]> {
  const skip = await computedColumns(tx, table);
  const rows = await tx.query<{ row: DumpRow }>(
    `SELECT to_jsonb(t) - $1::text[] AS row FROM ${table} t WHERE ${where} ORDER BY ${ORDER[table]
      .split(", ")
      .map((c) => `t.${c}`)
      .join(", ")}`,
    [skip, ...params],
  );
  return rows.map((r) => r.row);
}

/**
 * The ids of a case's sources (parameter $n the case): those filed under it, the media files its
 * web captures kept (filed under the page's case; a store captured before that kept them with no
 * case), and the transcripts of those recordings.
 */
const caseSourceIds = (n: number) => `(
  WITH own AS (SELECT id FROM sources WHERE case_id = $${n}),
  captured AS (
    SELECT f.source_id AS id FROM capture_files f
      JOIN captures c ON c.id = f.capture_id JOIN sources m ON m.id = f.source_id
     WHERE c.source_id IN (SELECT id FROM own) AND (m.case_id IS NULL OR m.case_id = $${n}))
  SELECT id FROM own UNION SELECT id FROM captured
  UNION SELECT tr.source_id FROM transcripts tr WHERE tr.media_source_id IN (SELECT id FROM captured))`;

const ids = (rows: readonly DumpRow[], column: string): string[] => [
  ...new Set(rows.flatMap((r) => (typeof r[column] === "string" ? [r[column] as string] : []))),
];

/** Which rows beyond the visible material an export may hold. */
export interface CaseTableScope {
  /** Grants name accounts: an administrator's export only. */
  readonly grants: boolean;
  /** The case's registered persons (their real names) and consents: whoever may see the names. */
  readonly persons: boolean;
}

/** The case's rows the visibility keys allow, in one snapshot: call it first in a transaction. */
export async function readCaseTables(
  tx: Queryable,
  caseId: string,
  visibility: readonly string[],
  scope: CaseTableScope,
): Promise<CaseTables> {
  // One snapshot for every table (on PostgreSQL each statement would otherwise see its own).
  await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
  // Times as UTC, whatever the server's zone, so that every store writes the same text.
  await tx.query("SET LOCAL TimeZone = 'UTC'");
  const cases = await select(tx, "cases", "t.id = $2", [caseId]);
  const claimants = await select(tx, "claimants", "t.case_id = $2", [caseId]);
  const persons = scope.persons ? await select(tx, "case_persons", "t.case_id = $2", [caseId]) : [];
  const personVersions = await select(tx, "case_person_versions", "t.person_id = ANY($2::uuid[])", [
    ids(persons, "id"),
  ]);
  const consents = await select(tx, "person_consents", "t.person_id = ANY($2::uuid[])", [
    ids(persons, "id"),
  ]);
  const consentVersions = await select(
    tx,
    "person_consent_versions",
    "t.consent_id = ANY($2::uuid[])",
    [ids(consents, "id")],
  );
  let sources = await select(
    tx,
    "sources",
    `t.id IN ${caseSourceIds(2)} AND ${sourceVisible(3, "t")}`,
    [caseId, visibility],
  );
  // A part whose compilation is not exported would point nowhere: leave it out too.
  for (;;) {
    const kept = new Set(ids(sources, "id"));
    const next = sources.filter((s) => s.parent_id === null || kept.has(s.parent_id as string));
    if (next.length === sources.length) break;
    sources = next;
  }
  const sourceIds = ids(sources, "id");
  const sourceVersions = await select(tx, "source_versions", "t.source_id = ANY($2::uuid[])", [
    sourceIds,
  ]);
  const passages = await select(tx, "passages", "t.source_id = ANY($2::uuid[])", [sourceIds]);
  // A transcript travels with its recording: both must be in the export.
  const transcripts = await select(
    tx,
    "transcripts",
    "t.source_id = ANY($2::uuid[]) AND t.media_source_id = ANY($2::uuid[])",
    [sourceIds],
  );
  const cues = await select(tx, "transcript_cues", "t.passage_id = ANY($2::uuid[])", [
    ids(passages, "id"),
  ]);
  const claims = await select(tx, "claims", "t.source_id = ANY($2::uuid[])", [sourceIds]);
  const claimIds = ids(claims, "id");
  const claimVersions = await select(tx, "claim_versions", "t.claim_id = ANY($2::uuid[])", [
    claimIds,
  ]);
  const locators = await select(tx, "claim_media_locators", "t.claim_id = ANY($2::uuid[])", [
    claimIds,
  ]);
  const grades = await select(
    tx,
    "grades",
    "(t.target_type = 'source' AND t.target_id = ANY($2::uuid[])) OR (t.target_type = 'claim' AND t.target_id = ANY($3::uuid[]))",
    [sourceIds, claimIds],
  );
  const passageIds = ids(passages, "id");
  const links = await select(
    tx,
    "evidence_links",
    `t.case_id = $2 AND t.source_id = ANY($3::uuid[])
     AND (t.claim_id IS NULL OR t.claim_id = ANY($4::uuid[]))
     AND (t.passage_id IS NULL OR t.passage_id = ANY($5::uuid[]))`,
    [caseId, sourceIds, claimIds, passageIds],
  );
  const linkVersions = await select(tx, "evidence_link_versions", "t.link_id = ANY($2::uuid[])", [
    ids(links, "id"),
  ]);
  const lists = await select(tx, "person_lists", `t.case_id = $2 AND ${listVisible(3, "t")}`, [
    caseId,
    visibility,
  ]);
  const records = await select(
    tx,
    "person_records",
    `t.list_id = ANY($2::uuid[]) AND EXISTS (SELECT 1 FROM person_lists l WHERE l.id = t.list_id AND ${recordVisible(3, "t", "l")})`,
    [ids(lists, "id"), visibility],
  );
  const recordIds = ids(records, "id");
  const recordLinks = await select(
    tx,
    "record_links",
    "t.left_record = ANY($2::uuid[]) AND t.right_record = ANY($2::uuid[])",
    [recordIds],
  );
  const recordLinkVersions = await select(
    tx,
    "record_link_versions",
    "t.link_id = ANY($2::uuid[])",
    [ids(recordLinks, "id")],
  );
  const runs = await select(tx, "linkage_runs", "t.id = ANY($2::uuid[])", [
    ids(recordLinks, "run_id"),
  ]);
  // An entry is seen by whoever may see its image and its own level (chronicle.repository.ts).
  const entries = await select(
    tx,
    "chronicle_entries",
    `t.case_id = $2 AND t.source_id = ANY($3::uuid[]) AND EXISTS (
       SELECT 1 FROM sources s WHERE s.id = t.source_id
          AND casefile_may_see(t.access, 'source', ARRAY[s.id::text, s.parent_id::text], s.case_id, $4))`,
    [caseId, sourceIds, visibility],
  );
  const exportedRecords = new Set(recordIds);
  // A person shown stays named; the link to their record only when the record travels too.
  const chronicle = entries.map((e) => ({
    ...e,
    persons: (e.persons as { readonly recordId?: unknown }[]).map((p) =>
      typeof p.recordId !== "string" || exportedRecords.has(p.recordId)
        ? p
        : { ...p, recordId: null },
    ),
  }));
  // A capture is its page's; a media file it kept travels when its source does.
  const captures = await select(tx, "captures", "t.source_id = ANY($2::uuid[])", [sourceIds]);
  const captureFiles = await select(
    tx,
    "capture_files",
    "t.capture_id = ANY($2::uuid[]) AND (t.source_id IS NULL OR t.source_id = ANY($3::uuid[]))",
    [ids(captures, "id"), sourceIds],
  );
  const sourceBlobs = ids(sources, "blob_sha256");
  const mediaFiles = await select(tx, "media_files", "t.blob_sha256 = ANY($2)", [sourceBlobs]);
  const mediaShas = ids(mediaFiles, "blob_sha256");
  const derivatives = await select(tx, "media_derivatives", "t.original_sha256 = ANY($2)", [
    mediaShas,
  ]);
  const hashes = await select(tx, "media_hashes", "t.blob_sha256 = ANY($2)", [mediaShas]);
  const blobShas = [
    ...new Set([
      ...sourceBlobs,
      ...ids(lists, "blob_sha256"),
      ...ids(derivatives, "blob_sha256"),
      ...ids(captureFiles, "blob_sha256"),
    ]),
  ];
  const acquisitions = await select(
    tx,
    "acquisitions",
    "t.id = ANY($2::uuid[]) OR t.blob_sha256 = ANY($3)",
    [[...ids(sources, "acquisition_id"), ...ids(lists, "acquisition_id")], blobShas],
  );
  const blobs = await select(tx, "blobs", "t.sha256 = ANY($2)", [blobShas]);
  const grants = scope.grants
    ? await select(
        tx,
        "access_grants",
        `(t.target_type = 'source' AND t.target_id = ANY($2)) OR (t.target_type = 'person_list' AND t.target_id = ANY($3))
         OR (t.target_type = 'case' AND t.target_id = $4)`,
        [sourceIds, ids(lists, "id"), caseId],
      )
    : [];
  return {
    blobs,
    acquisitions,
    cases,
    claimants,
    case_persons: persons,
    case_person_versions: personVersions,
    person_consents: consents,
    person_consent_versions: consentVersions,
    sources,
    source_versions: sourceVersions,
    passages,
    transcripts,
    transcript_cues: cues,
    claims,
    claim_versions: claimVersions,
    claim_media_locators: locators,
    grades,
    evidence_links: links,
    evidence_link_versions: linkVersions,
    person_lists: lists,
    person_records: records,
    linkage_runs: runs,
    record_links: recordLinks,
    record_link_versions: recordLinkVersions,
    media_files: mediaFiles,
    media_derivatives: derivatives,
    media_hashes: hashes,
    chronicle_entries: chronicle,
    captures,
    capture_files: captureFiles,
    access_grants: grants,
  };
}

/** A row the store refused, by its index in the rows given (the import names it as a place). */
export class RowRefusedError extends Error {
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * Writes rows verbatim, table by table in CASE_TABLES order (call inside one transaction). A chunk
 * the store refuses is written again row by row to find the row at fault, so the error names it;
 * the transaction then fails whole.
 */
export async function writeCaseTable(
  tx: Queryable,
  table: CaseTable,
  columns: readonly string[],
  rows: readonly DumpRow[],
): Promise<void> {
  const list = columns.map((c) => `"${c}"`).join(", ");
  const insert = (chunk: readonly DumpRow[]) =>
    tx.query(
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
      [JSON.stringify(chunk)],
    );
  // Chunks of 100 rows with a turn of the event loop between them (see insert-rows.ts).
  for (let i = 0; i < rows.length; i += 100) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = rows.slice(i, i + 100);
    await tx.query("SAVEPOINT case_rows");
    try {
      await insert(chunk);
    } catch (error) {
      await tx.query("ROLLBACK TO SAVEPOINT case_rows");
      for (const [j, row] of chunk.entries())
        await insert([row]).catch((refused: unknown) => {
          throw new RowRefusedError(i + j, refused);
        });
      throw new RowRefusedError(i, error);
    }
    await tx.query("RELEASE SAVEPOINT case_rows");
  }
}

/** True when the store holds no case, source or person list (an import's precondition). */
export async function storeIsEmpty(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM sources) + (SELECT count(*) FROM person_lists) AS n",
  );
  return Number(row?.n ?? 0) === 0;
}

/** The newest migration applied: a document is read only by a store of the same schema. */
export async function schemaVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ name: string }>("SELECT max(name) AS name FROM schema_migrations");
  return row?.name ?? "";
}

/** How many sources and person records the case holds in all, whoever may see them (as dumped). */
export async function caseRowCounts(
  db: Queryable,
  caseId: string,
): Promise<{ sources: number; records: number }> {
  const [row] = await db.query<{ sources: number; records: number }>(
    `SELECT (SELECT count(*) FROM sources t WHERE t.id IN ${caseSourceIds(1)}) AS sources,
            (SELECT count(*) FROM person_records r JOIN person_lists l ON l.id = r.list_id
              WHERE l.case_id = $1) AS records`,
    [caseId],
  );
  return { sources: Number(row?.sources ?? 0), records: Number(row?.records ?? 0) };
}
