/**
 * `casefile cite` as a process: a source, a passage and a claim of the reference case, named by
 * the ids derived from the case's own names (computed here, independently of any store).
 */
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { caseIds } from "../src/core/case/stable-ids.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { CORPUS_DIR, CORPUS_FILES, tempDir } from "./support/paths.js";

const HAS_CORPUS = CORPUS_FILES.every((f) => existsSync(f));
if (!HAS_CORPUS) console.warn(`casefile cite: corpus not found at ${CORPUS_DIR} — skipped`);
const dir = tempDir();
afterAll(() => dir.remove());
const env = {
  CASEFILE_DATA: dir.path,
  DATABASE_URL: undefined,
  CASEFILE_PUBLIC_URL: "https://archive.example",
};
const ids = caseIds("khojaly-1992");

describe.skipIf(!HAS_CORPUS)("casefile cite", () => {
  it("cites a source in plain text with its address and the archived file's SHA-256", async () => {
    const id = ids.source("hrw-1992-bloodshed");
    const result = await runCasefile(["cite", id], env, { timeoutMs: 230_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`https://archive.example/sources/${id}`);
    expect(result.stdout).toMatch(/Human Rights Watch|Helsinki Watch/);
    expect(result.stdout).toMatch(/SHA-256 [0-9a-f]{64}/);
  }, 240_000);

  it("cites a passage by its number, in BibTeX", async () => {
    const id = ids.passage("hrw-1992-bloodshed", 1);
    const result = await runCasefile(["cite", id, "--format", "bibtex"], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^@techreport\{casefile-/);
    expect(result.stdout).toContain("passage 1");
    expect(result.stdout).toContain("#p-1}");
  });

  it("cites a claim with its quoted words, in CSL-JSON", async () => {
    const id = ids.claim("t-hrw-1992-bloodshed-arrival-nakhchivanik-2");
    const result = await runCasefile(["cite", id, "--format", "csl-json"], env);
    expect(result.code, result.stderr).toBe(0);
    const [item] = jsonOf<{ type: string; URL: string; note: string }[]>(result);
    expect(item?.type).toBe("report");
    expect(item?.URL).toBe(
      `https://archive.example/sources/${ids.source("hrw-1992-bloodshed")}#claim-${id}`,
    );
    expect(item?.note).toMatch(/Passage \d+\. “[^”]+”/);
  });

  it("refuses an unknown format and an unknown id, naming them", async () => {
    const bad = await runCasefile(
      ["cite", ids.source("hrw-1992-bloodshed"), "--format", "apa"],
      env,
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('"apa"');
    const unknown = await runCasefile(["cite", "00000000-0000-4000-8000-000000000000"], env);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/not found/);
  });
});
