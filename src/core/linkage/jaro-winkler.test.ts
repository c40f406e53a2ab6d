import { describe, expect, it } from "vitest";
import { jaroWinklerStrings } from "./jaro-winkler.js";

describe("jaroWinkler", () => {
  it("matches the textbook values", () => {
    // Winkler (1990): MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813.
    expect(jaroWinklerStrings("MARTHA", "MARHTA")).toBeCloseTo(0.961, 3);
    expect(jaroWinklerStrings("DWAYNE", "DUANE")).toBeCloseTo(0.84, 3);
    expect(jaroWinklerStrings("DIXON", "DICKSONX")).toBeCloseTo(0.813, 3);
  });
  it("is 1 for equal strings and 0 for nothing in common", () => {
    expect(jaroWinklerStrings("aliev", "aliev")).toBe(1);
    expect(jaroWinklerStrings("abc", "xyz")).toBe(0);
  });
});
