/**
 * Measured accuracy of compilation splitting against the hand-labelled split of both corpus files
 * (test/fixtures/labels/split-*.json). A part matches when kind, date and outlet or author agree
 * (case- and spacing-insensitive, either containing the other) and its start is within tolerance.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { CORPUS_DIR, describeWithCorpus } from "../../../test/support/corpus.js";
import { splitCompilation } from "./index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

interface LabelledPart {
  kind: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  start: number;
}

const norm = (s: string | null) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();
const sameName = (a: string | null, b: string | null) => {
  const [x, y] = [norm(a), norm(b)];
  return x === y || (x !== "" && y !== "" && (x.includes(y) || y.includes(x)));
};

function score(file: string) {
  const labels = JSON.parse(
    readFileSync(path.join(repoRoot, "test/fixtures/labels", file), "utf8"),
  ) as {
    file: string;
    tolerance: number;
    parts: LabelledPart[];
  };
  const text = readFileSync(path.join(CORPUS_DIR, labels.file), "utf8");
  const parts = splitCompilation(text);
  const used = new Set<number>();
  let matched = 0;
  for (const gold of labels.parts) {
    const k = parts.findIndex(
      (p, i) =>
        !used.has(i) &&
        p.kind === gold.kind &&
        (p.published?.iso ?? null) === gold.published &&
        sameName(p.outlet, gold.outlet) &&
        sameName(p.author, gold.author) &&
        Math.abs(p.start - gold.start) <= labels.tolerance,
    );
    if (k >= 0) {
      used.add(k);
      matched++;
    }
  }
  return { gold: labels.parts.length, predicted: parts.length, matched };
}

describeWithCorpus("compilation split accuracy on the corpus", () => {
  it("reaches precision and recall of at least 0.95", () => {
    let gold = 0;
    let predicted = 0;
    let matched = 0;
    for (const f of ["split-000.json", "split-004.json"]) {
      const r = score(f);
      gold += r.gold;
      predicted += r.predicted;
      matched += r.matched;
      console.log(
        `split ${f}: precision ${(r.matched / r.predicted).toFixed(3)} recall ${(r.matched / r.gold).toFixed(3)} (${r.matched}/${r.predicted} predicted, ${r.gold} labelled)`,
      );
    }
    console.log(
      `split overall: precision ${(matched / predicted).toFixed(3)} recall ${(matched / gold).toFixed(3)}`,
    );
    expect(matched / predicted).toBeGreaterThanOrEqual(0.95);
    expect(matched / gold).toBeGreaterThanOrEqual(0.95);
  });
});
