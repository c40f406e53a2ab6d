/**
 * The worker: takes deliveries of every job type from the queue and runs them. It runs inside
 * `casefile serve` (always with the embedded store) and as `casefile worker` processes, any number
 * of them against one PostgreSQL server. A delivery may come twice (a crash, an expiry): whole jobs
 * are written to be repeatable and items settle in the transaction that commits their work.
 */
import { hostname } from "node:os";
import type { Json } from "../../core/hash/canonical-json.js";
import { isAccountActor } from "../../core/model/account.js";
import { userByName } from "../../store/accounts.repository.js";
import type { Queryable } from "../../store/db.js";
import type { QueueMessage } from "../../store/job-queue.js";
import {
  appendJobLog,
  finishJob,
  getJob,
  hasPendingItems,
  itemDelivery,
  jobInput,
  jobState,
  listJobItems,
  markJobRunning,
  recountJobItems,
  refreshJobResult,
  setJobProgress,
  settleJobItem,
  startJobItems,
} from "../../store/jobs.repository.js";
import { ANONYMOUS, type Caller } from "../caller.js";
import { ServiceError } from "../errors.js";
import type { Services } from "../services.js";
import {
  ItemAlreadySettledError,
  type ItemJobType,
  type JobContext,
  type JobType,
  type WholeJobType,
} from "./job-type.js";
import { ensureQueues, queueOf } from "./jobs.service.js";

export interface JobRunner {
  stop(): Promise<void>;
}

const CANCEL_POLL_MS = 1000;
/** How often a process recounts an item job's progress while it takes its items. */
const PROGRESS_EVERY_MS = 500;
/** This process, as recorded on the items it settles. */
const WORKER = `${hostname()}:${process.pid}`;

/**
 * The caller a job's work runs as: the account that started it, with its role and groups as they
 * are now (a disabled account's job sees only public material); the operator for the operator.
 */
async function callerOf(services: Services, startedBy: string): Promise<Caller> {
  // Accounts are never deleted, only disabled: a name that is no account is the operator's.
  const user = isAccountActor(startedBy) ? await userByName(services.store.db, startedBy) : null;
  if (!user) return { kind: "operator", name: startedBy };
  return (await services.signIn.sessionCaller(user.id)) ?? ANONYMOUS;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function context(
  services: Services,
  jobId: string,
  startedBy: string,
  signal: AbortSignal,
): Promise<JobContext> {
  const db = services.store.db;
  return {
    jobId,
    services,
    caller: await callerOf(services, startedBy),
    signal,
    progress: (done, total, currentItem = null) =>
      setJobProgress(db, jobId, { done, total, currentItem }, new Date()),
    log: (message) => appendJobLog(db, jobId, message, new Date()),
  };
}

/** Aborts `controller` once the job is cancelled (checked every second while work runs). */
function watchCancel(services: Services, jobId: string, controller: AbortController) {
  const timer = setInterval(() => {
    jobState(services.store.db, jobId).then(
      (state) => {
        if (state === "cancelled") controller.abort(new Error("the job was cancelled"));
      },
      () => {},
    );
  }, CANCEL_POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

async function runWhole(
  services: Services,
  type: WholeJobType,
  message: QueueMessage,
  lastAttempt: boolean,
) {
  const db = services.store.db;
  const job = await markJobRunning(db, message.jobId, new Date());
  if (job?.state !== "running") return;
  const controller = new AbortController();
  const unwatch = watchCancel(services, job.id, controller);
  const ctx = await context(services, job.id, job.startedBy, controller.signal);
  try {
    const result = await type.run(ctx, job.input);
    await finishJob(db, job.id, { state: "completed", result, error: null }, new Date());
    await ctx.log("finished");
  } catch (error) {
    if (controller.signal.aborted) return;
    // Bad input or a refused operation will not get better on a retry; anything else may.
    if (!(error instanceof ServiceError) && !lastAttempt) throw error;
    const text = messageOf(error);
    await finishJob(db, job.id, { state: "failed", result: null, error: text }, new Date());
    await ctx.log(`failed: ${text}`);
  } finally {
    unwatch();
  }
}

async function finishItemsIfDone(services: Services, type: ItemJobType, jobId: string) {
  const db = services.store.db;
  if (await hasPendingItems(db, jobId)) return;
  const counts = await recountJobItems(db, jobId, null, new Date());
  if (counts.pending > 0) return;
  const items = await listJobItems(db, jobId);
  const result: Json = type.summarise
    ? type.summarise(items.map((i) => ({ state: i.state, result: i.result, error: i.error })))
    : { done: counts.done, failed: counts.failed };
  if (await finishJob(db, jobId, { state: "completed", result, error: null }, new Date()))
    await appendJobLog(
      db,
      jobId,
      `finished: ${counts.done} done, ${counts.failed} failed`,
      new Date(),
    );
  // Another worker may have finished the job while this item's result was being written.
  else await refreshJobResult(db, jobId, result);
}

/**
 * What a process remembers of the item jobs it works on: their input (a batch's names every file;
 * it never changes) and when it last recounted their progress. A few jobs at a time.
 */
const itemJobs = new Map<string, { input: Json; recountedAt: number }>();
const REMEMBERED_JOBS = 16;

async function itemJob(db: Queryable, jobId: string) {
  const known = itemJobs.get(jobId);
  if (known) return known;
  const input = await jobInput(db, jobId);
  if (input === null) return null;
  if (itemJobs.size >= REMEMBERED_JOBS) itemJobs.delete(itemJobs.keys().next().value as string);
  const entry = { input, recountedAt: 0 };
  itemJobs.set(jobId, entry);
  return entry;
}

async function runItem(
  services: Services,
  type: ItemJobType,
  message: QueueMessage,
  lastAttempt: boolean,
) {
  const db = services.store.db;
  const seq = message.seq ?? 0;
  const jobId = message.jobId;
  // One statement for the job's state and the item; only the first items of a job start it.
  const delivery = await itemDelivery(db, jobId, seq);
  const job = delivery?.state === "queued" ? await startJobItems(db, jobId, new Date()) : delivery;
  if (job?.state !== "running") return;
  const item = delivery?.item ?? null;
  const known = item?.state === "pending" ? await itemJob(db, jobId) : null;
  if (item?.state === "pending" && known) {
    const controller = new AbortController();
    const unwatch = watchCancel(services, jobId, controller);
    const ctx = await context(services, jobId, job.startedBy, controller.signal);
    // Progress is counted from the items, twice a second at most: counting them for every item
    // of a large batch read the whole batch each time.
    if (Date.now() - known.recountedAt >= PROGRESS_EVERY_MS) {
      known.recountedAt = Date.now();
      await recountJobItems(db, jobId, item.label, new Date());
    }
    const settleAs = async (
      tx: Queryable,
      state: "done" | "failed",
      error: string | null,
      result: Json = null,
    ) => {
      if (!(await settleJobItem(tx, jobId, seq, { state, result, error, worker: WORKER })))
        throw new ItemAlreadySettledError(jobId, seq);
    };
    let settled = false;
    const settle = async (tx: Queryable, result: Json) => {
      await settleAs(tx, "done", null, result);
      settled = true;
    };
    try {
      const result = await type.runItem({ ...ctx, seq, settle }, known.input, item.input);
      // An item whose work is repeatable may leave settling to the runner.
      if (!settled) await db.transaction((tx) => settleAs(tx, "done", null, result));
    } catch (error) {
      if (!(error instanceof ItemAlreadySettledError)) {
        const permanent = error instanceof ServiceError || lastAttempt;
        if (!permanent) throw error;
        await db
          .transaction((tx) => settleAs(tx, "failed", messageOf(error)))
          .catch((e: unknown) => {
            if (!(e instanceof ItemAlreadySettledError)) throw e;
          });
        await ctx.log(`${item.label}: ${messageOf(error)}`);
      }
    } finally {
      unwatch();
    }
  }
  await finishItemsIfDone(services, type, jobId);
}

/**
 * How many items of a job one loop takes per fetch from the queue. On the embedded store a fetch
 * and its completion cost as much SQL as a small document's writes (pg-boss's statements on its
 * partitioned table: ~8 ms a message at load 8, BENCHMARKS.md issue 14), so items are taken a few
 * at a time. Few, so that a batch still spreads over every worker to its end, and a worker that
 * dies strands only these until their expiry (each settles in its own transaction, so a second
 * delivery of any of them changes nothing).
 */
const ITEMS_PER_DELIVERY = 4;

/**
 * Starts taking deliveries of every type: `concurrency` loops per queue in this process, and at
 * least two for item jobs, so that one item's writes overlap the next one's reading and extraction
 * (which run in the worker threads, before the item's transaction opens).
 */
export async function startJobRunner(
  services: Services,
  types: readonly JobType[],
  options: { concurrency: number },
): Promise<JobRunner> {
  const queue = await services.store.queue();
  await ensureQueues(services.store, types);
  if (services.store.db.driver === "pglite") await queue.retryOrphans();
  for (const type of types) {
    const loops = type.kind === "items" ? Math.max(2, options.concurrency) : options.concurrency;
    const perDelivery = type.kind === "items" ? ITEMS_PER_DELIVERY : 1;
    await queue.work(
      queueOf(type),
      { concurrency: loops, perDelivery },
      async (message, attempt) => {
        if (type.kind === "whole") await runWhole(services, type, message, attempt.last);
        else await runItem(services, type, message, attempt.last);
      },
    );
  }
  return { stop: () => queue.stop() };
}

/** Whether a job has finished (for callers that wait on one). */
export async function jobFinished(services: Services, jobId: string): Promise<boolean> {
  const job = await getJob(services.store.db, jobId);
  return job !== null && ["completed", "failed", "cancelled"].includes(job.state);
}
