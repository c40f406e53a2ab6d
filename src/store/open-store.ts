/**
 * Opens the store a process works on: PGlite in <dataDir>/pgdata by default, a PostgreSQL server
 * when a database URL is given. Blobs live in <dataDir>/blobs either way. Migrations run on open.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type BlobStore, openDirectoryBlobStore } from "./blob-store.js";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.js";
import type { Db } from "./db.js";
import type { JobQueue } from "./job-queue.js";
import { migrate } from "./migrate.js";

export interface StoreConfig {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  /** Who opens it, recorded in the lock so a second process can name the owner. */
  readonly command: string;
  /** s3://bucket/prefix for original files in an S3-compatible store; default <dataDir>/blobs. */
  readonly blobs?: string | undefined;
  /** Where the S3 driver reads its endpoint and credentials (the SDK's usual variables). */
  readonly env?: NodeJS.ProcessEnv | undefined;
}

export interface Store {
  readonly db: Db;
  readonly blobs: BlobStore;
  readonly dataDir: string;
  /** The job queue in this store, opened on first use and stopped by close(). */
  queue(): Promise<JobQueue>;
  close(): Promise<void>;
}

/**
 * How long a job delivery may run before it counts as abandoned and is retried
 * (CASEFILE_JOB_EXPIRE_SECONDS, default 15 minutes), and how often the queue checks for that.
 */
export function jobTimingFromEnv(env: NodeJS.ProcessEnv): {
  expireInSeconds: number;
  maintenanceIntervalSeconds: number;
} {
  const raw = env.CASEFILE_JOB_EXPIRE_SECONDS;
  const expire = raw === undefined || raw === "" ? 900 : Number(raw);
  if (!Number.isInteger(expire) || expire < 2)
    throw new RangeError(`CASEFILE_JOB_EXPIRE_SECONDS must be a whole number ≥ 2, got "${raw}"`);
  return {
    expireInSeconds: expire,
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(expire / 2))),
  };
}

/** The store configuration from the environment: CASEFILE_DATA (default ./data), DATABASE_URL. */
export function storeConfigFromEnv(
  env: NodeJS.ProcessEnv,
  cwd: string,
  command: string,
): StoreConfig {
  return {
    dataDir: resolve(cwd, env.CASEFILE_DATA ?? "data"),
    databaseUrl: env.DATABASE_URL || undefined,
    command,
    blobs: env.CASEFILE_BLOBS || undefined,
    env,
  };
}

export async function openStore(config: StoreConfig): Promise<Store> {
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // The S3 SDK is loaded only for an S3 store: it takes a third of a second at every start.
  const blobs = config.blobs
    ? (await import("./s3-blob-store.js")).openS3BlobStore(config.blobs, config.env ?? process.env)
    : openDirectoryBlobStore(join(dataDir, "blobs"));
  let lock: DataDirLock | null = null;
  let db: Db;
  // Only the driver in use is loaded (the other one's modules cost every start a few tenths of a
  // CPU second), and pg-boss only when the queue is first asked for: most commands never are.
  if (config.databaseUrl) {
    db = await (await import("./postgres-db.js")).openPostgresDb(config.databaseUrl);
  } else {
    const pgDir = join(dataDir, "pgdata");
    lock = acquireDataDirLock(dataDir, pgDir, config.command);
    try {
      db = await (await import("./pglite-db.js")).openPgliteDb(pgDir);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    lock?.release();
    throw error;
  }
  let closed = false;
  let queue: Promise<JobQueue> | null = null;
  return {
    db,
    blobs,
    dataDir,
    queue() {
      if (closed) return Promise.reject(new Error("the store is closed"));
      queue ??= import("./job-queue.js").then(({ openJobQueue }) =>
        openJobQueue(db, {
          maintenanceIntervalSeconds: jobTimingFromEnv(process.env).maintenanceIntervalSeconds,
          // Senders wake the workers (JobQueue.wake in their process, a NOTIFY for the others on
          // a PostgreSQL server): polls only find retries and deliveries whose worker died, which
          // maintenance makes visible no more often than every maintenance interval anyway. The
          // embedded store's polls run on the server's thread.
          pollingIntervalSeconds:
            db.driver === "pglite"
              ? 2
              : Math.min(5, jobTimingFromEnv(process.env).maintenanceIntervalSeconds),
        }),
      );
      return queue;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        if (queue) await (await queue.catch(() => null))?.stop();
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
