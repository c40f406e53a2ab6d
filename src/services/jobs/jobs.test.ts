/** Jobs through the services on every store: batch ingest shared by items, redelivery, cancel, refusals. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../../test/support/databases.js";
import type { Store } from "../../store/open-store.js";
import { ANONYMOUS, type Caller } from "../caller.js";
import { ServiceError } from "../errors.js";
import { createServices, type Services } from "../services.js";
import { type JobRunner, jobFinished, startJobRunner } from "./job-runner.js";
import { JOB_TYPES } from "./job-types.js";

// An operator name is never an account name (it holds a colon), so jobs run as the operator.
const operator: Caller = { kind: "operator", name: "cli:tester" };
const file = (name: string, text: string) => ({
  bytes: new TextEncoder().encode(text),
  fileName: name,
  origin: `test:${name}`,
});

async function waitFor(services: Services, jobId: string) {
  for (let i = 0; i < 600; i++) {
    if (await jobFinished(services, jobId)) return services.jobs.get(operator, jobId);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/**
 * Waits until the queue has settled every message it holds (none created, retrying or active):
 * what a worker was going to do with them is done, however slow the machine.
 */
async function queueSettled(store: Store) {
  for (let i = 0; i < 600; i++) {
    const [row] = await store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')",
    );
    if (row?.n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the queue did not settle");
}

// Generous bounds: workers poll, and a shared machine may be slow; nothing here measures speed.
describe.each(STORE_TARGETS)("jobs on $name", { timeout: 240_000 }, (target) => {
  let store: Store;
  let services: Services;
  let dispose: () => Promise<void>;
  let runner: JobRunner | null;
  beforeEach(async () => {
    ({ store, dispose } = await target.open());
    services = createServices(store, { door: "test" });
    runner = null;
  });
  afterEach(async () => {
    await runner?.stop();
    await dispose();
  });

  it("ingests a batch as items, records who started it, progress and result, and never twice", async () => {
    const job = await services.ingest.startBatch(operator, {
      files: [
        file(
          "a.txt",
          "First report\n\nAt least 12 people were killed in the village, the mayor said.\n",
        ),
        file("b.txt", "Second report\n\nAbout 40 residents were wounded during the night.\n"),
        file("empty.txt", ""),
      ],
      metadata: { kind: "press" },
    });
    expect(job).toMatchObject({
      state: "queued",
      startedBy: "cli:tester",
      url: `/api/jobs/${job.id}`,
    });
    expect(job.progress.total).toBe(3);
    runner = await startJobRunner(services, JOB_TYPES, { concurrency: 2 });
    const done = await waitFor(services, job.id);
    expect(done.state).toBe("completed");
    expect(done.progress).toMatchObject({ done: 3, failed: 1, total: 3 });
    expect(done.result).toMatchObject({ files: 3, created: 2, failed: 1 });
    expect(done.items.find((i) => i.label === "empty.txt")).toMatchObject({ state: "failed" });
    expect(done.items.find((i) => i.label === "empty.txt")?.error).toMatch(/empty/);
    expect(done.log.at(-1)?.message).toMatch(/finished: 2 done, 1 failed/);

    // A second delivery of a settled item (as after a crash) changes nothing.
    const queue = await store.queue();
    await queue.send("job-ingest-batch-item", [{ jobId: job.id, seq: 0 }]);
    queue.wake("job-ingest-batch-item");
    await queueSettled(store);
    const sources = await services.sources.list(operator, {});
    expect(sources.total).toBe(2);
    const [acq] = await store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM acquisitions",
    );
    expect(acq?.n).toBe(2);
    expect((await services.verify.verify(operator)).ok).toBe(true);
  });

  it("cancels a queued job so that none of its items runs", async () => {
    const job = await services.ingest.startBatch(operator, {
      files: [file("c.txt", "Some text about 5 persons missing.\n")],
      metadata: {},
    });
    const cancelled = await services.jobs.cancel(operator, job.id);
    expect(cancelled.state).toBe("cancelled");
    runner = await startJobRunner(services, JOB_TYPES, { concurrency: 1 });
    await queueSettled(store);
    expect((await services.sources.list(operator, {})).total).toBe(0);
    expect((await services.jobs.get(operator, job.id)).items[0]?.state).toBe("cancelled");
  });

  it("fails a whole job with the service's message and lists jobs newest first", async () => {
    const job = await services.jobs.start(operator, "linkage", {});
    runner = await startJobRunner(services, JOB_TYPES, { concurrency: 1 });
    const done = await waitFor(services, job.id);
    expect(done.state).toBe("failed");
    expect(done.error).toMatch(/no person lists/);
    const list = await services.jobs.list(operator, {});
    expect(list.items[0]?.id).toBe(job.id);
  });

  it("refuses bad input before queueing, and jobs to anonymous callers", async () => {
    await expect(services.jobs.start(operator, "linkage", { threshold: 5 })).rejects.toThrow(
      /threshold/,
    );
    await expect(services.jobs.start(operator, "nope", {})).rejects.toThrow(/unknown job type/);
    await expect(
      services.jobs.start(operator, "ingest-batch", { files: [{ sha256: "x", fileName: "a" }] }),
    ).rejects.toThrow(/files\[0\]\.sha256/);
    await expect(services.jobs.list(ANONYMOUS, {})).rejects.toBeInstanceOf(ServiceError);
    expect((await services.jobs.list(operator, {})).total).toBe(0);
  });
});
