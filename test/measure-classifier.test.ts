/**
 * The learned measure classifier of issue 10's ninth round (scripts/eval/measure-classifier):
 * its weights are checked as they are read, its probabilities are a distribution, and its policy
 * decides when it replaces the rules' measure. Hand-made weights: the trained ones are not
 * shipped (BENCHMARKS.md, "Ninth round").
 */
import { describe, expect, it } from "vitest";
import {
  compileMeasureModel,
  learnedMeasure,
  type MeasureWeights,
} from "../scripts/eval/measure-classifier/model.js";
import {
  documentContext,
  lemmaOf,
  measureFeatures,
  probabilities,
} from "../src/core/extract/measure-fallback.js";

const NONE = documentContext([]);

const WEIGHTS: MeasureWeights = {
  language: "en",
  classes: ["killed", "displaced", "other"],
  bias: [0.5, 0, 0],
  weights: { "r1=refugee": "1:4 0:-1", "rule=other": "2:1" },
  policy: { threshold: 0.9, whenOther: 0.5 },
};

describe("the learned measure classifier", () => {
  it("reads the context of a figure, crudely lemmatised", () => {
    expect([lemmaOf("killed"), lemmaOf("deaths"), lemmaOf("injuries"), lemmaOf("fleeing")]).toEqual(
      ["kill", "death", "injury", "flee"],
    );
    const text = "Casualties:\n300 refugees crossed the river after soldiers burned the village.";
    const f = measureFeatures(text, text.indexOf("300"), text.indexOf("300") + 3, "other", NONE);
    expect(f).toEqual(
      expect.arrayContaining([
        "rule=other",
        "r1=refugee",
        "r2=cross",
        "ncr=displaced",
        "line=opens",
        "other&r1=refugee",
      ]),
    );
    expect(f.some((x) => x.startsWith("l="))).toBe(false);
  });

  it("reads the measures of the nearest cued figures around it, within its paragraph", () => {
    const text =
      "Troops killed 12 people. Another 30 were found later. 40 were arrested.\n\n" +
      "Some 50 were wounded.";
    const at = (s: string) => text.indexOf(s);
    const context = documentContext([
      { start: at("12"), end: at("12") + 2, measure: "killed" },
      { start: at("30"), end: at("30") + 2, measure: "other" },
      { start: at("40"), end: at("40") + 2, measure: "detained" },
      { start: at("50"), end: at("50") + 2, measure: "wounded" },
    ]);
    const near = (s: string) =>
      measureFeatures(text, at(s), at(s) + 2, "other", context).filter((f) => /&[pn]m=/.test(f));
    // An `other` is no neighbour; the figure itself neither; a blank line ends the paragraph.
    expect(near("30")).toEqual(["other&nm=detained", "other&pm=killed"]);
    expect(near("40")).toEqual(["other&pm=killed"]);
    expect(near("50")).toEqual([]);
  });

  it("gives a distribution over its classes and replaces the rules only as its policy says", () => {
    const model = compileMeasureModel(WEIGHTS);
    const p = probabilities(model, ["r1=refugee", "unknown feature"]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[1]).toBeGreaterThan(0.9);
    const text = "Some 300 refugees crossed the river.";
    const at = text.indexOf("300");
    // Where the rules found no cue the model's answer is taken at p ≥ 0.5 …
    expect(learnedMeasure(model, text, at, at + 3, "other", NONE)).toBe("displaced");
    // … elsewhere only at p ≥ 0.9, which a context without the cue word does not reach.
    expect(learnedMeasure(model, "Some 300 crossed the river.", 5, 8, "killed", NONE)).toBe(
      "killed",
    );
  });

  it("refuses weights that name no measure or do not parse", () => {
    expect(() =>
      compileMeasureModel({ ...WEIGHTS, classes: ["killed", "dancing", "other"] }),
    ).toThrow(/unknown class dancing/);
    expect(() => compileMeasureModel({ ...WEIGHTS, weights: { a: "7:1" } })).toThrow(
      /bad weight "7:1" of a/,
    );
    expect(() => compileMeasureModel({ ...WEIGHTS, bias: [0] })).toThrow(/1 biases for 3 classes/);
  });
});
