import { describe, expect, it } from "vitest";
import { testClaimant, testFigure, testSource } from "../../../test/support/figure-records.js";
import type { CaseClaim } from "../case/index.js";
import type { Basis, ProvenanceLink } from "../model/index.js";
import { computeFigures } from "./compute-figures.js";
import { figureLabel, intervalsOverlap } from "./figure-values.js";
import { filterByGrades } from "./grade-filter.js";
import {
  areIndependent,
  closesCycle,
  independentOrigins,
  makeGraph,
  provenanceOf,
} from "./provenance-graph.js";

const source = (id: string, published: string) => testSource(id, published, `Outlet ${id}`);
const claimant = (id: string) => testClaimant(id);
const killed = (
  id: string,
  source: string,
  claimant: string,
  value: number,
  from: ProvenanceLink | null = null,
  basis: Basis = "unstated",
): CaseClaim => testFigure({ id, source, claimant, value, from, basis });

const claim = (id: string): ProvenanceLink => ({ kind: "claim", id });
const sources = [source("a", "1992-03-01"), source("b", "2002-02-27"), source("c", "2016-02-25")];

describe("independence from the provenance graph", () => {
  it("counts claims that share an origin once", () => {
    // Two papers pass on one official statement (not archived): one origin, not two.
    const official: ProvenanceLink = { kind: "claimant", id: "state" };
    const claims = [
      killed("p1", "a", "a", 613, official, "official_statistics"),
      killed("p2", "b", "b", 613, official, "official_statistics"),
      killed("n1", "c", "ngo", 161),
    ];
    const graph = makeGraph(claims, sources);
    expect(independentOrigins(["p1", "p2"], graph)).toBe(1);
    expect(independentOrigins(["p1", "p2", "n1"], graph)).toBe(2);
    expect(areIndependent("p1", "p2", graph)).toBe(false);
    expect(areIndependent("p1", "n1", graph)).toBe(true);
  });

  it("follows a chain of three to its origin", () => {
    const claims = [
      killed("k1", "a", "state", 613, null, "official_statistics"),
      killed("k2", "b", "paper", 613, claim("k1"), "cited_document"),
      killed("k3", "c", "member", 613, claim("k2"), "reported_speech"),
    ];
    const graph = makeGraph(claims, sources);
    expect(provenanceOf("k3", graph)).toEqual({
      chain: [claim("k2"), claim("k1"), { kind: "claimant", id: "state" }],
      origin: "claimant:state",
    });
    expect(independentOrigins(["k1", "k2", "k3"], graph)).toBe(1);
    expect(areIndependent("k3", "k1", graph)).toBe(false);
    // Closing the loop (k1 passing on k3) is refused on input.
    expect(closesCycle("k1", claim("k3"), graph)).toBe(true);
    expect(closesCycle("k3", claim("k1"), graph)).toBe(false);
  });

  it("counts two reporters of one observation as one origin", () => {
    const witness: ProvenanceLink = { kind: "claimant", id: "witness" };
    const claims = [
      killed("r1", "a", "a", 60, witness, "reported_speech"),
      killed("r2", "b", "b", 60, witness, "reported_speech"),
    ];
    const [f] = computeFigures({
      claims,
      sources,
      claimants: [claimant("a"), claimant("b"), claimant("witness")],
    });
    expect(f?.independentOrigins).toBe(1);
    expect(f?.values).toEqual([
      expect.objectContaining({
        label: "60",
        independentOrigins: 1,
        origins: ["claimant:witness"],
      }),
    ]);
    expect(f?.claims.map((r) => r.chain.map((s) => s.name))).toEqual([
      ["name of witness"],
      ["name of witness"],
    ]);
  });

  it("models a claimant who both repeats and observes, per claim", () => {
    // One reporter passes on the official 613 and reports 7 bodies he saw himself.
    const claims = [
      killed("o1", "a", "state", 613, null, "official_statistics"),
      killed("m1", "b", "reporter", 613, claim("o1"), "official_statistics"),
      killed("m2", "b", "reporter", 7, null, "own_observation"),
    ];
    const graph = makeGraph(claims, sources);
    expect(areIndependent("m1", "o1", graph)).toBe(false);
    expect(areIndependent("m2", "o1", graph)).toBe(true);
    expect(provenanceOf("m2", graph).origin).toBe("claimant:reporter");
    const [f] = computeFigures({
      claims,
      sources,
      claimants: [claimant("state"), claimant("reporter")],
    });
    expect(f?.independentOrigins).toBe(2);
    const row = f?.claims.find((r) => r.claimId === "m1");
    expect(row).toMatchObject({ basis: "official_statistics", origin: "claimant:state" });
    expect(row?.chain.map((s) => s.name)).toEqual(["name of state in Outlet a", "name of state"]);
  });

  it("ends a link to a source at its publisher", () => {
    const claims = [killed("s1", "b", "b", 200, { kind: "source", id: "a" }, "cited_document")];
    expect(provenanceOf("s1", makeGraph(claims, sources)).origin).toBe("claimant:a");
  });
});

describe("computeFigures", () => {
  const input = {
    sources,
    claimants: [claimant("state"), claimant("paper"), claimant("member"), claimant("ngo")],
    claims: [
      killed("k1", "a", "state", 613),
      killed("k2", "b", "paper", 613, claim("k1")),
      killed("k3", "c", "member", 613, claim("k2")),
      killed("k4", "a", "ngo", 161),
    ],
  };

  it("groups claims by origin with the documents that carry them", () => {
    const [f] = computeFigures(input);
    expect(f?.independentOrigins).toBe(2);
    const state = f?.origins.find((c) => c.origin === "claimant:state");
    expect(state?.documents).toEqual(["a", "b", "c"]);
    expect(state?.via).toEqual(["paper", "member"]);
  });

  it("flags different values, with their spread, and no single value of its own", () => {
    const [f] = computeFigures(input);
    expect(f?.flags).toEqual([
      expect.objectContaining({ type: "value_conflict", values: ["613", "161"], overlap: false }),
    ]);
    expect(f?.spread).toEqual({ min: 161, max: 613 });
  });

  it("compares civilians with the whole count, so one figure sits in one group", () => {
    const civilians = { ...(killed("k5", "c", "ngo", 613) as object), subgroup: "civilians" };
    const [f] = computeFigures({ ...input, claims: [...input.claims, civilians as CaseClaim] });
    expect(f?.groups.map((g) => g.subgroup)).toEqual([null]);
    expect(f?.values.find((v) => v.label === "613")?.claimIds).toContain("k5");
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

describe("filterByGrades", () => {
  const claims = [
    killed("g1", "a", "x", 10),
    killed("g2", "b", "y", 20),
    killed("g3", "c", "z", 30),
  ];
  const input = {
    sources,
    claimants: [claimant("x"), claimant("y"), claimant("z")],
    claims,
    grades: {
      sources: new Map([
        ["a", "A"],
        ["b", "D"],
      ]),
      claims: new Map([["g2", "2"]]),
    },
  };
  const kept = (filter: Parameters<typeof filterByGrades>[1]) =>
    computeFigures(filterByGrades(input, filter))[0]?.claims.map((r) => r.claimId) ?? [];

  it("keeps claims by source reliability, claim credibility, or ungraded", () => {
    expect(kept({})).toEqual(["g1", "g2", "g3"]);
    expect(kept({ reliability: ["A"] })).toEqual(["g1"]);
    expect(kept({ reliability: ["ungraded"] })).toEqual(["g3"]);
    expect(kept({ credibility: ["1", "2"] })).toEqual(["g2"]);
    expect(computeFigures(input)[0]?.claims.map((r) => [r.reliability, r.credibility])).toEqual([
      ["A", null],
      ["D", "2"],
      [null, null],
    ]);
  });
});
