import { describe, expect, it } from "vitest";
import type { EvidenceWhat } from "./evidence-what.js";
import { type EvidenceWords, evidenceText } from "./evidence-words.js";

const words: EvidenceWords = {
  passage: "passage",
  wholeSource: "whole source",
  claimKind: (k) => `kind:${k}`,
  measure: (c) => `measure:${c}`,
  subgroup: (c) => `sub:${c}`,
  qualification: (c) => `qual:${c}`,
};
const what = (w: Partial<EvidenceWhat>): EvidenceWhat => ({
  kind: "figure",
  code: null,
  subgroup: null,
  min: null,
  max: null,
  text: null,
  ...w,
});
const num = (n: number) => n.toLocaleString("en");

describe("evidenceText", () => {
  it("words a figure by measure, subgroup and bounds", () => {
    expect(
      evidenceText(what({ code: "killed", subgroup: "children", min: 63, max: 63 }), words, num),
    ).toBe("measure:killed (sub:children): 63");
    expect(evidenceText(what({ code: "killed", min: 470, max: 500 }), words, num)).toBe(
      "measure:killed: 470–500",
    );
    expect(evidenceText(what({ code: "killed", min: 100 }), words, num)).toBe(
      "measure:killed: ≥100",
    );
    expect(evidenceText(what({ code: "killed", max: 1000 }), words, num)).toBe(
      "measure:killed: ≤1,000",
    );
  });

  it("words a passage, a source, a qualification and any other claim by its kind", () => {
    expect(evidenceText(what({ kind: "passage" }), words, num)).toBe("passage");
    expect(evidenceText(what({ kind: "source" }), words, num)).toBe("whole source");
    expect(evidenceText(what({ kind: "qualification", code: "genocide" }), words, num)).toBe(
      "kind:qualification: qual:genocide",
    );
    expect(evidenceText(what({ kind: "time", text: "1992-02-25T23:00" }), words, num)).toBe(
      "kind:time: 1992-02-25T23:00",
    );
  });
});
