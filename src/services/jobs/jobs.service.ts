/**
 * Starting, following and cancelling jobs. A job's record and its queue messages are written in
 * one transaction, so a job either exists and will run, or does not exist.
 */
import { randomUUID } from "node:crypto";
import {
  cancelJobRow,
  getJob,
  insertJob,
  JOB_STATES,
  type JobState,
  jobLog,
  listJobItems,
  listJobs,
} from "../../store/jobs.repository.js";
import type { Store } from "../../store/open-store.js";
import { jobTimingFromEnv } from "../../store/open-store.js";
import { actorName, type Caller } from "../caller.js";
import { InvalidInputError, NotFoundError } from "../errors.js";
import { pageOf } from "../paging.js";
import { assertMayWrite, effectiveRole } from "../policies/access.policy.js";
import { type JobView, presentJob } from "../presenters/job.presenter.js";
import type { JobType } from "./job-type.js";
import { outputOf } from "./types/file-output.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const queueOf = (type: JobType) =>
  type.kind === "items" ? `job-${type.type}-item` : `job-${type.type}`;

/** Makes sure the queue of every type exists with its expiry. */
export async function ensureQueues(store: Store, types: readonly JobType[]): Promise<void> {
  const queue = await store.queue();
  const fallback = jobTimingFromEnv(process.env).expireInSeconds;
  for (const t of types)
    await queue.ensureQueue(queueOf(t), {
      // The environment's setting wins where it is shorter (tests of crash recovery).
      expireInSeconds: Math.min(t.expireInSeconds ?? fallback, fallback),
      retryLimit: 3,
    });
}

export function createJobsService(store: Store, types: readonly JobType[]) {
  const byName = new Map(types.map((t) => [t.type, t]));
  let queuesReady: Promise<void> | null = null;

  /** A job is its starter's (its log and result show what they may see); administrators see all. */
  const mayFollow = (caller: Caller, startedBy: string) =>
    effectiveRole(caller) === "admin" || startedBy === actorName(caller);

  async function visibleJob(caller: Caller, id: string) {
    assertMayWrite(caller);
    const job = UUID.test(id) ? await getJob(store.db, id) : null;
    if (!job || !mayFollow(caller, job.startedBy))
      throw new NotFoundError(`job ${id}`, { code: "not-found.job", params: { id } });
    return job;
  }

  return {
    types: () => types.map((t) => ({ type: t.type, summary: t.summary, kind: t.kind })),

    typeOf(name: string): JobType {
      const type = byName.get(name);
      if (!type)
        throw new InvalidInputError(
          `unknown job type "${name}"; known: ${[...byName.keys()].join(", ")}`,
          "type",
          { code: "invalid-input.unknown", params: { field: "type", value: name } },
        );
      return type;
    },

    /** Queues a job of `typeName`; the job runs in whichever worker takes it. */
    async start(caller: Caller, typeName: string, rawInput: unknown): Promise<JobView> {
      assertMayWrite(caller);
      const type = this.typeOf(typeName);
      const input = type.parse(rawInput);
      const items = type.kind === "items" ? type.items(input) : [];
      if (type.kind === "items" && items.length === 0)
        throw new InvalidInputError("the job has nothing to do", "input", {
          code: "jobs.nothing-to-do",
        });
      queuesReady ??= ensureQueues(store, types).catch((error: unknown) => {
        queuesReady = null;
        throw error;
      });
      await queuesReady;
      const queue = await store.queue();
      const id = randomUUID();
      await store.db.transaction(async (tx) => {
        await insertJob(tx, {
          id,
          type: type.type,
          input,
          startedBy: actorName(caller),
          at: new Date(),
          items,
        });
        const messages =
          type.kind === "items" ? items.map((_, seq) => ({ jobId: id, seq })) : [{ jobId: id }];
        await queue.send(queueOf(type), messages, tx);
      });
      // A worker in this process (always so with the embedded store) need not wait for its poll.
      queue.wake(queueOf(type));
      return presentJob((await getJob(store.db, id)) ?? fail(id));
    },

    async get(caller: Caller, id: string, options: { logLines?: number } = {}) {
      const job = await visibleJob(caller, id);
      const log = await jobLog(store.db, job.id, options.logLines ?? 200);
      const items = (await listJobItems(store.db, job.id)).map((i) => ({
        seq: i.seq,
        label: i.label,
        state: i.state,
        result: i.result ?? null,
        error: i.error,
        worker: i.worker,
      }));
      return {
        ...presentJob(job),
        log: log.map((l) => ({ at: l.at.toISOString(), message: l.message })),
        items,
      };
    },

    async list(caller: Caller, q: { state?: string; limit?: number; offset?: number } = {}) {
      assertMayWrite(caller);
      if (q.state !== undefined && !(JOB_STATES as readonly string[]).includes(q.state))
        throw new InvalidInputError(`state must be one of ${JOB_STATES.join(", ")}`, "state", {
          code: "invalid-input.enum",
          params: { field: "state", allowed: JOB_STATES.join(", ") },
        });
      const p = pageOf(q.limit, q.offset, 50, 500);
      const { items, total } = await listJobs(store.db, {
        state: q.state as JobState | undefined,
        startedBy: effectiveRole(caller) === "admin" ? null : actorName(caller),
        ...p,
      });
      return { items: items.map(presentJob), total, ...p };
    },

    /** The file a finished export or report job made (its result names it by SHA-256). */
    async output(caller: Caller, id: string) {
      const job = await visibleJob(caller, id);
      const file = outputOf(job.result);
      if (job.state !== "completed" || !file)
        throw new NotFoundError(`a finished file of job ${id}`, {
          code: "not-found.job-file",
          params: { id },
        });
      // Like any file no record names, a job's file is removed by `casefile gc` after its grace.
      if (!(await store.blobs.has(file.sha256)))
        throw new NotFoundError(`the file of job ${id} (removed since; run the job again)`, {
          code: "not-found.job-file-removed",
          params: { id },
        });
      return { ...file, bytes: await store.blobs.read(file.sha256) };
    },

    /** Cancels a queued or running job: items not yet done never run; running work is told to stop. */
    async cancel(caller: Caller, id: string): Promise<JobView> {
      const job = await visibleJob(caller, id);
      await cancelJobRow(store.db, job.id, new Date());
      return presentJob((await getJob(store.db, job.id)) ?? fail(id));
    },
  };
}
export type JobsService = ReturnType<typeof createJobsService>;

function fail(id: string): never {
  throw new Error(`job ${id} vanished`);
}
