/**
 * The extraction evaluation set's development half stays above its floor (scores in
 * BENCHMARKS.md). Only the development half is asserted: the test half is scored by
 * `npm run eval:extract` and never tuned on.
 */
import { describe, expect, it } from "vitest";
import { loadHalf } from "../scripts/eval/eval-set.js";
import { scoreDocument, summarise } from "../scripts/eval/score.js";

describe("figure extraction on the evaluation set's development half", () => {
  const docs = loadHalf("dev");

  it("has labels that match their documents", () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    for (const d of docs)
      for (const f of d.labels.figures) expect(d.text.slice(f.start, f.end), d.name).toBe(f.quote);
  });

  it("finds the labelled figures and reads their measures", () => {
    const s = summarise(docs.map(scoreDocument));
    console.log(
      `eval dev: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} measure ${s.measure.toFixed(3)} claimant ${s.claimant.toFixed(3)}`,
    );
    expect(s.f1).toBeGreaterThanOrEqual(0.9559);
    expect(s.measure).toBeGreaterThanOrEqual(0.947);
    expect(s.claimant).toBeGreaterThanOrEqual(0.9129);
  });
});
