/**
 * `casefile cite` as a process: a source, a passage and a claim of the reference case, named by
 * the ids derived from the case's own names (computed here, independently of any store), on a
 * copy of the run's store template with the case loaded from its corpus.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { caseIds } from "../src/core/case/stable-ids.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { CORPUS_DIR, describeWithCorpus } from "./support/corpus.js";
import { tempDir } from "./support/paths.js";
import { copyPgliteTemplate } from "./support/store-templates.js";

const CASE = "khojaly-1992";
const dir = tempDir();
afterAll(() => dir.remove());
const env = {
  CASEFILE_DATA: dir.path,
  DATABASE_URL: undefined,
  CASEFILE_CASES: CASE,
  CASEFILE_CORPUS: CORPUS_DIR,
  CASEFILE_PUBLIC_URL: "https://archive.example",
};
const ids = caseIds(CASE);

describeWithCorpus("casefile cite", () => {
  beforeAll(() => copyPgliteTemplate(dir.path, { caseId: CASE, corpusDir: CORPUS_DIR }));

  it("cites a source in plain text with its address and the archived file's SHA-256", async () => {
    const id = ids.source("hrw-1992-bloodshed");
    const result = await runCasefile(["cite", id], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`https://archive.example/sources/${id}`);
    expect(result.stdout).toMatch(/Human Rights Watch|Helsinki Watch/);
    expect(result.stdout).toMatch(/SHA-256 [0-9a-f]{64}/);
  });

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
