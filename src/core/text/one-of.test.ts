import { describe, expect, it } from "vitest";
import { isOneOf } from "./one-of.js";

describe("isOneOf", () => {
  it("is true exactly for the list's words, as a /^(…)$/ pattern of them is", () => {
    const list = "were|was|,|.|—";
    const pattern = /^(were|was|,|\.|—)$/;
    for (const word of ["were", "was", ",", ".", "—", "Were", "wer", "weree", "", "a", "was."]) {
      expect(isOneOf(word, list)).toBe(pattern.test(word));
    }
  });

  it("keeps each list apart, however many lists are asked", () => {
    expect(isOneOf("are", "were|are")).toBe(true);
    expect(isOneOf("are", "we|they")).toBe(false);
    expect(isOneOf("they", "we|they")).toBe(true);
  });
});
