import { describe, expect, it } from "vitest";
import { type CaptureHistory, captureTable } from "./capture-data.js";
import { estimate, noInformation } from "./estimate.js";

const never: CaptureHistory[] = [
  { lists: [1, 0], count: 30 },
  { lists: [0, 1], count: 20 },
];

describe("estimates only where the lists say something about the unseen", () => {
  it("gives every method no estimate, with the reason, when no one is on two lists", () => {
    for (const method of ["loglinear", "dga", "lcmcr"] as const) {
      const r = estimate(never, { method, seed: 1, iterations: 200 });
      expect(r.estimate, method).toBeNull();
      expect(r.lower, method).toBeNull();
      expect(r.upper, method).toBeNull();
      expect(r.noEstimate, method).toMatch(/no one is on more than one list/);
      expect(r.observed).toBe(50);
    }
  });

  it("estimates as before once the lists overlap", () => {
    const some: CaptureHistory[] = [...never, { lists: [1, 1], count: 10 }];
    expect(noInformation(captureTable(some))).toBeNull();
    const r = estimate(some);
    expect(r.noEstimate).toBeUndefined();
    // Lincoln–Petersen: 40 × 30 / 10 = 120.
    expect(r.estimate).toBeCloseTo(120, 0);
  });

  it("gives no estimate when the lists fall into groups that share no one, naming the groups", () => {
    // A and B overlap, C and D overlap, but no one on A or B is on C or D.
    const apart: CaptureHistory[] = [
      { lists: [1, 0, 0, 0], count: 30 },
      { lists: [0, 1, 0, 0], count: 25 },
      { lists: [1, 1, 0, 0], count: 12 },
      { lists: [0, 0, 1, 0], count: 40 },
      { lists: [0, 0, 0, 1], count: 18 },
      { lists: [0, 0, 1, 1], count: 9 },
    ];
    for (const method of ["loglinear", "dga", "lcmcr"] as const) {
      const r = estimate(apart, {
        method,
        seed: 1,
        iterations: 200,
        listNames: ["mosque", "morgue", "survey", "court"],
      });
      expect(r.estimate, method).toBeNull();
      expect(r.lower, method).toBeNull();
      expect(r.upper, method).toBeNull();
      expect(r.noEstimateCode, method).toBe("separate-groups");
      expect(r.noEstimate, method).toMatch(/mosque \+ morgue; survey \+ court/);
    }
    // One list alone beside two that overlap is a group of its own.
    const alone = noInformation(
      captureTable([
        { lists: [1, 1, 0], count: 5 },
        { lists: [1, 0, 0], count: 5 },
        { lists: [0, 0, 1], count: 7 },
      ]),
    );
    expect(alone?.code).toBe("separate-groups");
    expect(alone?.reason).toMatch(/list 1 \+ list 2; list 3/);
  });

  it("estimates when every list is joined to the others through someone, even if not directly", () => {
    // A meets B and B meets C; A and C never share anyone, yet the lists form one group.
    const chain: CaptureHistory[] = [
      { lists: [1, 0, 0], count: 40 },
      { lists: [0, 1, 0], count: 30 },
      { lists: [0, 0, 1], count: 35 },
      { lists: [1, 1, 0], count: 15 },
      { lists: [0, 1, 1], count: 12 },
    ];
    expect(noInformation(captureTable(chain))).toBeNull();
    const r = estimate(chain, { method: "loglinear" });
    expect(r.noEstimate).toBeUndefined();
    expect(r.estimate).toBeGreaterThan(132);
  });
});
