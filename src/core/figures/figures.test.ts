import { describe, expect, it } from "vitest";
import type { CaseClaim, ClaimantRecord, SourceRecord } from "../case/index.js";
import { computeFigures } from "./compute-figures.js";
import { figureLabel, intervalsOverlap } from "./figure-values.js";

const FILE = "0".repeat(64);
const locator = { file: FILE, start: 0, end: 1, quoteSha256: FILE };

function source(id: string, published: string): SourceRecord {
  return {
    id,
    kind: "press",
    title: id,
    outlet: `Outlet ${id}`,
    author: null,
    publishedPlace: null,
    published: { iso: published, precision: "day" },
    notBefore: null,
    language: "en",
    originalLanguage: null,
    parent: null,
    locator: { file: FILE, start: 0, end: 1 },
    extraSpans: [],
    access: "public",
    affiliation: "press",
    publisherClaimant: id,
    reliability: null,
    note: null,
  };
}

function claimant(id: string, derivedFrom: string | null = null): ClaimantRecord {
  return { id, name: id, kind: "body", affiliation: "azerbaijani_state", derivedFrom, note: null };
}

function killed(id: string, sourceId: string, claimantId: string, value: number): CaseClaim {
  return {
    id,
    kind: "figure",
    sourceId,
    claimantId,
    locator,
    status: "confirmed",
    reviewer: "t",
    reviewedAt: "2026-01-01",
    note: null,
    measure: "killed",
    min: value,
    max: value,
    hedge: "exact",
    subgroup: null,
    unit: "people",
    aspect: null,
    scope: "total",
  };
}

describe("computeFigures", () => {
  const input = {
    sources: [source("a", "1992-03-01"), source("b", "2002-02-27"), source("c", "2016-02-25")],
    claimants: [
      claimant("state"),
      claimant("paper", "state"),
      claimant("member", "paper"),
      claimant("ngo"),
    ],
    claims: [
      killed("k1", "a", "state", 613),
      killed("k2", "b", "paper", 613),
      killed("k3", "c", "member", 613),
      killed("k4", "a", "ngo", 161),
    ],
  };

  it("follows derivedFrom chains to count independent claimants", () => {
    const [f] = computeFigures(input);
    expect(f?.independentClaimants).toBe(2);
    expect(f?.chains.find((c) => c.claimant === "state")?.documents).toEqual(["a", "b", "c"]);
  });

  it("flags different values, with their spread, and no single value of its own", () => {
    const [f] = computeFigures(input);
    expect(f?.flags).toEqual([
      expect.objectContaining({ type: "value_conflict", values: ["613", "161"], overlap: false }),
    ]);
    expect(f?.spread).toEqual({ min: 161, max: 613 });
  });

  it("labels hedges and tests overlap of open intervals", () => {
    expect(figureLabel({ min: 500, max: 1000, hedge: "range" })).toBe("500–1000");
    expect(figureLabel({ min: null, max: 100, hedge: "less_than" })).toBe("<100");
    expect(
      intervalsOverlap([
        { min: 600, max: null, hedge: "more_than" },
        { min: 613, max: 613, hedge: "exact" },
      ]),
    ).toBe(true);
    expect(
      intervalsOverlap([
        { min: 63, max: 63, hedge: "exact" },
        { min: 83, max: 83, hedge: "exact" },
      ]),
    ).toBe(false);
  });
});
