import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { testClaimant, testFigure, testSource } from "../../../test/support/figure-records.js";
import { parseCaseFiles } from "../case/load-case-files.js";
import { validateCase } from "../case/validate-case.js";
import { affiliationSummary } from "./affiliation-summary.js";
import { computeFigures } from "./compute-figures.js";
import { figureCards } from "./figure-cards.js";
import { narrowFindings } from "./narrow-findings.js";

const source = (id: string, published: string) => testSource(id, published);
const who = testClaimant;
const figure = testFigure;

const sources = [
  source("s1", "1992-03-01"),
  source("s2", "1993-03-01"),
  source("s3", "2016-02-25"),
];
const claimants = [
  who("official", "azerbaijani_state"),
  who("paper", "press"),
  who("agency", "press"),
  who("ngo", "independent_ngo"),
];

describe("figure cards", () => {
  const findings = computeFigures({
    sources,
    claimants,
    claims: [
      figure({ id: "k1", source: "s1", claimant: "official", value: 100 }),
      figure({ id: "k2", source: "s2", claimant: "ngo", value: 200 }),
      figure({
        id: "o1",
        source: "s1",
        claimant: "paper",
        measure: "other",
        value: 300,
        aspect: "remained_in_town",
      }),
      figure({
        id: "o2",
        source: "s2",
        claimant: "ngo",
        measure: "other",
        value: 4000,
        aspect: "wounded_frozen_or_missing",
      }),
      figure({
        id: "o3",
        source: "s3",
        claimant: "agency",
        measure: "other",
        value: 85,
        aspect: "remained_in_town",
        scope: "partial",
      }),
    ],
  });

  it("gives the catch-all measure one card per aspect, never one range over all", () => {
    const cards = figureCards(findings);
    expect(cards.map((c) => [c.measure, c.aspect])).toEqual([
      ["killed", null],
      ["other", "remained_in_town"],
      ["other", "wounded_frozen_or_missing"],
    ]);
    const stayed = cards.find((c) => c.aspect === "remained_in_town");
    // The whole-event count stands for the card; the partial count of one site does not widen it.
    expect(stayed).toMatchObject({
      spread: { min: 300, max: 300 },
      claims: 2,
      independentOrigins: 2,
    });
    expect(cards.find((c) => c.measure === "killed")?.spread).toEqual({ min: 100, max: 200 });
  });

  it("narrows findings to one aspect, recomputing every section from its claims", () => {
    const other = findings.find((f) => f.measure === "other")!;
    const stayed = narrowFindings(other, (r) => r.aspect === "remained_in_town");
    expect(stayed.claims.map((r) => r.claimId)).toEqual(["o1", "o3"]);
    expect(stayed.spread).toEqual({ min: 300, max: 300 });
    expect(stayed.origins.flatMap((o) => o.claimIds).sort()).toEqual(["o1", "o3"]);
    expect(stayed.chart.map((p) => p.claimId)).toEqual(["o1", "o3"]);
    expect(stayed.groups).toHaveLength(1);
  });
});

describe("changed over time", () => {
  it("groups by the claimant itself, not by the origin it passes on", () => {
    // Two outlets pass on the official's figure at different dates with different values: two
    // claimants, so no "one claimant's figure changed" box; the official's own change is one.
    const f = computeFigures({
      sources,
      claimants,
      claims: [
        figure({ id: "a", source: "s1", claimant: "official", value: 100 }),
        figure({ id: "b", source: "s3", claimant: "official", value: 613 }),
        figure({
          id: "c",
          source: "s1",
          claimant: "paper",
          value: 200,
          from: { kind: "claimant", id: "official" },
        }),
        figure({
          id: "d",
          source: "s2",
          claimant: "agency",
          value: 300,
          from: { kind: "claimant", id: "official" },
        }),
      ],
    })[0]!;
    const changed = f.flags.filter((x) => x.type === "changed_over_time");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      claimant: "official",
      values: ["100", "613"],
      claimIds: ["a", "b"],
    });
  });
});

describe("what each affiliation says", () => {
  it("sums claims, origins and whole-event values per affiliation, in the vocabulary's order", () => {
    const f = computeFigures({
      sources,
      claimants,
      claims: [
        figure({ id: "a", source: "s1", claimant: "official", value: 613 }),
        figure({
          id: "b",
          source: "s2",
          claimant: "paper",
          value: 613,
          from: { kind: "claimant", id: "official" },
        }),
        figure({ id: "c", source: "s3", claimant: "agency", value: 485 }),
        figure({ id: "d", source: "s2", claimant: "ngo", value: 161 }),
        figure({
          id: "e",
          source: "s2",
          claimant: "ngo",
          value: 30,
          aspect: "one_site",
          scope: "partial",
        }),
      ],
    })[0]!;
    const summary = affiliationSummary(f.claims);
    expect(summary.map((s) => s.affiliation)).toEqual([
      "independent_ngo",
      "azerbaijani_state",
      "press",
    ]);
    expect(summary[0]).toMatchObject({ claims: 2, independentOrigins: 1, values: ["161"] });
    // The press repeats the official figure and states one of its own: two origins, two values.
    expect(summary[2]).toMatchObject({ claims: 2, independentOrigins: 2, values: ["485", "613"] });
    expect(summary[2]?.spread).toEqual({ min: 485, max: 613 });
  });
});

describe("the Khojaly case's figures, as cards", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  const parsed = validateCase(
    parseCaseFiles((f) => readFileSync(path.join(root, "cases/khojaly-1992", f), "utf8")),
  );
  if (!parsed.ok) throw new Error("the reference case does not validate");
  const cards = figureCards(computeFigures(parsed.data));

  it("splits 'other' so that no card spans two different quantities", () => {
    const other = cards.filter((c) => c.measure === "other");
    expect(other.length).toBeGreaterThan(3);
    expect(other.every((c) => c.aspect !== null)).toBe(true);
    expect(new Set(other.map((c) => c.aspect)).size).toBe(other.length);
    // The 4,000 wounded, frozen or missing is no longer the top of a range that starts at 85.
    const lumped = other.filter((c) => c.spread && c.spread.min <= 85 && c.spread.max >= 4000);
    expect(lumped).toEqual([]);
  });
});
