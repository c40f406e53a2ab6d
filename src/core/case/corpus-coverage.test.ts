import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, itWithCorpus } from "../../../test/support/corpus.js";
import type { SourceKind } from "../model/index.js";
import { parseCaseFiles } from "./load-case-files.js";
import { validateCase } from "./validate-case.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const parts = parseCaseFiles((f) =>
  readFileSync(path.join(repoRoot, "cases/khojaly-1992", f), "utf8"),
);
const result = validateCase(parts);
if (!result.ok) throw new Error("the reference case does not validate");
const data = result.data;

/** Occurrences of a pattern in the compilation, which must each fall inside a source of `kind`. */
function expectInside(
  text: string,
  file: string,
  pattern: RegExp,
  kind: SourceKind,
  count: number,
  from = 0,
) {
  const hits = [...text.matchAll(pattern)].map((m) => m.index).filter((at) => at >= from);
  expect(hits).toHaveLength(count);
  for (const at of hits) {
    const inside = data.sources.filter(
      (s) =>
        s.kind === kind && s.locator.file === file && s.locator.start <= at && at < s.locator.end,
    );
    expect(inside, `${pattern} at ${at}`).toHaveLength(1);
  }
}

describe("every corpus source is in the case", () => {
  it("has the compilation's constituents by kind", () => {
    const count = (kind: SourceKind) => data.sources.filter((s) => s.kind === kind).length;
    expect(count("compilation")).toBe(1);
    expect(count("press")).toBe(18);
    expect(count("testimony")).toBe(13);
    expect(count("scholarly")).toBe(7);
    expect(count("legislative_remark")).toBe(24);
    expect(count("ngo_report")).toBe(4);
    expect(count("court_decision")).toBe(1);
    expect(
      data.sources
        .filter((s) => s.parent === null)
        .map((s) => s.id)
        .sort(),
    ).toEqual(["azertac-khojaly-analysis", "c004-compilation"]);
  });

  itWithCorpus("places each header of the compilation inside one source", () => {
    const file = data.info.corpus.find((f) => f.name.startsWith("004_"))!;
    const text = readFileSync(path.join(CORPUS_DIR, file.name), "utf8");
    expectInside(text, file.sha256, /\(Khojaly resident\)/g, "testimony", 13);
    expectInside(text, file.sha256, /Remarks? during the 1\d\dth/g, "legislative_remark", 24);
    const dateline = /^(Washington DC|London|New York|Boston|Melbourne|Paris|Moscow), \d/gm;
    expectInside(text, file.sha256, dateline, "press", 17);
    const partThree = text.indexOf("III. INTERNATIONAL MASS MEDIA");
    const partFour = text.indexOf("TESTIMONIES OF HOSTAGES");
    const bylines = [...text.slice(0, partFour).matchAll(/^By [A-Z][a-z]+ [A-Z]/gm)].filter(
      (m) => m.index > partThree,
    );
    expect(bylines).toHaveLength(13);
    expectInside(
      text.slice(0, partFour),
      file.sha256,
      /^By [A-Z][a-z]+ [A-Z]/gm,
      "press",
      13,
      partThree,
    );
  });

  it("covers the whole compilation with its parts, leaving only headings between them", () => {
    const file = data.info.corpus.find((f) => f.name.startsWith("004_"))!;
    const top = data.sources
      .filter((s) => s.parent === "c004-compilation" && s.id !== "echr-2010-04-22")
      .map((s) => s.locator)
      .sort((a, b) => a.start - b.start);
    for (let i = 1; i < top.length; i++) {
      const gap = top[i]!.start - top[i - 1]!.end;
      expect(gap, `gap before ${top[i]!.start}`).toBeLessThan(100);
      expect(gap).toBeGreaterThanOrEqual(0);
    }
    expect(top.at(-1)!.end).toBeGreaterThan(file.length - 10);
  });
});
