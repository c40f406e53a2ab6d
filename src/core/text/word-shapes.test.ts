import { describe, expect, it } from "vitest";
import { isPossessive } from "./word-shapes.js";

describe("isPossessive", () => {
  it("reads a straight or curly apostrophe before a final s", () => {
    for (const w of ["navy's", "Amnesty’s", "'s"]) expect(isPossessive(w), w).toBe(true);
  });
  it("refuses a plain plural, a plural possessive, another mark and short words", () => {
    for (const w of ["navies", "ministries'", "navy`s", "navy's.", "s", ""])
      expect(isPossessive(w), w).toBe(false);
  });
});
