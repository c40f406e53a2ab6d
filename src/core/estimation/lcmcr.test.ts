/**
 * The latent-class sampler has no closed form to compare with; it is checked on generated lists
 * with known truth (heterogeneous capture), for reproducibility by seed, and for speed.
 */
import { describe, expect, it } from "vitest";
import { generatePersons } from "../generate/generate-persons.js";
import { captureTable } from "./capture-data.js";
import { estimateLcmcr } from "./lcmcr-estimate.js";

function truthTable(people: number, lists: number, seed: number) {
  const g = generatePersons({ people, lists, seed });
  const masks = new Map<number, number>();
  g.lists.forEach((l, k) => {
    for (const p of l.personIds) masks.set(p, (masks.get(p) ?? 0) | (1 << k));
  });
  const cells = new Map<number, number>();
  for (const m of masks.values()) cells.set(m, (cells.get(m) ?? 0) + 1);
  return captureTable(
    [...cells].map(([m, count]) => ({
      lists: Array.from({ length: lists }, (_, k) => ((m >> k) & 1) as 0 | 1),
      count,
    })),
  );
}

describe("LCMCR", () => {
  it("covers the true total on heterogeneous generated lists", () => {
    const table = truthTable(2000, 4, 21);
    const r = estimateLcmcr(table, { seed: 7, iterations: 4000, burnIn: 1000 });
    expect(r.lower!).toBeLessThanOrEqual(2000);
    expect(r.upper!).toBeGreaterThanOrEqual(2000);
    expect(Math.abs(r.estimate! - 2000)).toBeLessThan(100);
  });
  it("gives the same draws for the same seed", () => {
    const table = truthTable(500, 3, 2);
    const a = estimateLcmcr(table, { seed: 11, iterations: 1000, burnIn: 200 });
    const b = estimateLcmcr(table, { seed: 11, iterations: 1000, burnIn: 200 });
    expect(a).toEqual(b);
  });
});
