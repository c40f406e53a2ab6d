/**
 * `casefile capture` as a process against a web site the test starts on 127.0.0.1: the WARC read
 * back with warcio holds the exact bytes the site sent, the page is a source with passages, its
 * pictures are sources, the screenshot and PDF are there (with Chromium), verify checks it all;
 * and every refusal — private address, scheme, 404, slow, oversized — names its problem.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARCParser } from "warcio";
import { sha256Hex } from "../src/core/hash/sha256.js";
import { blobPath } from "../src/store/blob-store.js";
import { CHROMIUM } from "./support/browser.js";
import { type CaptureSite, startCaptureSite } from "./support/capture-site.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { ONE_PROCESS_TARGET } from "./support/process-targets.js";

interface CaptureJson {
  captures: {
    id: string;
    url: string;
    finalUrl: string;
    httpStatus: number;
    sourceId: string;
    warnings: string[];
    files: {
      role: string;
      url: string | null;
      sha256: string;
      sourceId: string | null;
      size: number;
    }[];
  }[];
  failed: { url: string; error: string }[];
}

let site: CaptureSite;
beforeAll(async () => {
  site = await startCaptureSite();
});
afterAll(async () => site.close());

describe.each(ONE_PROCESS_TARGET)("casefile capture on $name", (processTarget) => {
  it("captures a page through a redirect: WARC with the exact bytes, text, pictures, screenshot, PDF; verify passes", async () => {
    const target = await processTarget.create();
    try {
      const env = { ...target.env, CASEFILE_CAPTURE_ALLOW_PRIVATE: "1" };
      const run = await runCasefile(["capture", `${site.origin}/old`, "--json"], env, {
        timeoutMs: 240_000,
      });
      expect(run.code, run.stderr).toBe(0);
      const { captures, failed } = jsonOf<CaptureJson>(run);
      expect(failed).toEqual([]);
      const [capture] = captures;
      if (!capture) throw new Error("no capture");
      expect(capture.url).toBe(`${site.origin}/old`);
      expect(capture.finalUrl).toBe(`${site.origin}/page.html`);
      expect(capture.httpStatus).toBe(200);
      const byRole = (role: string) => capture.files.filter((f) => f.role === role);
      expect(byRole("page")[0]?.sha256).toBe(
        sha256Hex(site.bodies.get("/page.html") as Uint8Array),
      );
      expect(byRole("media").map((f) => [f.url, f.sha256])).toEqual([
        [
          `${site.origin}/img/street.png`,
          sha256Hex(site.bodies.get("/img/street.png") as Uint8Array),
        ],
        [
          `${site.origin}/img/school.jpg`,
          sha256Hex(site.bodies.get("/img/school.jpg") as Uint8Array),
        ],
      ]);
      expect(capture.warnings.join("\n")).toContain("/img/missing.png: HTTP 404");

      // The WARC, read back with warcio: each response holds exactly what the site sent.
      const warcFile = byRole("warc")[0];
      if (!warcFile) throw new Error("no WARC");
      const warc = readFileSync(blobPath(join(target.dataDir, "blobs"), warcFile.sha256));
      expect(sha256Hex(warc)).toBe(warcFile.sha256);
      const responses = new Map<
        string,
        { status: number; payload: Uint8Array; type: string | null }
      >();
      const types: string[] = [];
      for await (const record of WARCParser.iterRecords([warc])) {
        types.push(record.warcType ?? "");
        const payload = await record.readFully(false);
        if (record.warcType === "response")
          responses.set(record.warcTargetURI ?? "", {
            status: Number(record.httpHeaders?.statusCode),
            payload,
            type: record.httpHeaders?.headers.get("x-site") ?? null,
          });
      }
      expect(types[0]).toBe("warcinfo");
      expect(responses.get(`${site.origin}/old`)?.status).toBe(301);
      for (const path of ["/page.html", "/img/street.png", "/img/school.jpg"]) {
        const r = responses.get(`${site.origin}${path}`);
        expect(r?.status, path).toBe(200);
        expect(r?.type, path).toBe("capture-test");
        expect(
          Buffer.from(r?.payload ?? []).equals(Buffer.from(site.bodies.get(path) as Uint8Array)),
          path,
        ).toBe(true);
      }
      expect(responses.get(`${site.origin}/img/missing.png`)?.status).toBe(404);

      if (CHROMIUM) {
        const shot = byRole("screenshot")[0];
        const pdf = byRole("pdf")[0];
        expect(
          shot &&
            readFileSync(blobPath(join(target.dataDir, "blobs"), shot.sha256))
              .subarray(1, 4)
              .toString(),
        ).toBe("PNG");
        expect(
          pdf &&
            readFileSync(blobPath(join(target.dataDir, "blobs"), pdf.sha256))
              .subarray(0, 5)
              .toString(),
        ).toBe("%PDF-");
        // The browser's stylesheet request went through the capture and is in the WARC too.
        expect(responses.get(`${site.origin}/style.css`)?.status).toBe(200);
      } else {
        expect(capture.warnings.join("\n")).toContain("no screenshot or PDF");
      }

      // The page is a source with its readable text in passages; the pictures are sources.
      const shown = await runCasefile(["sources", "show", capture.sourceId, "--json"], env);
      expect(shown.code, shown.stderr).toBe(0);
      const source = jsonOf<{ url: string; passageCount: number; title: string; access: string }>(
        shown,
      );
      expect(source.url).toBe(`${site.origin}/page.html`);
      expect(source.title).toContain("Shelling of the river quarter");
      // Captured material is restricted until someone publishes it, as uploads are.
      expect(source.access).toBe("restricted");
      expect(source.passageCount).toBeGreaterThan(0);

      const verify = await runCasefile(["verify"], env);
      expect(verify.code, verify.stderr + verify.stdout).toBe(0);
    } finally {
      await target.dispose();
    }
  }, 300_000);

  it("refuses private addresses unless allowed, other schemes, a 404, a slow page and an oversized body, naming each problem", async () => {
    const target = await processTarget.create();
    try {
      const refused = await runCasefile(["capture", `${site.origin}/page.html`], target.env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("loopback or private address");
      const scheme = await runCasefile(["capture", "file:///etc/passwd"], target.env);
      expect(scheme.code).toBe(1);
      expect(scheme.stderr).toContain("only http and https");

      const env = {
        ...target.env,
        CASEFILE_CAPTURE_ALLOW_PRIVATE: "1",
        CASEFILE_CAPTURE_TIMEOUT_S: "1",
        CASEFILE_MAX_FILE_MB: "1",
      };
      const run = await runCasefile(
        ["capture", `${site.origin}/gone`, `${site.origin}/slow`, `${site.origin}/huge`, "--json"],
        env,
        { timeoutMs: 120_000 },
      );
      expect(run.code).toBe(1);
      const { captures, failed } = jsonOf<CaptureJson>(run);
      expect(captures).toEqual([]);
      const errorOf = (path: string) =>
        failed.find((f) => f.url === `${site.origin}${path}`)?.error;
      expect(errorOf("/gone")).toContain("answered HTTP 404");
      expect(errorOf("/slow")).toContain("time limit");
      expect(errorOf("/huge")).toContain("over the limit of 1048576 bytes");
      const sources = await runCasefile(["sources", "list", "--json"], target.env);
      expect(jsonOf<{ total: number }>(sources).total).toBe(0);
    } finally {
      await target.dispose();
    }
  }, 300_000);
});
