/**
 * Unreferenced archived files ("orphans"): bytes written to the blob store by an ingest that then
 * failed or was killed before its transaction recorded them (archive first, then one transaction).
 * `verify` lists them; `gc` removes those older than a grace period, so that an ingest still
 * between its write and its commit (or one about to re-use the bytes, which rewrites their time)
 * never loses its file. Each removal is recorded in the hash-chained log.
 */
import type { StoredBlob } from "../store/blob-store.js";
import { listBlobRecords } from "../store/blobs.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { actorName, type Caller } from "./caller.js";
import { ServiceError } from "./errors.js";
import { assertMayAdminister } from "./policies/access.policy.js";

export const DEFAULT_GRACE_MS = 24 * 60 * 60 * 1000;

export interface OrphanBlob {
  readonly sha256: string;
  /** When the bytes were last written (ISO 8601). */
  readonly modified: string;
}

export interface GcReport {
  readonly graceMs: number;
  readonly dryRun: boolean;
  /** Orphans older than the grace period: removed, or (dry run) to be removed. */
  readonly removed: OrphanBlob[];
  /** Orphans within the grace period, kept for now. */
  readonly kept: OrphanBlob[];
}

/** Stored blobs that no `blobs` record names. */
export async function orphanBlobs(store: Store): Promise<StoredBlob[]> {
  const referenced = new Set((await listBlobRecords(store.db)).map((b) => b.sha256));
  const orphans: StoredBlob[] = [];
  for await (const blob of store.blobs.list()) if (!referenced.has(blob.sha256)) orphans.push(blob);
  return orphans;
}

export const presentOrphan = (b: StoredBlob): OrphanBlob => ({
  sha256: b.sha256,
  modified: b.modified.toISOString(),
});

export function createBlobGcService(store: Store) {
  return {
    async gc(
      caller: Caller,
      options: { graceMs?: number; dryRun?: boolean; now?: Date } = {},
    ): Promise<GcReport> {
      assertMayAdminister(caller);
      const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
      if (!(Number.isFinite(graceMs) && graceMs >= 0))
        throw new ServiceError(
          "invalid-input",
          400,
          `the grace period must be a duration of 0 or more, not ${graceMs} ms`,
          { field: "graceSeconds" },
        );
      const dryRun = options.dryRun ?? false;
      const cutoff = (options.now ?? new Date()).getTime() - graceMs;
      const removed: OrphanBlob[] = [];
      const kept: OrphanBlob[] = [];
      for (const orphan of await orphanBlobs(store)) {
        if (orphan.modified.getTime() > cutoff) {
          kept.push(presentOrphan(orphan));
          continue;
        }
        if (dryRun) {
          removed.push(presentOrphan(orphan));
          continue;
        }
        const gone = await store.db.transaction(async (tx) => {
          // Checked again just before removing: an ingest may have recorded the bytes, or be
          // about to re-use them (its write renews their time), since the listing.
          const [row] = await tx.query("SELECT 1 FROM blobs WHERE sha256 = $1", [orphan.sha256]);
          const modified = await store.blobs.modified(orphan.sha256);
          if (row || modified === null || modified.getTime() > cutoff) return false;
          await appendLog(tx, {
            actor: actorName(caller),
            action: "blob.gc",
            targetType: "blob",
            targetId: orphan.sha256,
            reason: "unreferenced archived file past the grace period",
            data: { modified: orphan.modified.toISOString(), graceMs },
          });
          await store.blobs.remove(orphan.sha256);
          return true;
        });
        if (gone) removed.push(presentOrphan(orphan));
      }
      return { graceMs, dryRun, removed, kept };
    },
  };
}
export type BlobGcService = ReturnType<typeof createBlobGcService>;
