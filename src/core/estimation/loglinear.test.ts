/**
 * The log-linear estimator against published results, as Rcapture's own test suite
 * (inst/tests/testPapersResults.R, Baillargeon & Rivest) reproduces them from the papers:
 * Rivest (2011) on Darroch et al. (1993) and Bruno et al. (1994); Cormack, Chang & Smith (2000).
 * Published precision is kept: estimates and standard errors rounded to units, deviances to the
 * printed decimals.
 */
import { describe, expect, it } from "vitest";
import { captureTable } from "./capture-data.js";
import { estimateLoglinear } from "./loglinear-estimate.js";
import { fitLoglinear } from "./loglinear-model.js";
import { profileInterval } from "./profile-interval.js";
import {
  BRUNO_DIABETES,
  CORMACK_3,
  CORMACK_4,
  DARROCH_R3,
  term,
} from "./published-data.test-helpers.js";
import { chapman, lincolnPetersen } from "./two-list.js";

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

describe("Darroch et al. (1993) R3 data, Rivest (2011)", () => {
  const table = captureTable(DARROCH_R3);
  it("saturated two-way model: N = 1240, s.e. 451", () => {
    const fit = fitLoglinear(table, [term(1, 2), term(1, 3), term(2, 3)]);
    expect(round(fit.estimate)).toBe(1240);
    expect(round(fit.stderr)).toBe(451);
    expect(fit.df).toBe(0);
  });
  it("saturated model equals the closed form n111·n100·n010·n001 / (n110·n101·n011)", () => {
    const fit = fitLoglinear(table, [term(1, 2), term(1, 3), term(2, 3)]);
    expect(fit.unobserved).toBeCloseTo((72 * 71 * 53 * 43) / (155 * 7 * 13), 6);
  });
  it("without the [1,3] interaction: N = 850, s.e. 186, deviance 3.8 on 1 df", () => {
    const fit = fitLoglinear(table, [term(1, 2), term(2, 3)]);
    expect(round(fit.estimate)).toBe(850);
    expect(round(fit.stderr)).toBe(186);
    expect(round(fit.deviance, 1)).toBe(3.8);
    expect(fit.df).toBe(1);
  });
});

describe("Bruno et al. (1994) diabetes data, Rivest (2011)", () => {
  const table = captureTable(BRUNO_DIABETES);
  it("all two-way terms but [1,4]: N = 2771, s.e. 145, deviance 7.62 on 5 df", () => {
    const fit = fitLoglinear(table, [term(1, 2), term(1, 3), term(2, 3), term(2, 4), term(3, 4)]);
    expect(round(fit.estimate)).toBe(2771);
    expect(round(fit.stderr)).toBe(145);
    expect(round(fit.deviance, 2)).toBe(7.62);
    expect(fit.df).toBe(5);
  });
  it("[1,3] + [2,4] + [3,4]: N = 2472, s.e. 53, deviance 21.97 on 7 df", () => {
    const fit = fitLoglinear(table, [term(1, 3), term(2, 4), term(3, 4)]);
    expect(round(fit.estimate)).toBe(2472);
    expect(round(fit.stderr)).toBe(53);
    expect(round(fit.deviance, 2)).toBe(21.97);
    expect(fit.df).toBe(7);
  });
});

describe("Cormack, Chang & Smith (2000)", () => {
  it("Table 3b, independence: N = 209, deviance 75.1 on 3 df, profile interval 203–217", () => {
    const table = captureTable(CORMACK_3);
    const fit = fitLoglinear(table, []);
    expect(round(fit.estimate)).toBe(209);
    expect(round(fit.deviance, 1)).toBe(75.1);
    const ci = profileInterval(table, [], fit.estimate);
    expect([round(ci.lower), round(ci.upper)]).toEqual([203, 217]);
  });
  it("Table 3b, [1,3] + [2,3]: N = 233, profile lower bound 204", () => {
    const table = captureTable(CORMACK_3);
    const fit = fitLoglinear(table, [term(1, 3), term(2, 3)]);
    expect(round(fit.estimate)).toBe(233);
    expect(round(profileInterval(table, fit.terms, fit.estimate).lower)).toBe(204);
  });
  it("Table 3a, [1,2] + [1,3] + [3,4]: N = 218, deviance 2.6 on 7 df", () => {
    const fit = fitLoglinear(captureTable(CORMACK_4), [term(1, 2), term(1, 3), term(3, 4)]);
    expect(round(fit.estimate)).toBe(218);
    expect(round(fit.deviance, 1)).toBe(2.6);
    expect(fit.df).toBe(7);
  });
  it("Table 3a, all two-way terms: no finite estimate (Rcapture reports more than 10^6)", () => {
    const fit = fitLoglinear(captureTable(CORMACK_4), [
      term(1, 2),
      term(1, 3),
      term(1, 4),
      term(2, 3),
      term(2, 4),
      term(3, 4),
    ]);
    expect(fit.estimate).toBe(Infinity);
    expect(fit.problem).toBeDefined();
    expect(round(fit.deviance, 1)).toBe(1.3);
  });
  it("model selection skips models without a finite estimate", () => {
    const result = estimateLoglinear(captureTable(CORMACK_4));
    expect(result.estimate).not.toBeNull();
    expect(Number.isFinite(result.estimate)).toBe(true);
  });
});

describe("two lists (analytic checks)", () => {
  it("the independence model is Lincoln–Petersen", () => {
    const histories = [
      { lists: [1, 1] as (0 | 1)[], count: 40 },
      { lists: [1, 0] as (0 | 1)[], count: 60 },
      { lists: [0, 1] as (0 | 1)[], count: 20 },
    ];
    const fit = fitLoglinear(captureTable(histories), []);
    expect(fit.estimate).toBeCloseTo(lincolnPetersen(100, 60, 40), 8);
    expect(chapman(100, 60, 40)).toBeCloseTo((101 * 61) / 41 - 1, 10);
  });
  it("lists that never overlap give no estimate, reported as such", () => {
    const histories = [
      { lists: [1, 0] as (0 | 1)[], count: 30 },
      { lists: [0, 1] as (0 | 1)[], count: 20 },
    ];
    const result = estimateLoglinear(captureTable(histories));
    expect(result.estimate).toBeNull();
    expect(result.warnings.join(" ")).toMatch(/never overlap/);
    expect(result.warnings.join(" ")).toMatch(/no model gives a finite estimate/);
  });
});
