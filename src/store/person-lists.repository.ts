/** SQL of person lists and their records. Callers pass the access levels they may see. */
import { nameSearchKeys } from "../core/memorial/name-query.js";
import { recordName } from "../core/memorial/record-name.js";
import type { AccessLevel } from "../core/model/access.js";
import type { Queryable } from "./db.js";
import { listVisible } from "./visibility.sql.js";

export interface BadRowRecord {
  readonly line: number;
  readonly reason: string;
}

export interface PersonListRecord {
  readonly id: string;
  readonly name: string;
  readonly caseId: string | null;
  readonly fileName: string;
  readonly blobSha256: string;
  readonly acquisitionId: string;
  readonly header: readonly string[];
  readonly mapping: Readonly<Record<string, string>>;
  readonly access: AccessLevel;
  readonly recordCount: number;
  readonly badRows: readonly BadRowRecord[];
  readonly createdBy: string;
  readonly createdAt: Date;
}

export interface PersonRecordRow {
  readonly id: string;
  readonly listId: string;
  readonly rowNumber: number;
  readonly key: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly original: Readonly<Record<string, string>>;
}

interface ListRow {
  id: string;
  name: string;
  case_id: string | null;
  file_name: string;
  blob_sha256: string;
  acquisition_id: string;
  header: string[];
  mapping: Record<string, string>;
  access: AccessLevel;
  record_count: number;
  bad_rows: BadRowRecord[];
  created_by: string;
  created_at: Date;
}

const toList = (r: ListRow): PersonListRecord => ({
  id: r.id,
  name: r.name,
  caseId: r.case_id,
  fileName: r.file_name,
  blobSha256: r.blob_sha256,
  acquisitionId: r.acquisition_id,
  header: r.header,
  mapping: r.mapping,
  access: r.access,
  recordCount: r.record_count,
  badRows: r.bad_rows,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export async function insertPersonList(tx: Queryable, l: PersonListRecord): Promise<void> {
  await tx.query(
    `INSERT INTO person_lists (id, name, case_id, file_name, blob_sha256, acquisition_id, header, mapping, access,
       record_count, bad_rows, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      l.id,
      l.name,
      l.caseId,
      l.fileName,
      l.blobSha256,
      l.acquisitionId,
      JSON.stringify(l.header),
      JSON.stringify(l.mapping),
      l.access,
      l.recordCount,
      JSON.stringify(l.badRows),
      l.createdBy,
      l.createdAt,
    ],
  );
}

/** Inserts records in chunks; `onChunk` reports how many are in so far. */
export async function insertPersonRecords(
  tx: Queryable,
  access: AccessLevel,
  records: readonly PersonRecordRow[],
  onChunk?: (done: number) => void,
): Promise<void> {
  for (let i = 0; i < records.length; i += 500) {
    const chunk = records.slice(i, i + 500);
    const values: string[] = [];
    const params: (string | number)[] = [];
    for (const r of chunk) {
      const row = [
        r.id,
        r.listId,
        r.rowNumber,
        r.key,
        JSON.stringify(r.fields),
        JSON.stringify(r.original),
        access,
      ];
      values.push(`(${row.map((_, k) => `$${params.length + k + 1}`).join(", ")})`);
      params.push(...row);
    }
    await tx.query(
      `INSERT INTO person_records (id, list_id, row_number, record_key, fields, original, access) VALUES ${values.join(", ")}`,
      params,
    );
    await insertNameKeys(tx, chunk);
    onChunk?.(i + chunk.length);
  }
}

export async function findListByName(
  db: Queryable,
  name: string,
): Promise<PersonListRecord | null> {
  const rows = await db.query<ListRow>("SELECT * FROM person_lists WHERE name = $1", [name]);
  return rows[0] ? toList(rows[0]) : null;
}

export async function getPersonList(db: Queryable, id: string): Promise<PersonListRecord | null> {
  const rows = await db.query<ListRow>("SELECT * FROM person_lists WHERE id = $1", [id]);
  return rows[0] ? toList(rows[0]) : null;
}

export async function listPersonLists(
  db: Queryable,
  visibility: readonly string[],
  caseId?: string,
): Promise<PersonListRecord[]> {
  const rows = await db.query<ListRow>(
    `SELECT * FROM person_lists l WHERE ${listVisible(1)} AND ($2::text IS NULL OR case_id = $2)
     ORDER BY created_at, name`,
    [visibility as string[], caseId ?? null],
  );
  return rows.map(toList);
}

interface RecordRow {
  id: string;
  list_id: string;
  row_number: number;
  record_key: string;
  fields: Record<string, string>;
  original: Record<string, string>;
}

const toRecord = (r: RecordRow): PersonRecordRow => ({
  id: r.id,
  listId: r.list_id,
  rowNumber: r.row_number,
  key: r.record_key,
  fields: r.fields,
  original: r.original,
});

/** Records of some lists, in list and row order (the order linkage tables are built in). */
export async function recordsOfLists(
  db: Queryable,
  listIds: readonly string[],
  page?: { limit: number; offset: number },
): Promise<PersonRecordRow[]> {
  const rows = await db.query<RecordRow>(
    `SELECT id, list_id, row_number, record_key, fields, original FROM person_records
     WHERE list_id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], list_id), row_number
     LIMIT $2 OFFSET $3`,
    [listIds as string[], page?.limit ?? null, page?.offset ?? 0],
  );
  return rows.map(toRecord);
}

/**
 * The records of a list whose name keys meet every word's patterns (core/memorial/name-query.ts
 * `nameQueryPatterns`), in file order: the match runs in SQL, on the trigram index of the keys.
 * Records without keys yet (stored before they existed, or imported) get theirs first.
 */
export async function recordsOfListByName(
  db: Queryable,
  listId: string,
  words: readonly { prefix: string; sound: string | null }[],
): Promise<PersonRecordRow[]> {
  if (words.length === 0) return [];
  await fillNameKeys(db, listId);
  const params: (string | null)[] = [listId];
  const conditions = words.map((w) => {
    params.push(w.prefix, w.sound);
    const [prefix, sound] = [params.length - 1, params.length];
    return `(k.keys LIKE $${prefix} OR ($${sound}::text IS NOT NULL AND k.keys LIKE $${sound}))`;
  });
  const rows = await db.query<RecordRow>(
    `SELECT r.id, r.list_id, r.row_number, r.record_key, r.fields, r.original
       FROM person_records r JOIN person_record_name_keys k ON k.record_id = r.id
      WHERE r.list_id = $1 AND ${conditions.join(" AND ")} ORDER BY r.row_number`,
    params,
  );
  return rows.map(toRecord);
}

async function insertNameKeys(
  db: Queryable,
  records: readonly { id: string; fields: Readonly<Record<string, string>> }[],
): Promise<void> {
  if (records.length === 0) return;
  await db.query(
    `INSERT INTO person_record_name_keys (record_id, keys)
     SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT (record_id) DO NOTHING`,
    [records.map((r) => r.id), records.map((r) => nameSearchKeys([recordName(r.fields)]))],
  );
}

/** Gives the keys to a list's records that have none yet. */
async function fillNameKeys(db: Queryable, listId: string): Promise<void> {
  const missing = await db.query<{ id: string; fields: Record<string, string> }>(
    `SELECT r.id, r.fields FROM person_records r
       LEFT JOIN person_record_name_keys k ON k.record_id = r.id
      WHERE r.list_id = $1 AND k.record_id IS NULL`,
    [listId],
  );
  for (let i = 0; i < missing.length; i += 500) await insertNameKeys(db, missing.slice(i, i + 500));
}

/** Record id → list id for the records of some lists (for clustering without the fields). */
export async function recordListIds(
  db: Queryable,
  listIds: readonly string[],
): Promise<{ id: string; list_id: string }[]> {
  return db.query<{ id: string; list_id: string }>(
    "SELECT id, list_id FROM person_records WHERE list_id = ANY($1::uuid[]) ORDER BY list_id, row_number",
    [listIds as string[]],
  );
}

export interface CaseRecordRow {
  readonly id: string;
  readonly listId: string;
  readonly listName: string;
  readonly rowNumber: number;
  /** The record's own level and its list's: a record is public only when both are. */
  readonly access: AccessLevel;
  readonly listAccess: AccessLevel;
  readonly fields: Readonly<Record<string, string>>;
}

/** Every record on the lists of a case, whatever its level (the caller's policy decides). */
export async function recordsOfCase(db: Queryable, caseId: string): Promise<CaseRecordRow[]> {
  const rows = await db.query<{
    id: string;
    list_id: string;
    list_name: string;
    row_number: number;
    access: AccessLevel;
    list_access: AccessLevel;
    fields: Record<string, string>;
  }>(
    `SELECT r.id, r.list_id, l.name AS list_name, r.row_number, r.access, l.access AS list_access, r.fields
       FROM person_records r JOIN person_lists l ON l.id = r.list_id
      WHERE l.case_id = $1 ORDER BY l.created_at, l.name, r.row_number`,
    [caseId],
  );
  return rows.map((r) => ({
    id: r.id,
    listId: r.list_id,
    listName: r.list_name,
    rowNumber: Number(r.row_number),
    access: r.access,
    listAccess: r.list_access,
    fields: r.fields,
  }));
}
