import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, itWithCorpus } from "../../../test/support/corpus.js";
import { PLACES } from "../gazetteer/index.js";
import { sha256Hex } from "../hash/sha256.js";
import type { CaseData } from "./case-types.js";
import { parseCaseFiles } from "./load-case-files.js";
import { validateCase } from "./validate-case.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const caseDir = path.join(repoRoot, "cases/khojaly-1992");

function load(): CaseData {
  const parts = parseCaseFiles((file) => readFileSync(path.join(caseDir, file), "utf8"));
  const result = validateCase(parts, { placeIds: new Set(PLACES.map((p) => p.id)) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 10), null, 2));
  return result.data;
}

describe("the Khojaly reference case", () => {
  const data = load();

  it("validates, with every place id in the gazetteer", () => {
    expect(data.info.id).toBe("khojaly-1992");
    expect(data.claims.length).toBeGreaterThan(250);
  });

  it("confirms every claim by the reference reviewer", () => {
    for (const claim of data.claims) {
      expect(claim.status).toBe("confirmed");
      expect(claim.reviewer).toBe("casefile-reference");
    }
  });

  it("keeps every locator inside its file", () => {
    const lengths = new Map(data.info.corpus.map((f) => [f.sha256, f.length]));
    const spans = [
      ...data.sources.flatMap((s) => [s.locator, ...s.extraSpans]),
      ...data.claims.map((c) => c.locator),
      ...data.excluded.map((x) => x.locator),
    ];
    for (const span of spans) {
      expect(span.start).toBeLessThan(span.end);
      expect(span.end).toBeLessThanOrEqual(lengths.get(span.file) ?? -1);
    }
  });

  itWithCorpus("matches the corpus bytes and every quote hash", () => {
    const texts = new Map<string, string>();
    for (const file of data.info.corpus) {
      const bytes = readFileSync(path.join(CORPUS_DIR, file.name));
      expect(sha256Hex(bytes)).toBe(file.sha256);
      const text = bytes.toString("utf8");
      expect(text.length).toBe(file.length);
      texts.set(file.sha256, text);
    }
    for (const item of [...data.claims, ...data.excluded]) {
      const { file, start, end, quoteSha256 } = item.locator;
      expect(sha256Hex(texts.get(file)!.slice(start, end)), item.id).toBe(quoteSha256);
    }
  });
});
