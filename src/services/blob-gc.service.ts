/**
 * Unreferenced archived files ("orphans"): bytes written to the blob store by an ingest that then
 * failed or was killed before its transaction recorded them (archive first, then one transaction).
 * A file is referenced by a `blobs` row (an archived original) or by a job record whose result
 * names it (an export or a brief a job wrote). `verify` lists the orphans; `gc` first expires the
 * records of jobs finished longer ago than the job retention (their files become orphans), then
 * removes orphans older than a grace period, so that an ingest still between its write and its
 * commit (or one about to re-use the bytes, which rewrites their time) never loses its file.
 * Each expiry and removal is recorded in the hash-chained log. It also forgets page views logged
 * longer ago than the view retention (`logged_views` only keeps a page's many requests from being
 * logged as many views; a page still open after that long may be logged again, which is harmless).
 */
import type { StoredBlob } from "../store/blob-store.js";
import { listBlobRecords } from "../store/blobs.repository.js";
import {
  expireFinishedJobs,
  isJobOutput,
  jobOutputBlobs,
  jobsFinishedBefore,
} from "../store/jobs.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { pruneLoggedViews } from "../store/view-log.repository.js";
import { actorName, type Caller } from "./caller.js";
import { ServiceError } from "./errors.js";
import { assertMayAdminister } from "./policies/access.policy.js";

export const DEFAULT_GRACE_MS = 24 * 60 * 60 * 1000;
/** How long the record of a finished job (and so its file) is kept: 30 days by default. */
export const DEFAULT_JOB_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/** How long a logged page view is remembered (so that it is logged once): 7 days by default. */
export const DEFAULT_VIEW_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

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
  readonly jobRetentionMs: number;
  /** Jobs finished before the retention whose records were removed (or, dry run, would be). */
  readonly expiredJobs: string[];
  readonly viewRetentionMs: number;
  /** Logged page views forgotten (or, dry run, to be forgotten) as older than the view retention. */
  readonly prunedViews: number;
}

/** Stored blobs that no `blobs` record and no job record names. */
export async function orphanBlobs(store: Store): Promise<StoredBlob[]> {
  const referenced = await jobOutputBlobs(store.db);
  for (const b of await listBlobRecords(store.db)) referenced.add(b.sha256);
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
      options: {
        graceMs?: number | undefined;
        jobRetentionMs?: number | undefined;
        viewRetentionMs?: number | undefined;
        dryRun?: boolean | undefined;
        now?: Date | undefined;
      } = {},
    ): Promise<GcReport> {
      assertMayAdminister(caller);
      const graceMs = duration(options.graceMs ?? DEFAULT_GRACE_MS, "grace period", "graceSeconds");
      const jobRetentionMs = duration(
        options.jobRetentionMs ?? DEFAULT_JOB_RETENTION_MS,
        "job retention",
        "keepJobsSeconds",
      );
      const viewRetentionMs = duration(
        options.viewRetentionMs ?? DEFAULT_VIEW_RETENTION_MS,
        "view retention",
        "keepViewsSeconds",
      );
      const dryRun = options.dryRun ?? false;
      const now = (options.now ?? new Date()).getTime();
      const cutoff = now - graceMs;
      const expiredJobs = await expireJobs(caller, new Date(now - jobRetentionMs), dryRun);
      const prunedViews = await pruneLoggedViews(store.db, new Date(now - viewRetentionMs), dryRun);
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
          if (
            row ||
            (await isJobOutput(tx, orphan.sha256)) ||
            modified === null ||
            modified.getTime() > cutoff
          )
            return false;
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
      return {
        graceMs,
        dryRun,
        removed,
        kept,
        jobRetentionMs,
        expiredJobs,
        viewRetentionMs,
        prunedViews,
      };
    },
  };

  async function expireJobs(caller: Caller, before: Date, dryRun: boolean): Promise<string[]> {
    return store.db.transaction(async (tx) => {
      if (dryRun) return jobsFinishedBefore(tx, before);
      const ids = await expireFinishedJobs(tx, before);
      for (const id of ids)
        await appendLog(tx, {
          actor: actorName(caller),
          action: "job.expire",
          targetType: "job",
          targetId: id,
          reason: "finished job past the job retention; its file is no longer referenced",
          data: { finishedBefore: before.toISOString() },
        });
      return ids;
    });
  }
}

function duration(ms: number, what: string, field: string): number {
  if (Number.isFinite(ms) && ms >= 0) return ms;
  throw new ServiceError(
    "invalid-input",
    400,
    `the ${what} must be a duration of 0 or more, not ${ms} ms`,
    {
      field,
    },
    { code: "invalid-input.duration", params: { field: field } },
  );
}
export type BlobGcService = ReturnType<typeof createBlobGcService>;
