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
});
