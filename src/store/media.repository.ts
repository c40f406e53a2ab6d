/** SQL of media evidence: what was read from an original, its derivatives and hashes (claims.repository holds claim locators). */
import type { MediaMetadata } from "../core/media/media-metadata.js";
import type { Queryable } from "./db.js";
import { insertColumns } from "./insert-rows.js";

export interface MediaFileRecord {
  readonly blobSha256: string;
  readonly kind: "image" | "video" | "audio";
  readonly format: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly durationSeconds: number | null;
  readonly metadata: MediaMetadata;
  readonly warnings: readonly string[];
  readonly analysedAt: Date;
}

export interface DerivativeRecord {
  readonly originalSha256: string;
  readonly role: "thumbnail" | "web_copy" | "keyframe";
  readonly seq: number;
  readonly atSeconds: number | null;
  readonly blobSha256: string;
  readonly mediaType: string;
  readonly tool: string;
  readonly settings: Readonly<Record<string, string | number>>;
  readonly createdAt: Date;
}

export interface HashRow {
  readonly blobSha256: string;
  readonly frame: number;
  readonly atSeconds: number | null;
  readonly win: number;
  readonly hash: string;
}

export async function insertMediaFile(tx: Queryable, m: MediaFileRecord): Promise<void> {
  await tx.query(
    `INSERT INTO media_files (blob_sha256, kind, format, width, height, duration_seconds, metadata, warnings, analysed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (blob_sha256) DO NOTHING`,
    [
      m.blobSha256,
      m.kind,
      m.format,
      m.width,
      m.height,
      m.durationSeconds,
      JSON.stringify(m.metadata),
      m.warnings,
      m.analysedAt,
    ],
  );
}

export async function insertDerivatives(
  tx: Queryable,
  rows: readonly DerivativeRecord[],
): Promise<void> {
  await insertColumns(
    tx,
    "media_derivatives",
    [
      ["original_sha256", "text"],
      ["role", "text"],
      ["seq", "integer"],
      ["at_seconds", "double precision"],
      ["blob_sha256", "text"],
      ["media_type", "text"],
      ["tool", "text"],
      ["settings", "jsonb"],
      ["created_at", "timestamptz"],
    ],
    rows.map((d) => [
      d.originalSha256,
      d.role,
      d.seq,
      d.atSeconds,
      d.blobSha256,
      d.mediaType,
      d.tool,
      JSON.stringify(d.settings),
      d.createdAt,
    ]),
  );
}

export async function insertHashes(tx: Queryable, rows: readonly HashRow[]): Promise<void> {
  await insertColumns(
    tx,
    "media_hashes",
    [
      ["blob_sha256", "text"],
      ["frame", "integer"],
      ["at_seconds", "double precision"],
      ["win", "integer"],
      ["hash", "text"],
    ],
    rows.map((h) => [h.blobSha256, h.frame, h.atSeconds, h.win, h.hash]),
  );
}

interface MediaFileRow {
  blob_sha256: string;
  kind: MediaFileRecord["kind"];
  format: string;
  width: number | null;
  height: number | null;
  duration_seconds: number | null;
  metadata: MediaMetadata;
  warnings: string[];
  analysed_at: Date;
}

export async function getMediaFile(db: Queryable, sha256: string): Promise<MediaFileRecord | null> {
  const [r] = await db.query<MediaFileRow>("SELECT * FROM media_files WHERE blob_sha256 = $1", [
    sha256,
  ]);
  if (!r) return null;
  return {
    blobSha256: r.blob_sha256,
    kind: r.kind,
    format: r.format,
    width: r.width,
    height: r.height,
    durationSeconds: r.duration_seconds === null ? null : Number(r.duration_seconds),
    metadata: r.metadata,
    warnings: r.warnings,
    analysedAt: r.analysed_at,
  };
}

interface DerivativeRow {
  original_sha256: string;
  role: DerivativeRecord["role"];
  seq: number;
  at_seconds: number | null;
  blob_sha256: string;
  media_type: string;
  tool: string;
  settings: Record<string, string | number>;
  created_at: Date;
}

export async function derivativesOf(db: Queryable, sha256: string): Promise<DerivativeRecord[]> {
  const rows = await db.query<DerivativeRow>(
    "SELECT * FROM media_derivatives WHERE original_sha256 = $1 ORDER BY role, seq",
    [sha256],
  );
  return rows.map((r) => ({
    originalSha256: r.original_sha256,
    role: r.role,
    seq: r.seq,
    atSeconds: r.at_seconds === null ? null : Number(r.at_seconds),
    blobSha256: r.blob_sha256,
    mediaType: r.media_type,
    tool: r.tool,
    settings: r.settings,
    createdAt: r.created_at,
  }));
}

/** The hashes of one original (all its frames and windows). */
export async function hashesOf(db: Queryable, sha256: string): Promise<HashRow[]> {
  const rows = await db.query<{
    blob_sha256: string;
    frame: number;
    at_seconds: number | null;
    win: number;
    hash: string;
  }>(
    "SELECT blob_sha256, frame, at_seconds, win, hash FROM media_hashes WHERE blob_sha256 = $1 ORDER BY frame, win",
    [sha256],
  );
  return rows.map(toHashRow);
}

/** Every stored hash, for the in-memory index; `stamp` tells when it must be rebuilt. */
export async function allHashes(db: Queryable): Promise<HashRow[]> {
  const rows = await db.query<{
    blob_sha256: string;
    frame: number;
    at_seconds: number | null;
    win: number;
    hash: string;
  }>("SELECT blob_sha256, frame, at_seconds, win, hash FROM media_hashes");
  return rows.map(toHashRow);
}

/** A cheap fingerprint of the hash table's contents (rows and originals), to invalidate caches. */
export async function hashesStamp(db: Queryable): Promise<string> {
  const [r] = await db.query<{ n: string; m: string | null }>(
    "SELECT count(*)::text AS n, (SELECT max(analysed_at)::text FROM media_files) AS m FROM media_hashes",
  );
  return `${r?.n ?? 0}/${r?.m ?? ""}`;
}

const toHashRow = (r: {
  blob_sha256: string;
  frame: number;
  at_seconds: number | null;
  win: number;
  hash: string;
}): HashRow => ({
  blobSha256: r.blob_sha256,
  frame: r.frame,
  atSeconds: r.at_seconds === null ? null : Number(r.at_seconds),
  win: r.win,
  hash: r.hash,
});

export interface MediaSourceRow {
  readonly sourceId: string;
  readonly blobSha256: string;
  readonly title: string;
  readonly kind: string;
  readonly publishedDate: string | null;
  /** The first time these bytes reached the archive (any acquisition). */
  readonly firstAcquiredAt: Date;
}

/** Live top-level sources holding any of the blobs (the caller's policy filters them). */
export async function sourcesOfBlobs(
  db: Queryable,
  shas: readonly string[],
): Promise<MediaSourceRow[]> {
  if (shas.length === 0) return [];
  const rows = await db.query<{
    id: string;
    blob_sha256: string;
    title: string;
    kind: string;
    published_date: string | null;
    first: Date;
  }>(
    `SELECT s.id, s.blob_sha256, s.title, s.kind, s.published_date,
            (SELECT min(a.acquired_at) FROM acquisitions a WHERE a.blob_sha256 = s.blob_sha256) AS first
       FROM sources s
      WHERE s.blob_sha256 = ANY($1::text[]) AND s.parent_id IS NULL AND s.deleted_at IS NULL`,
    [shas],
  );
  return rows.map((r) => ({
    sourceId: r.id,
    blobSha256: r.blob_sha256,
    title: r.title,
    kind: r.kind,
    publishedDate: r.published_date,
    firstAcquiredAt: r.first,
  }));
}
