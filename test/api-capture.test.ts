/**
 * Web capture through the HTTP API on both stores: only editors start it (a job, 202), URLs are
 * checked first (scheme, private addresses unless the operator allows them) with problem details,
 * a 404 fails its own item, the capture record names every file by SHA-256 and is served to
 * whoever may see its page, and without Chromium the capture says so instead of failing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/core/hash/sha256.js";
import { startJobRunner } from "../src/services/jobs/job-runner.js";
import { JOB_TYPES } from "../src/services/jobs/job-types.js";
import { createServices } from "../src/services/services.js";
import { type CaptureSite, startCaptureSite } from "./support/capture-site.js";
import { STORE_TARGETS } from "./support/databases.js";
import { type InProcessApp, inProcessApp, OPERATOR } from "./support/in-process-app.js";

interface Capture {
  id: string;
  finalUrl: string;
  httpStatus: number;
  sourceId: string;
  warnings: string[];
  files: { seq: number; role: string; sha256: string; href: string; sourceId: string | null }[];
}

let site: CaptureSite;
beforeAll(async () => {
  site = await startCaptureSite();
});
afterAll(async () => site.close());

describe.each(STORE_TARGETS)("web capture over HTTP on $name", (target) => {
  let t: InProcessApp;
  const bearer: Record<string, string> = {};
  beforeAll(async () => {
    t = await inProcessApp(target, undefined, {
      ...process.env,
      CASEFILE_CAPTURE_ALLOW_PRIVATE: "1",
      // No browser here (the CLI and browser suites use one): the capture must say so and go on.
      CASEFILE_CHROMIUM: "/nonexistent/chromium",
    });
    for (const [username, role, scope] of [
      ["ed", "editor", "write"],
      ["vera", "viewer", "read"],
    ] as const) {
      await t.services.accounts.addUser(OPERATOR, {
        username,
        role,
        password: "capture password 1",
      });
      const { token } = await t.services.tokens.create(OPERATOR, {
        username,
        name: "t",
        scope,
      });
      bearer[username] = `Bearer ${token}`;
    }
  }, 120_000);
  afterAll(() => t?.dispose());

  const post = (who: string | null, body: unknown) =>
    t.app.inject({
      method: "POST",
      url: "/api/captures",
      headers: {
        "content-type": "application/json",
        ...(who ? { authorization: bearer[who] } : {}),
      },
      payload: JSON.stringify(body),
    });

  it("refuses anonymous callers, viewers, other schemes and (by default) private addresses, naming the problem", async () => {
    const url = `${site.origin}/page.html`;
    expect((await post(null, { urls: [url] })).statusCode).toBe(401);
    const viewer = await post("vera", { urls: [url] });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.headers["content-type"]).toMatch(/problem\+json/);
    const scheme = await post("ed", { urls: ["file:///etc/passwd"] });
    expect(scheme.statusCode).toBe(400);
    expect(scheme.json()).toMatchObject({ detail: expect.stringContaining("only http and https") });
    expect((await post("ed", { urls: [] })).statusCode).toBe(400);

    const strict = createServices(t.services.store, { door: "api", env: {} });
    await expect(
      strict.capture.start(OPERATOR, { urls: [url], metadata: {} }),
    ).rejects.toMatchObject({
      status: 403,
      type: "capture-refused",
      message: expect.stringContaining("127.0.0.1, a loopback or private address"),
    });
    await expect(
      strict.capture.start(OPERATOR, { urls: ["http://[::ffff:127.0.0.1]:9/"], metadata: {} }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("captures as a job; the record names every file; it is shown only to who may see the page", async () => {
    const started = await post("ed", {
      urls: [`${site.origin}/old`, `${site.origin}/gone`],
      metadata: { access: "restricted", kind: "press" },
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json() as { id: string; url: string };
    expect(started.headers.location).toBe(job.url);
    const runner = await startJobRunner(t.services, JOB_TYPES, { concurrency: 1 });
    let detail = await t.services.jobs.get(OPERATOR, job.id);
    try {
      for (let i = 0; i < 600 && !["completed", "failed"].includes(detail.state); i++) {
        await new Promise((r) => setTimeout(r, 200));
        detail = await t.services.jobs.get(OPERATOR, job.id);
      }
    } finally {
      await runner.stop();
    }
    const [captured, gone] = detail.items;
    expect(captured?.state, captured?.error ?? "").toBe("done");
    expect(gone).toMatchObject({
      state: "failed",
      error: expect.stringContaining("answered HTTP 404"),
    });

    const capture = captured?.result as unknown as Capture;
    expect(capture.finalUrl).toBe(`${site.origin}/page.html`);
    expect(capture.httpStatus).toBe(200);
    expect(capture.files.map((f) => f.role)).toEqual(["page", "media", "media", "warc"]);
    expect(capture.warnings.join("\n")).toContain(
      "no screenshot or PDF: CASEFILE_CHROMIUM names /nonexistent/chromium",
    );

    const read = (who: string | null, url: string) =>
      t.app.inject({ method: "GET", url, headers: who ? { authorization: bearer[who] } : {} });
    const listed = await read("ed", `/api/sources/${capture.sourceId}/captures`);
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as Capture[]).map((c) => c.id)).toEqual([capture.id]);
    // The item's result is the capture as stored: it was settled in the capture's transaction.
    expect((await read("ed", `/api/captures/${capture.id}`)).json()).toEqual(capture);
    // An item settled already (a second delivery after a crash) records no second capture.
    await expect(
      t.services.capture.capture(OPERATOR, `${site.origin}/old`, {
        metadata: { access: "restricted", kind: "press" },
        settle: async () => {
          throw new Error("item already settled");
        },
      }),
    ).rejects.toThrow("item already settled");
    const captures = await t.services.store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM captures",
    );
    expect(captures[0]?.n).toBe(1);
    // A picture of the page knows the capture it came from too.
    const picture = capture.files.find((f) => f.role === "media");
    const ofPicture = await read("ed", `/api/sources/${picture?.sourceId}/captures`);
    expect((ofPicture.json() as Capture[]).map((c) => c.id)).toEqual([capture.id]);
    for (const f of capture.files) {
      const file = await read("ed", f.href);
      expect(file.statusCode, f.role).toBe(200);
      expect(sha256Hex(file.rawPayload), f.role).toBe(f.sha256);
      expect(file.headers["x-content-sha256"]).toBe(f.sha256);
    }
    // Restricted like an upload marked so: anonymous callers learn nothing of it.
    expect((await read(null, `/api/captures/${capture.id}`)).statusCode).toBe(404);
    expect(
      (await read(null, capture.files.find((f) => f.role === "warc")?.href ?? "")).statusCode,
    ).toBe(404);
    expect((await read(null, `/api/sources/${capture.sourceId}/captures`)).statusCode).toBe(404);

    const source = await t.services.sources.get(OPERATOR, capture.sourceId);
    expect(source.access).toBe("restricted");
    const report = await t.services.verify.verify(OPERATOR);
    expect(report.problems).toEqual([]);
    const log = await t.services.log.list(OPERATOR, { targetId: capture.sourceId });
    expect(log.map((e) => e.action)).toContain("source.capture");
  }, 240_000);
});
