/** Jobs over HTTP and through the CLI: 202 with the job's URL, progress to completion, refusals. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { PROCESS_TARGETS, type ProcessEnv } from "./support/process-targets.js";
import { type ServerProcess, startServerProcess } from "./support/server-process.js";

const tokenOf = (dataDir: string) =>
  (JSON.parse(readFileSync(join(dataDir, "server.json"), "utf8")) as { token: string }).token;

interface JobBody {
  id: string;
  state: string;
  url: string;
  progress: { done: number; total: number; failed: number };
  result: { created?: number } | null;
  items?: { label: string; state: string }[];
}

describe.each(PROCESS_TARGETS)("jobs over HTTP on $name", (processTarget) => {
  let target: ProcessEnv;
  let server: ServerProcess | null = null;
  beforeEach(async () => {
    target = await processTarget.create();
  });
  afterEach(async () => {
    await server?.stop();
    server = null;
    await target.dispose();
  });

  it("answers a batch upload with 202 and the job's URL, and the job runs to its result", async () => {
    server = await startServerProcess(target.env);
    const auth = { authorization: `Bearer ${tokenOf(target.dataDir)}` };
    const form = new FormData();
    form.append("kind", "press");
    form.append("file", new Blob(["One\n\nAt least 7 people were killed.\n"]), "one.txt");
    form.append("file", new Blob(["Two\n\nSome 30 houses burned.\n"]), "two.txt");
    const started = await fetch(`${server.url}/api/jobs/ingest`, {
      method: "POST",
      body: form,
      headers: auth,
    });
    expect(started.status).toBe(202);
    const job = (await started.json()) as JobBody;
    expect(started.headers.get("location")).toBe(`/api/jobs/${job.id}`);
    let body: JobBody = job;
    for (let i = 0; i < 300 && body.state !== "completed"; i++) {
      await new Promise((r) => setTimeout(r, 200));
      body = (await (await fetch(`${server.url}${job.url}`, { headers: auth })).json()) as JobBody;
    }
    expect(body).toMatchObject({ state: "completed", progress: { done: 2, total: 2, failed: 0 } });
    expect(body.result?.created).toBe(2);
    expect(body.items?.map((i) => i.state)).toEqual(["done", "done"]);

    const list = (await (await fetch(`${server.url}/api/jobs`, { headers: auth })).json()) as {
      items: JobBody[];
    };
    expect(list.items.map((j) => j.id)).toContain(job.id);
    expect((await fetch(`${server.url}/api/jobs`)).status).toBe(401);
    const bad = await fetch(`${server.url}/api/jobs`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ type: "no-such-job" }),
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/problem\+json/);

    // The CLI reaches the same jobs (through the server on the embedded store).
    const cli = await runCasefile(["jobs", "list", "--json"], target.env);
    expect(cli.code).toBe(0);
    expect(jsonOf<{ items: JobBody[] }>(cli).items.map((j) => j.id)).toContain(job.id);
  }, 240_000);
});
