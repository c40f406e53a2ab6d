/** SQL of sources, their metadata versions and passages. Returns plain records; no policy here. */
import type { Affiliation } from "../core/case/vocabulary.js";
import type { AccessLevel } from "../core/model/access.js";
import type { PartialDate } from "../core/model/partial-date.js";
import type { SourceKind } from "../core/model/source-kind.js";
import { searchTokenList } from "../core/search/fold.js";
import { searchVector } from "../core/search/search-vector.js";
import type { SourceMetadata } from "../core/source/source-metadata.js";
import type { Passage } from "../core/text/passages.js";
import type { Queryable } from "./db.js";
import { sourceVisible } from "./visibility.sql.js";

export interface SourceRecord {
  readonly id: string;
  /** null for a citation-only source: known bibliographically, bytes not archived here. */
  readonly blobSha256: string | null;
  readonly acquisitionId: string | null;
  /** The source's id inside its case's data ("wp-1992-02-28"), when it comes from a case. */
  readonly caseRef: string | null;
  readonly parentId: string | null;
  readonly parentStart: number | null;
  readonly parentEnd: number | null;
  readonly format: string;
  readonly textSha256: string | null;
  readonly textLength: number;
  readonly version: number;
  readonly metadata: SourceMetadata;
  /** A reviewer's current reliability grade (A–F) from the grades table; null when ungraded. */
  readonly reliability: string | null;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly passageCount: number;
}

export interface NewSource {
  readonly id: string;
  readonly blobSha256: string | null;
  readonly acquisitionId: string | null;
  readonly caseRef?: string | null;
  readonly parent: { id: string; start: number; end: number } | null;
  readonly format: string;
  readonly text: string | null;
  readonly textSha256: string | null;
  readonly metadata: SourceMetadata;
  readonly createdAt: Date;
  readonly createdBy: string;
}

interface SourceRow {
  id: string;
  blob_sha256: string | null;
  acquisition_id: string | null;
  case_id: string | null;
  case_ref: string | null;
  affiliation: string | null;
  parent_id: string | null;
  parent_start: number | null;
  parent_end: number | null;
  format: string;
  text_sha256: string | null;
  text_length: number | null;
  version: number;
  kind: string;
  title: string;
  authors: string[];
  organisation: string | null;
  published_place: string | null;
  published_date: string | null;
  published_precision: PartialDate["precision"] | null;
  language: string | null;
  url: string | null;
  access: string;
  reliability: string | null;
  created_at: Date;
  created_by: string;
  passage_count: number;
}

const COLUMNS = `s.id, s.blob_sha256, s.acquisition_id, s.case_id, s.case_ref, s.affiliation, s.parent_id, s.parent_start, s.parent_end, s.format,
  s.text_sha256, length(s.text) AS text_length, s.version, s.kind, s.title, s.authors, s.organisation,
  s.published_place, s.published_date, s.published_precision, s.language, s.url, s.access,
  (SELECT g.grade FROM grades g WHERE g.target_type = 'source' AND g.target_id = s.id ORDER BY g.version DESC LIMIT 1) AS reliability,
  s.created_at, s.created_by,
  (SELECT count(*)::int FROM passages p WHERE p.source_id = s.id) AS passage_count`;

function toRecord(r: SourceRow): SourceRecord {
  return {
    id: r.id,
    blobSha256: r.blob_sha256,
    acquisitionId: r.acquisition_id,
    caseRef: r.case_ref,
    parentId: r.parent_id,
    parentStart: r.parent_start,
    parentEnd: r.parent_end,
    format: r.format,
    textSha256: r.text_sha256,
    textLength: Number(r.text_length ?? 0),
    version: r.version,
    metadata: {
      kind: r.kind as SourceKind,
      title: r.title,
      authors: r.authors,
      organisation: r.organisation,
      publishedPlace: r.published_place,
      published:
        r.published_date && r.published_precision
          ? { iso: r.published_date, precision: r.published_precision }
          : null,
      language: r.language,
      url: r.url,
      access: r.access as AccessLevel,
      affiliation: r.affiliation as Affiliation | null,
      caseId: r.case_id,
    },
    reliability: r.reliability,
    createdAt: r.created_at,
    createdBy: r.created_by,
    passageCount: Number(r.passage_count),
  };
}

function metadataParams(m: SourceMetadata) {
  return [
    m.kind,
    m.title,
    m.authors as string[],
    m.organisation,
    m.publishedPlace,
    m.published?.iso ?? null,
    m.published?.precision ?? null,
    m.language,
    m.url,
    m.access,
    m.affiliation,
    m.caseId,
  ] as const;
}

export async function insertSource(tx: Queryable, s: NewSource): Promise<void> {
  await tx.query(
    `INSERT INTO sources (id, blob_sha256, acquisition_id, parent_id, parent_start, parent_end, format, text, text_sha256,
       version, kind, title, authors, organisation, published_place, published_date, published_precision, language, url,
       access, affiliation, case_id, created_at, created_by, case_ref)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)`,
    [
      s.id,
      s.blobSha256,
      s.acquisitionId,
      s.parent?.id ?? null,
      s.parent?.start ?? null,
      s.parent?.end ?? null,
      s.format,
      s.text,
      s.textSha256,
      ...metadataParams(s.metadata),
      s.createdAt,
      s.createdBy,
      s.caseRef ?? null,
    ],
  );
  await insertVersion(tx, s.id, 1, s.metadata, s.createdAt, s.createdBy, null);
}

/**
 * The record `getSource` reads for a source just written with `insertSource` (ungraded, at its
 * first version), without reading it back: the ingest answers with what it wrote.
 */
export function writtenSource(s: NewSource, passageCount: number): SourceRecord {
  return {
    id: s.id,
    blobSha256: s.blobSha256,
    acquisitionId: s.acquisitionId,
    caseRef: s.caseRef ?? null,
    parentId: s.parent?.id ?? null,
    parentStart: s.parent?.start ?? null,
    parentEnd: s.parent?.end ?? null,
    format: s.format,
    textSha256: s.textSha256,
    textLength: s.text === null ? 0 : codePointCount(s.text),
    version: 1,
    metadata: s.metadata,
    reliability: null,
    createdAt: s.createdAt,
    createdBy: s.createdBy,
    passageCount,
  };
}

/** The text's length as the store counts it (`length(text)`: characters, not UTF-16 units). */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export async function insertVersion(
  tx: Queryable,
  sourceId: string,
  version: number,
  metadata: SourceMetadata,
  at: Date,
  by: string,
  reason: string | null,
): Promise<void> {
  await tx.query(
    "INSERT INTO source_versions (source_id, version, metadata, created_at, created_by, reason) VALUES ($1, $2, $3, $4, $5, $6)",
    [sourceId, version, JSON.stringify(metadata), at, by, reason],
  );
}

/**
 * Makes `metadata` the current version (version + 1) if the source is still at `version - 1`;
 * false when someone else changed it meanwhile. The caller records the version row.
 */
export async function updateCurrentMetadata(
  tx: Queryable,
  id: string,
  version: number,
  m: SourceMetadata,
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE sources SET version = $2, kind = $3, title = $4, authors = $5, organisation = $6, published_place = $7,
       published_date = $8, published_precision = $9, language = $10, url = $11, access = $12,
       affiliation = $13, case_id = $14
     WHERE id = $1 AND version = $2 - 1 RETURNING id`,
    [id, version, ...metadataParams(m)],
  );
  return rows.length === 1;
}

/**
 * Writes a source's passages and their search rows (`passage_search`) in one statement per 100
 * passages: the rows travel as arrays (`unnest`), and the search row carries the vector written
 * out here, so the store neither parses the tokens (to_tsvector) nor runs its trigger's fallback
 * for them (it finds their search rows already written). A vector that cannot be written out
 * (null) is computed by the store from the tokens.
 */
export async function insertPassages(
  tx: Queryable,
  sourceId: string,
  passages: readonly PassageRecord[],
): Promise<void> {
  // Folding a long text's passages for search takes a while: a chunk at a time, between inserts.
  for (let i = 0; i < passages.length; i += 100) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = passages.slice(i, i + 100);
    const tokens: string[] = [];
    const vectors: string[] = [];
    for (const p of chunk) {
      const list = searchTokenList(p.text);
      tokens.push(list.join(" "));
      vectors.push(searchVector(list) ?? "");
    }
    await tx.query(
      `WITH input AS (
         SELECT * FROM unnest($2::uuid[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[])
           AS i(id, seq, start_offset, end_offset, text, search_tokens, vector)
       ), written AS (
         INSERT INTO passages (id, source_id, seq, start_offset, end_offset, text, search_tokens)
         SELECT id, $1, seq, start_offset, end_offset, text, search_tokens FROM input
       )
       INSERT INTO passage_search (passage_id, source_id, tsv)
       SELECT id, $1, COALESCE(NULLIF(vector, '')::tsvector, strip(to_tsvector('simple', search_tokens))) FROM input`,
      [
        sourceId,
        chunk.map((p) => p.id),
        chunk.map((p) => p.seq),
        chunk.map((p) => p.start),
        chunk.map((p) => p.end),
        chunk.map((p) => p.text),
        tokens,
        vectors,
      ],
    );
  }
}

export async function findLiveSourceByBlob(
  db: Queryable,
  sha256: string,
): Promise<SourceRecord | null> {
  // Nearly every ingest finds none: a narrow look-up first (the full record's subqueries cost the
  // server more to plan than the index costs to read), the whole record only for a duplicate.
  const [hit] = await db.query<{ id: string }>(
    "SELECT id FROM sources WHERE blob_sha256 = $1 AND parent_id IS NULL AND deleted_at IS NULL",
    [sha256],
  );
  return hit ? getSource(db, hit.id) : null;
}

export async function getSource(db: Queryable, id: string): Promise<SourceRecord | null> {
  const rows = await db.query<SourceRow>(
    `SELECT ${COLUMNS} FROM sources s WHERE s.id = $1 AND s.deleted_at IS NULL`,
    [id],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function getSourceText(db: Queryable, id: string): Promise<string | null> {
  const rows = await db.query<{ text: string }>(
    "SELECT text FROM sources WHERE id = $1 AND deleted_at IS NULL",
    [id],
  );
  return rows[0]?.text ?? null;
}

export interface SourceFilter {
  /** The caller's visibility keys (policies/access.policy.ts). */
  readonly visibility: readonly string[];
  readonly caseId?: string | undefined;
  readonly kind?: string | undefined;
  readonly parentId?: string | undefined;
  readonly topLevelOnly?: boolean | undefined;
  readonly titleContains?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listSources(
  db: Queryable,
  f: SourceFilter,
): Promise<{ items: SourceRecord[]; total: number }> {
  const where = `s.deleted_at IS NULL AND ${sourceVisible(1)} AND ($2::text IS NULL OR s.kind = $2)
    AND ($3::uuid IS NULL OR s.parent_id = $3) AND (NOT $4 OR s.parent_id IS NULL)
    AND ($5::text IS NULL OR s.title ILIKE '%' || $5 || '%') AND ($6::text IS NULL OR s.case_id = $6)`;
  const params = [
    f.visibility as string[],
    f.kind ?? null,
    f.parentId ?? null,
    f.topLevelOnly ?? false,
    f.titleContains ?? null,
    f.caseId ?? null,
  ];
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM sources s WHERE ${where}`,
    params,
  );
  const rows = await db.query<SourceRow>(
    `SELECT ${COLUMNS} FROM sources s WHERE ${where} ORDER BY s.created_at DESC, s.parent_start NULLS FIRST, s.id LIMIT $7 OFFSET $8`,
    [...params, f.limit, f.offset],
  );
  return { items: rows.map(toRecord), total: count?.n ?? 0 };
}

/** How many sources of a case the caller may see, by kind (the filter of listSources). */
export async function countSourcesByKind(
  db: Queryable,
  visibility: readonly string[],
  caseId: string,
): Promise<Record<string, number>> {
  const rows = await db.query<{ kind: string; n: number }>(
    `SELECT s.kind, count(*)::int AS n FROM sources s
      WHERE s.deleted_at IS NULL AND ${sourceVisible(1)} AND s.case_id = $2 GROUP BY s.kind`,
    [visibility as string[], caseId],
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

export interface PassageRecord extends Passage {
  readonly id: string;
}

export async function passagesOf(db: Queryable, sourceId: string): Promise<PassageRecord[]> {
  const rows = await db.query<{
    id: string;
    seq: number;
    start_offset: number;
    end_offset: number;
    text: string;
  }>(
    "SELECT id, seq, start_offset, end_offset, text FROM passages WHERE source_id = $1 ORDER BY seq",
    [sourceId],
  );
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    start: r.start_offset,
    end: r.end_offset,
    text: r.text,
  }));
}

/** One passage by its id, with the source it belongs to. */
export async function getPassage(
  db: Queryable,
  id: string,
): Promise<(PassageRecord & { readonly sourceId: string }) | null> {
  const rows = await db.query<{
    id: string;
    source_id: string;
    seq: number;
    start_offset: number;
    end_offset: number;
    text: string;
  }>("SELECT id, source_id, seq, start_offset, end_offset, text FROM passages WHERE id = $1", [id]);
  const r = rows[0];
  return r
    ? {
        id: r.id,
        sourceId: r.source_id,
        seq: r.seq,
        start: r.start_offset,
        end: r.end_offset,
        text: r.text,
      }
    : null;
}

export interface VersionRecord {
  readonly version: number;
  readonly metadata: SourceMetadata;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly reason: string | null;
}

export async function versionsOf(db: Queryable, sourceId: string): Promise<VersionRecord[]> {
  const rows = await db.query<{
    version: number;
    metadata: SourceMetadata;
    created_at: Date;
    created_by: string;
    reason: string | null;
  }>(
    "SELECT version, metadata, created_at, created_by, reason FROM source_versions WHERE source_id = $1 ORDER BY version",
    [sourceId],
  );
  return rows.map((r) => ({
    version: r.version,
    metadata: r.metadata,
    createdAt: r.created_at,
    createdBy: r.created_by,
    reason: r.reason,
  }));
}

export async function tombstoneSource(
  tx: Queryable,
  id: string,
  at: Date,
  by: string,
  reason: string,
): Promise<void> {
  await tx.query(
    "UPDATE sources SET deleted_at = $2, deleted_by = $3, deleted_reason = $4 WHERE id = $1 OR parent_id = $1",
    [id, at, by, reason],
  );
}
