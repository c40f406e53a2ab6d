/** SQL of a case's photo chronicle. Callers pass the visibility keys the access policy made. */
import type { AccessLevel } from "../core/model/access.js";
import type { Queryable } from "./db.js";
import { recordVisible, sourceVisible } from "./visibility.sql.js";

export interface ChroniclePerson {
  readonly name: string;
  readonly recordId: string | null;
}

export interface ChronicleEntryRecord {
  readonly id: string;
  readonly caseId: string;
  readonly sourceId: string;
  readonly position: number;
  readonly caption: string;
  readonly persons: readonly ChroniclePerson[];
  readonly access: AccessLevel;
  readonly version: number;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly changedAt: Date;
  readonly changedBy: string;
}

interface EntryRow {
  id: string;
  case_id: string;
  source_id: string;
  position: number;
  caption: string;
  persons: ChroniclePerson[];
  access: AccessLevel;
  version: number;
  created_at: Date;
  created_by: string;
  changed_at: Date;
  changed_by: string;
}

const toEntry = (r: EntryRow): ChronicleEntryRecord => ({
  id: r.id,
  caseId: r.case_id,
  sourceId: r.source_id,
  position: Number(r.position),
  caption: r.caption,
  persons: r.persons,
  access: r.access,
  version: Number(r.version),
  createdAt: r.created_at,
  createdBy: r.created_by,
  changedAt: r.changed_at,
  changedBy: r.changed_by,
});

/**
 * An entry is seen by whoever may see its source and also its own level (with the source's
 * grants): never more visible than the image it shows.
 */
const entryVisible = (n: number) =>
  `${sourceVisible(n, "s")} AND casefile_may_see(e.access, 'source', ARRAY[s.id::text, s.parent_id::text], s.case_id, $${n})`;

/** The entries of a case the keys allow, in order. */
export async function visibleEntries(
  db: Queryable,
  caseId: string,
  visibility: readonly string[],
): Promise<ChronicleEntryRecord[]> {
  const rows = await db.query<EntryRow>(
    `SELECT e.* FROM chronicle_entries e JOIN sources s ON s.id = e.source_id
      WHERE e.case_id = $1 AND s.deleted_at IS NULL AND ${entryVisible(2)}
      ORDER BY e.position, e.id`,
    [caseId, visibility as string[]],
  );
  return rows.map(toEntry);
}

/** Every entry of a case, in order, whoever may see it (for renumbering; no policy here). */
export async function allEntries(db: Queryable, caseId: string): Promise<ChronicleEntryRecord[]> {
  const rows = await db.query<EntryRow>(
    "SELECT * FROM chronicle_entries WHERE case_id = $1 ORDER BY position, id",
    [caseId],
  );
  return rows.map(toEntry);
}

export async function getEntry(db: Queryable, id: string): Promise<ChronicleEntryRecord | null> {
  const rows = await db.query<EntryRow>("SELECT * FROM chronicle_entries WHERE id = $1", [id]);
  return rows[0] ? toEntry(rows[0]) : null;
}

export async function insertEntry(tx: Queryable, e: ChronicleEntryRecord): Promise<void> {
  await tx.query(
    `INSERT INTO chronicle_entries (id, case_id, source_id, position, caption, persons, access, version,
       created_at, created_by, changed_at, changed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      e.id,
      e.caseId,
      e.sourceId,
      e.position,
      e.caption,
      JSON.stringify(e.persons),
      e.access,
      e.version,
      e.createdAt,
      e.createdBy,
      e.changedAt,
      e.changedBy,
    ],
  );
}

/** Writes caption, persons and level as the next version; false when the version moved on. */
export async function updateEntry(
  tx: Queryable,
  e: ChronicleEntryRecord,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE chronicle_entries SET caption = $2, persons = $3, access = $4, version = $5,
       changed_at = $6, changed_by = $7
     WHERE id = $1 AND version = $8 RETURNING id`,
    [
      e.id,
      e.caption,
      JSON.stringify(e.persons),
      e.access,
      e.version,
      e.changedAt,
      e.changedBy,
      expectedVersion,
    ],
  );
  return rows.length > 0;
}

/** Sets the positions of a case's entries to 1..n in the order given. */
export async function renumber(tx: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `UPDATE chronicle_entries e SET position = o.n
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE e.id = o.id`,
    [ids as string[]],
  );
}

export async function deleteEntry(tx: Queryable, id: string): Promise<void> {
  await tx.query("DELETE FROM chronicle_entries WHERE id = $1", [id]);
}

/** Whether these registry records exist and the keys may see them (their list's rules). */
export async function visibleRecordIds(
  db: Queryable,
  ids: readonly string[],
  visibility: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>(
    `SELECT r.id FROM person_records r JOIN person_lists l ON l.id = r.list_id
      WHERE r.id = ANY($1::uuid[]) AND ${recordVisible(2, "r", "l")}`,
    [ids as string[], visibility as string[]],
  );
  return new Set(rows.map((r) => r.id));
}

export interface ChronicleMediaRow {
  readonly sourceId: string;
  readonly title: string;
  readonly kind: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly hasThumbnail: boolean;
}

/** For each source: its title and what the archive read of its picture (null kind: no media). */
export async function chronicleMedia(
  db: Queryable,
  sourceIds: readonly string[],
): Promise<Map<string, ChronicleMediaRow>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db.query<{
    id: string;
    title: string;
    kind: string | null;
    width: number | null;
    height: number | null;
    thumbnail: boolean;
  }>(
    `SELECT s.id, s.title, m.kind, m.width, m.height,
            EXISTS (SELECT 1 FROM media_derivatives d
                     WHERE d.original_sha256 = s.blob_sha256 AND d.role = 'thumbnail' AND d.seq = 0) AS thumbnail
       FROM sources s LEFT JOIN media_files m ON m.blob_sha256 = s.blob_sha256
      WHERE s.id = ANY($1::uuid[])`,
    [sourceIds as string[]],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        sourceId: r.id,
        title: r.title,
        kind: r.kind,
        width: r.width === null ? null : Number(r.width),
        height: r.height === null ? null : Number(r.height),
        hasThumbnail: r.thumbnail,
      },
    ]),
  );
}
