/**
 * The job queue: pg-boss (a maintained PostgreSQL queue: SKIP LOCKED delivery, retries, expiry of
 * jobs whose worker died) in the schema `pgboss` of whichever store is open. It talks to the store
 * through `Db.sql`, so the embedded store (PGlite) and a PostgreSQL server carry the same queue.
 * A sender wakes the workers of its own process at once (`wake`) and, on a PostgreSQL server,
 * those of every other process by a NOTIFY that its transaction delivers on commit; the workers'
 * polls then only find what no message announces (retries, deliveries whose worker died), so they
 * can be rare: ten loops polling twice a second cost an idle worker and its database backends
 * ~3.6 % of a core, paid again for every second a batch took (BENCHMARKS.md, issue 14).
 */
import PgBoss from "pg-boss";
import type { Db, Queryable, SqlParam } from "./db.js";

/** What travels through the queue: Casefile's job id, and an item's position for item jobs. */
export interface QueueMessage {
  readonly jobId: string;
  readonly seq?: number;
}

export interface QueueOptions {
  /** How long a delivery may run before it is failed and retried (its worker is presumed dead). */
  readonly expireInSeconds: number;
  readonly retryLimit: number;
}

export interface JobQueue {
  ensureQueue(name: string, options: QueueOptions): Promise<void>;
  /** Queues messages; with `tx`, inside that transaction (they exist only if it commits). */
  send(name: string, messages: readonly QueueMessage[], tx?: Queryable): Promise<void>;
  /** Tells this process's workers of `name` that messages were committed: they fetch at once. */
  wake(name: string): void;
  /**
   * Polls `name` with `concurrency` loops in this process, each taking up to `perDelivery`
   * messages a fetch and handling them one after another; resolves once they are registered.
   */
  work(
    name: string,
    options: { readonly concurrency: number; readonly perDelivery: number },
    handler: (message: QueueMessage, attempt: { last: boolean }) => Promise<void>,
  ): Promise<void>;
  /**
   * Fails (and so retries) every active delivery at once. Only for the embedded store, where the
   * one-process rule proves that whoever ran them is dead; a server's workers wait for expiry.
   */
  retryOrphans(): Promise<number>;
  stop(): Promise<void>;
}

const SCHEMA = "pgboss";
/** The NOTIFY channel on which a sender names the queue it sent to. */
const CHANNEL = "casefile_jobs";

export async function openJobQueue(
  db: Db,
  options: { maintenanceIntervalSeconds: number; pollingIntervalSeconds: number },
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => db.sql(text, values) },
    schema: SCHEMA,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: 60,
    // Casefile's own tables keep the record of each job; pg-boss's rows are delivery only.
    archiveCompletedAfterSeconds: 3600,
  });
  const errors: Error[] = [];
  boss.on("error", (error: Error) => {
    // A lost connection or a stopped store while polling: reported by the next call instead.
    errors.push(error);
    if (errors.length > 20) errors.shift();
  });
  await boss.start();
  const known = new Set<string>();
  const workers = new Map<string, string[]>();
  let stopped = false;
  const wake = (name: string) => {
    for (const id of workers.get(name) ?? []) boss.notifyWorker(id);
  };
  let listening: Promise<(() => Promise<void>) | null> | null = null;
  // A payload names a queue; null (the connection was lost meanwhile) may stand for any of them.
  const listenForSenders = async () =>
    db.listen
      ? await db
          .listen(CHANNEL, (payload) => {
            for (const name of payload === null ? workers.keys() : [payload]) wake(name);
          })
          .catch((error: Error) => {
            // Without messages the polls still find every job, only later.
            errors.push(error);
            return null;
          })
      : null;
  return {
    async ensureQueue(name, q) {
      if (known.has(name)) return;
      await boss.createQueue(name, {
        name,
        expireInSeconds: q.expireInSeconds,
        retryLimit: q.retryLimit,
        retryDelay: 1,
      });
      // createQueue leaves an existing queue as it was; its expiry follows the configuration.
      await boss.updateQueue(name, {
        name,
        expireInSeconds: q.expireInSeconds,
        retryLimit: q.retryLimit,
        retryDelay: 1,
      });
      known.add(name);
    },
    async send(name, messages, tx) {
      if (messages.length === 0) return;
      const through = tx && {
        db: {
          executeSql: async (text: string, values: unknown[]) => ({
            rows: await tx.query(text, values as SqlParam[]),
          }),
        },
      };
      await boss.insert(
        messages.map((data) => ({ name, data: { ...data } })),
        through || {},
      );
      // Delivered when the transaction commits (at once without one): other processes' workers
      // fetch then instead of at their next poll.
      if (db.listen) await (tx ?? db).query("SELECT pg_notify($1, $2)", [CHANNEL, name]);
    },
    async work(name, { concurrency, perDelivery }, handler) {
      listening ??= listenForSenders();
      await listening;
      for (let i = 0; i < concurrency; i++) {
        let workerId: string | null = null;
        workerId = await boss.work<QueueMessage>(
          name,
          {
            pollingIntervalSeconds: options.pollingIntervalSeconds,
            batchSize: perDelivery,
            includeMetadata: true,
          },
          async (jobs) => {
            for (const job of jobs) {
              try {
                await handler(job.data, { last: job.retryCount >= job.retryLimit });
              } catch (error) {
                // This message alone is retried; pg-boss completes the others of the delivery
                // (its completion skips a message no longer active).
                await boss.fail(
                  name,
                  job.id,
                  error instanceof Error ? error : { message: String(error) },
                );
              }
            }
            // pg-boss waits a polling interval after every fetch; after a delivery there is
            // likely more to take, so fetch again at once (an empty fetch then waits).
            if (jobs.length > 0 && workerId) boss.notifyWorker(workerId);
          },
        );
        workers.set(name, [...(workers.get(name) ?? []), workerId]);
      }
    },
    wake,
    async retryOrphans() {
      const { rows } = await db.sql(
        `SELECT name, id FROM ${SCHEMA}.job WHERE state = 'active'`,
        [],
      );
      const byQueue = new Map<string, string[]>();
      for (const row of rows as { name: string; id: string }[])
        byQueue.set(row.name, [...(byQueue.get(row.name) ?? []), row.id]);
      for (const [name, ids] of byQueue) await boss.fail(name, ids);
      return rows.length;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await (await listening)?.();
      // Running deliveries get a moment to finish; what does not is retried by the next process.
      await boss.stop({ graceful: true, wait: true, timeout: 5000, close: false });
    },
  };
}
