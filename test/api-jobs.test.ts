/** Jobs over HTTP and through the CLI: 202 with the job's URL, progress to completion, refusals. */
import { describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { PROCESS_TARGETS } from "./support/process-targets.js";
import { storePerTest } from "./support/served-store.js";

interface JobBody {
  id: string;
  state: string;
  url: string;
  progress: { done: number; total: number; failed: number };
  result: { created?: number } | null;
  items?: { label: string; state: string }[];
}

describe.each(PROCESS_TARGETS)("jobs over HTTP on $name", (processTarget) => {
  const t = storePerTest(processTarget);

  it("answers a batch upload with 202 and the job's URL, and the job runs to its result", async () => {
    const server = await t.serve();
    const auth = t.auth();
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
    const cli = await runCasefile(["jobs", "list", "--json"], t.target.env);
    expect(cli.code).toBe(0);
    expect(jsonOf<{ items: JobBody[] }>(cli).items.map((j) => j.id)).toContain(job.id);
  }, 240_000);
});
