/**
 * Several processes on one store. PostgreSQL: two API processes and two workers, a batch spread
 * over both workers, one worker killed with SIGKILL mid-batch: every file ingested exactly once and
 * `casefile verify` clean. Embedded store: the server (which runs the jobs) killed with SIGKILL
 * mid-batch resumes the job after a restart.
 */
import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { PROCESS_TARGETS } from "./support/process-targets.js";
import {
  type ServerProcess,
  startServerProcess,
  startWorkerProcess,
} from "./support/server-process.js";

const TOKEN = "test-operator-token-0123456789abcdef";
const FILES = 16;

interface Job {
  id: string;
  state: string;
  url: string;
  progress: { done: number; failed: number; total: number };
  items: { label: string; state: string; worker: string | null }[];
}

/**
 * Files with enough figures that each takes a moment to extract (a few hundred claims), so that a
 * worker can be killed while the batch runs; no more, as extraction is what this test pays for.
 */
function batchForm(): FormData {
  const form = new FormData();
  for (let f = 0; f < FILES; f++) {
    const lines = [`Batch report ${f}`];
    for (let i = 0; i < 500; i++)
      lines.push(
        `Entry ${f}-${i}: at least ${10 + ((i * 7 + f) % 900)} people were killed and about ${i % 80} wounded on ${1 + (i % 28)} February 1992.`,
      );
    form.append("file", new Blob([lines.join("\n")]), `report-${f}.txt`);
  }
  return form;
}

const auth = { authorization: `Bearer ${TOKEN}` };

async function getJob(url: string, id: string): Promise<Job> {
  const r = await fetch(`${url}/api/jobs/${id}`, { headers: auth });
  return (await r.json()) as Job;
}

async function waitUntil(check: () => Promise<boolean>, what: string, seconds = 300) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const children: ChildProcess[] = [];
const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
});

const postgres = PROCESS_TARGETS.find((t) => t.name === "postgres");
const pglite = PROCESS_TARGETS.find((t) => t.name === "pglite");

describe.runIf(postgres)("processes on one PostgreSQL server", () => {
  it("spreads a batch over two workers, survives one killed mid-job, ingests every file once", async () => {
    if (!postgres) return;
    const target = await postgres.create();
    const env = {
      ...target.env,
      CASEFILE_OPERATOR_TOKEN: TOKEN,
      CASEFILE_JOB_EXPIRE_SECONDS: "8",
      CASEFILE_THREADS: "1",
    };
    try {
      const api1 = await startServerProcess(env, ["--no-worker"]);
      servers.push(api1);
      const api2 = await startServerProcess(env, ["--no-worker"]);
      servers.push(api2);
      const w1 = await startWorkerProcess(env);
      const w2 = await startWorkerProcess(env);
      children.push(w1, w2);
      const started = await fetch(`${api1.url}/api/jobs/ingest`, {
        method: "POST",
        body: batchForm(),
        headers: auth,
      });
      expect(started.status).toBe(202);
      const { id } = (await started.json()) as Job;
      // Kill the first worker once both have settled something and the batch is not done.
      const workerOf = (j: Job) => new Set(j.items.map((i) => i.worker).filter(Boolean));
      await waitUntil(
        async () => workerOf(await getJob(api2.url, id)).size >= 2,
        "both workers to settle items",
      );
      const before = await getJob(api2.url, id);
      expect(before.progress.done).toBeLessThan(FILES);
      w1.kill("SIGKILL");
      await waitUntil(async () => (await getJob(api2.url, id)).state === "completed", "the job");
      const job = await getJob(api1.url, id);
      expect(job.progress).toMatchObject({ done: FILES, failed: 0, total: FILES });
      expect(workerOf(job).size).toBe(2);
      const sources = await runCasefile(["sources", "list", "--json", "--limit", "100"], env);
      const list = jsonOf<{ total: number; items: { title: string }[] }>(sources);
      expect(list.total).toBe(FILES);
      expect(new Set(list.items.map((s) => s.title)).size).toBe(FILES);
      const verify = await runCasefile(["verify", "--json"], env, { timeoutMs: 120_000 });
      expect(verify.code, verify.stderr).toBe(0);
      expect(jsonOf<{ ok: boolean; blobsChecked: number }>(verify)).toMatchObject({ ok: true });
    } finally {
      for (const s of servers.splice(0)) await s.stop();
      for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGTERM");
      await target.dispose();
    }
  }, 600_000);
});

describe.runIf(pglite)("the embedded store's server killed mid-job", () => {
  it("resumes the batch after a restart and ingests every file once", async () => {
    if (!pglite) return;
    const target = await pglite.create();
    const env = {
      ...target.env,
      CASEFILE_OPERATOR_TOKEN: TOKEN,
      CASEFILE_THREADS: "1",
    };
    try {
      const first = await startServerProcess(env);
      const started = await fetch(`${first.url}/api/jobs/ingest`, {
        method: "POST",
        body: batchForm(),
        headers: auth,
      });
      expect(started.status).toBe(202);
      const { id } = (await started.json()) as Job;
      await waitUntil(async () => (await getJob(first.url, id)).progress.done >= 2, "progress");
      first.child.kill("SIGKILL");
      await first.stop();
      const second = await startServerProcess(env);
      servers.push(second);
      await waitUntil(async () => (await getJob(second.url, id)).state === "completed", "the job");
      const job = await getJob(second.url, id);
      expect(job.progress).toMatchObject({ done: FILES, failed: 0, total: FILES });
      const sources = await runCasefile(["sources", "list", "--json", "--limit", "100"], env);
      expect(jsonOf<{ total: number }>(sources).total).toBe(FILES);
      const verify = await runCasefile(["verify", "--json"], env, { timeoutMs: 120_000 });
      expect(verify.code, verify.stderr).toBe(0);
    } finally {
      for (const s of servers.splice(0)) await s.stop();
      await target.dispose();
    }
  }, 600_000);
});
