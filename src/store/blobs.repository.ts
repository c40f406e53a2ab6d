/** SQL of blobs (the original bytes' records) and acquisitions (the chain of custody). */
import type { Queryable } from "./db.js";

export interface AcquisitionRecord {
  readonly id: string;
  readonly blobSha256: string;
  readonly acquiredBy: string;
  readonly acquiredAt: Date;
  readonly origin: string;
  readonly originalName: string;
  readonly tool: string;
}

export async function insertBlobRecord(
  tx: Queryable,
  sha256: string,
  size: number,
  mediaType: string,
  at: Date,
): Promise<void> {
  await tx.query(
    "INSERT INTO blobs (sha256, size, media_type, stored_at) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING",
    [sha256, size, mediaType, at],
  );
}

export async function insertAcquisition(tx: Queryable, a: AcquisitionRecord): Promise<void> {
  await tx.query(
    `INSERT INTO acquisitions (id, blob_sha256, acquired_by, acquired_at, origin, original_name, tool)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [a.id, a.blobSha256, a.acquiredBy, a.acquiredAt, a.origin, a.originalName, a.tool],
  );
}

interface AcquisitionRow {
  id: string;
  blob_sha256: string;
  acquired_by: string;
  acquired_at: Date;
  origin: string;
  original_name: string;
  tool: string;
}

export async function acquisitionsOf(db: Queryable, sha256: string): Promise<AcquisitionRecord[]> {
  const rows = await db.query<AcquisitionRow>(
    "SELECT * FROM acquisitions WHERE blob_sha256 = $1 ORDER BY acquired_at, id",
    [sha256],
  );
  return rows.map((r) => ({
    id: r.id,
    blobSha256: r.blob_sha256,
    acquiredBy: r.acquired_by,
    acquiredAt: r.acquired_at,
    origin: r.origin,
    originalName: r.original_name,
    tool: r.tool,
  }));
}

/** Every blob's address and recorded size, in a stable order, for verification. */
export async function listBlobRecords(db: Queryable): Promise<{ sha256: string; size: number }[]> {
  const rows = await db.query<{ sha256: string; size: number }>(
    "SELECT sha256, size FROM blobs ORDER BY stored_at, sha256",
  );
  return rows.map((r) => ({ sha256: r.sha256, size: Number(r.size) }));
}
