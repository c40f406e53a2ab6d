/** The multi-index-hashing index against a brute-force Hamming distance on random and near hashes. */
import { describe, expect, it } from "vitest";
import { createRng } from "../estimation/random.js";
import { HashIndex } from "./hash-index.js";
import { hashDistance } from "./perceptual-hash.js";

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");

describe("HashIndex", () => {
  it("finds exactly the pairs a brute-force distance finds, across the 32-bit halves", () => {
    const rng = createRng(7);
    const word = () => Math.floor(rng.next() * 2 ** 32);
    const stored = Array.from({ length: 600 }, () => hex(word()) + hex(word()));
    // Queries: stored hashes with 0–20 bits flipped in either half, plus random ones.
    const queries = stored.slice(0, 40).map((h, i) => {
      let hi = Number.parseInt(h.slice(0, 8), 16);
      let lo = Number.parseInt(h.slice(8), 16);
      for (let k = 0; k < i % 21; k++) {
        const bit = rng.int(64);
        if (bit < 32) hi ^= 1 << bit;
        else lo ^= 1 << (bit - 32);
      }
      return hex(hi) + hex(lo);
    });
    queries.push("ffffffffffffffff", "0000000000000000", hex(word()) + hex(word()));
    const index = new HashIndex<number>();
    stored.forEach((h, i) => {
      index.add(h, i);
    });
    expect(index.size).toBe(600);

    for (const radius of [0, 5, 14, 30]) {
      const got = index
        .within(queries, radius)
        .map((m) => `${m.query}:${m.item}:${m.distance}`)
        .sort();
      const expected: string[] = [];
      queries.forEach((q, qi) => {
        stored.forEach((s, si) => {
          const d = hashDistance(q, s);
          if (d <= radius) expected.push(`${qi}:${si}:${d}`);
        });
      });
      expect(got).toEqual(expected.sort());
      if (radius >= 14) expect(got.length).toBeGreaterThan(10);
    }
    // A hash added after a search is found by the next one (the bands are rebuilt).
    index.add("0123456789abcdef", 600);
    expect(index.within(["0123456789abcdee"], 1)).toEqual([{ query: 0, item: 600, distance: 1 }]);
  });

  it("refuses a hash that is not 16 hex digits", () => {
    const index = new HashIndex<number>();
    expect(() => index.add("xyz", 1)).toThrow(/64-bit hash/);
    expect(() => index.within(["12345"], 3)).toThrow(/64-bit hash/);
  });
});
