/** SQL of web captures and the files each kept. Plain records; who may see them is the service's policy. */
import type { Queryable } from "./db.js";
import { insertColumns } from "./insert-rows.js";

export type CaptureFileRole = "warc" | "page" | "screenshot" | "pdf" | "media";

export interface CaptureFileRecord {
  readonly seq: number;
  readonly role: CaptureFileRole;
  readonly url: string | null;
  readonly httpStatus: number | null;
  readonly blobSha256: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sourceId: string | null;
}

export interface CaptureRecord {
  readonly id: string;
  readonly url: string;
  readonly finalUrl: string;
  readonly httpStatus: number;
  readonly capturedAt: Date;
  readonly capturedBy: string;
  readonly tool: string;
  readonly sourceId: string;
  readonly warnings: readonly string[];
  readonly files: readonly CaptureFileRecord[];
}

interface CaptureRow {
  id: string;
  url: string;
  final_url: string;
  http_status: number;
  captured_at: Date;
  captured_by: string;
  tool: string;
  source_id: string;
  warnings: string[];
}

interface FileRow {
  capture_id: string;
  seq: number;
  role: CaptureFileRole;
  url: string | null;
  http_status: number | null;
  blob_sha256: string;
  media_type: string;
  size: string | number;
  source_id: string | null;
}

export async function insertCapture(tx: Queryable, c: CaptureRecord): Promise<void> {
  await tx.query(
    `INSERT INTO captures (id, url, final_url, http_status, captured_at, captured_by, tool, source_id, warnings)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      c.id,
      c.url,
      c.finalUrl,
      c.httpStatus,
      c.capturedAt,
      c.capturedBy,
      c.tool,
      c.sourceId,
      [...c.warnings],
    ],
  );
  await insertColumns(
    tx,
    "capture_files",
    [
      ["capture_id", "uuid"],
      ["seq", "integer"],
      ["role", "text"],
      ["url", "text"],
      ["http_status", "integer"],
      ["blob_sha256", "text"],
      ["media_type", "text"],
      ["size", "bigint"],
      ["source_id", "uuid"],
    ],
    c.files.map((f) => [
      c.id,
      f.seq,
      f.role,
      f.url,
      f.httpStatus,
      f.blobSha256,
      f.mediaType,
      f.size,
      f.sourceId,
    ]),
  );
}

async function withFiles(db: Queryable, rows: CaptureRow[]): Promise<CaptureRecord[]> {
  if (rows.length === 0) return [];
  const files = await db.query<FileRow>(
    "SELECT * FROM capture_files WHERE capture_id = ANY($1::uuid[]) ORDER BY capture_id, seq",
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    finalUrl: r.final_url,
    httpStatus: r.http_status,
    capturedAt: r.captured_at,
    capturedBy: r.captured_by,
    tool: r.tool,
    sourceId: r.source_id,
    warnings: r.warnings,
    files: files
      .filter((f) => f.capture_id === r.id)
      .map((f) => ({
        seq: f.seq,
        role: f.role,
        url: f.url,
        httpStatus: f.http_status,
        blobSha256: f.blob_sha256,
        mediaType: f.media_type,
        size: Number(f.size),
        sourceId: f.source_id,
      })),
  }));
}

export async function getCapture(db: Queryable, id: string): Promise<CaptureRecord | null> {
  const rows = await db.query<CaptureRow>("SELECT * FROM captures WHERE id = $1", [id]);
  return (await withFiles(db, rows))[0] ?? null;
}

/** The captures a source took part in: as their page or as one of their media files; newest first. */
export async function capturesOfSource(db: Queryable, sourceId: string): Promise<CaptureRecord[]> {
  const rows = await db.query<CaptureRow>(
    `SELECT c.* FROM captures c
      WHERE c.source_id = $1 OR EXISTS (SELECT 1 FROM capture_files f WHERE f.capture_id = c.id AND f.source_id = $1)
      ORDER BY c.captured_at DESC, c.id`,
    [sourceId],
  );
  return withFiles(db, rows);
}

/** Every capture with its files, oldest first (for `verify`). */
export async function listAllCaptures(db: Queryable): Promise<CaptureRecord[]> {
  const rows = await db.query<CaptureRow>("SELECT * FROM captures ORDER BY captured_at, id");
  return withFiles(db, rows);
}
