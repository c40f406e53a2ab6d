/**
 * Exports and imports as a person meets them: `casefile export` in every format, the JSON with its
 * files beside it (--blobs), `casefile import` into an empty store and out again identically, bad
 * documents refused by place; and the same exports over HTTP as downloads.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCasefile } from "./support/cli-process.js";
import { CORPUS_DIR, tempDir } from "./support/paths.js";
import { PROCESS_TARGETS, type ProcessEnv } from "./support/process-targets.js";
import { type ServerProcess, startServerProcess } from "./support/server-process.js";

const target = PROCESS_TARGETS[0];
if (!target) throw new Error("no process target");
const CASE = "khojaly-1992";
const SLOW = { timeout: 600_000 };
const out = tempDir("casefile-export-");
const at = (name: string) => join(out.path, name);
const withoutTime = (doc: string) => doc.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"-"');

describe("casefile export and import", () => {
  let a: ProcessEnv;
  let b: ProcessEnv;
  const run = (env: ProcessEnv, args: string[]) =>
    runCasefile(args, env.env, { timeoutMs: 540_000 });
  beforeAll(async () => {
    // The case comes loaded (the run's template): this suite is about exports, not loading.
    a = await target.create(CASE, { caseId: CASE, corpusDir: CORPUS_DIR });
    b = await target.create("");
  }, 600_000);
  afterAll(async () => {
    out.remove();
    await a?.dispose();
    await b?.dispose();
  });

  it(
    "exports the case with its files beside it and imports it into an empty store identically",
    SLOW,
    async () => {
      const made = await run(a, [
        "export",
        CASE,
        "--format",
        "json",
        "--out",
        at("a.json"),
        "--blobs",
        at("blobs"),
      ]);
      expect(made.code, made.stderr).toBe(0);
      const first = readFileSync(at("a.json"), "utf8");
      expect(JSON.parse(first).blobs).toEqual({ mode: "referenced" });
      const shas = (JSON.parse(first).tables.blobs as { sha256: string }[]).map((r) => r.sha256);
      expect(readdirSync(at("blobs")).sort()).toEqual([...shas].sort());
      // Files referenced beside the document are required on import (without the corpus the
      // case archives no file, so there is nothing to require).
      if (shas.length > 0) {
        const missing = await run(b, ["import", at("a.json")]);
        expect(missing.code).not.toBe(0);
        expect(missing.stderr).toMatch(/\$\.blobs: .*--blobs DIR/);
      }
      const loaded = await run(b, ["import", at("a.json"), "--blobs", at("blobs")]);
      expect(loaded.code, loaded.stderr).toBe(0);
      expect(loaded.stdout).toMatch(new RegExp(`^imported case ${CASE}: \\d+ rows`));
      const again = await run(b, [
        "export",
        CASE,
        "--format",
        "json",
        "--out",
        at("b.json"),
        "--blobs",
        at("blobs-b"),
      ]);
      expect(again.code, again.stderr).toBe(0);
      expect(withoutTime(readFileSync(at("b.json"), "utf8"))).toBe(withoutTime(first));
      const verify = await run(b, ["verify"]);
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      const twice = await run(b, ["import", at("a.json"), "--blobs", at("blobs")]);
      expect(twice.code).not.toBe(0);
      expect(twice.stderr).toMatch(/not empty/);
    },
  );

  it("refuses a malformed document by place", SLOW, async () => {
    const doc = JSON.parse(readFileSync(at("a.json"), "utf8"));
    doc.tables.claims[2].status = 42;
    delete doc.tables.claims[2].kind;
    writeFileSync(at("bad.json"), JSON.stringify(doc));
    const c = await target.create("");
    try {
      const bad = await run(c, ["import", at("bad.json"), "--blobs", at("blobs")]);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('$.tables.claims[2]: missing column "kind"');
      const log = await run(c, ["log", "--json"]);
      expect(log.stdout.trim()).toBe("[]");
    } finally {
      await c.dispose();
    }
  });

  it("writes the CSV tables into a folder and every other format to a file", SLOW, async () => {
    const csv = await run(a, ["export", CASE, "--format", "csv", "--out", at("csv")]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(readdirSync(at("csv")).sort()).toEqual([
      "claims.csv",
      "links.csv",
      "manifest.json",
      "persons.csv",
      "sources.csv",
    ]);
    for (const format of ["jsonld", "geojson", "events"]) {
      const r = await run(a, ["export", CASE, "--format", format, "--out", at(`x.${format}`)]);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(at(`x.${format}`))).toBe(true);
    }
    const bad = await run(a, ["export", CASE, "--format", "xml"]);
    expect(bad.code).toBe(2);
  });

  describe("over HTTP", () => {
    let server: ServerProcess;
    beforeAll(async () => {
      server = await startServerProcess(a.env);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("answers each format as a download, and refuses an anonymous import", SLOW, async () => {
      const get = (query: string) => fetch(`${server.url}/api/cases/${CASE}/export?${query}`);
      const ld = await get("format=jsonld");
      expect(ld.status).toBe(200);
      expect(ld.headers.get("content-type")).toMatch(/^application\/ld\+json/);
      expect(ld.headers.get("content-disposition")).toBe(
        `attachment; filename="${CASE}.claims.jsonld"`,
      );
      expect(ld.headers.get("casefile-log-head")).toMatch(/^\d+ [0-9a-f]{64}$/);
      const claims = await get("format=csv&table=claims");
      expect(claims.headers.get("content-type")).toMatch(/^text\/csv/);
      expect((await claims.text()).startsWith("id,case_ref,source_id,")).toBe(true);
      const bad = await get("format=xml");
      expect(bad.status).toBe(400);
      expect(bad.headers.get("content-type")).toMatch(/problem\+json/);
      const anonymous = await fetch(`${server.url}/api/import`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      expect(anonymous.status).toBe(401);
    });

    it(
      "runs a large export and a brief as jobs, their files served as downloads",
      SLOW,
      async () => {
        const { token } = JSON.parse(readFileSync(join(a.dataDir, "server.json"), "utf8")) as {
          token: string;
        };
        const auth = { authorization: `Bearer ${token}` };
        const started = await Promise.all(
          ["export?format=json", "report?format=md"].map(async (path) => {
            const r = await fetch(`${server.url}/api/cases/${CASE}/${path}`, {
              method: "POST",
              headers: auth,
            });
            expect(r.status).toBe(202);
            return r.headers.get("location") ?? "";
          }),
        );
        for (const url of started) {
          for (let i = 0; i < 600; i++) {
            const job = (await (await fetch(`${server.url}${url}`, { headers: auth })).json()) as {
              state: string;
            };
            if (job.state !== "queued" && job.state !== "running") break;
            await new Promise((r) => setTimeout(r, 500));
          }
        }
        const doc = await fetch(`${server.url}${started[0]}/output`, { headers: auth });
        expect(doc.status).toBe(200);
        expect(doc.headers.get("content-disposition")).toBe(
          `attachment; filename="${CASE}.casefile.json"`,
        );
        expect(((await doc.json()) as { format: string }).format).toBe("casefile-case");
        const brief = await fetch(`${server.url}${started[1]}/output`, { headers: auth });
        expect(await brief.text()).toMatch(/\[\^1\]: /);
        const anonymous = await fetch(`${server.url}${started[0]}/output`);
        expect(anonymous.status).toBe(401);
      },
    );
  });
});
