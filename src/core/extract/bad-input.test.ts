import { describe, expect, it } from "vitest";
import { splitCompilation } from "../split/index.js";
import { extractClaims, MAX_INPUT_CHARS } from "./index.js";

/**
 * Inputs that make a backtracking pattern or a quadratic loop run for hours. These tests assert
 * that reading them finishes (within the generous test timeout below) and what it returns, not how
 * fast: speed is measured in bench/extract.bench.ts, never asserted here, since a loaded machine
 * makes any tight bound fail for reasons that are not the code's.
 */
const HOURS_NOT_SECONDS = 180_000;

describe("bad input", () => {
  it("returns nothing for empty or blank text", () => {
    expect(extractClaims("")).toEqual([]);
    expect(extractClaims(" \n\n\t")).toEqual([]);
  });

  it("refuses binary input with a clear error", () => {
    expect(() => extractClaims("PK\u0003\u0004\u0000\u0000binary")).toThrow(/binary/);
    expect(() => extractClaims("\u0001\u0002\u0003\u0004\u0005".repeat(100))).toThrow(/binary/);
  });

  it("refuses oversized input with a clear error instead of working for minutes", () => {
    expect(() => extractClaims("a".repeat(MAX_INPUT_CHARS + 1))).toThrow(/over the limit/);
  });

  it("reads a line of a million digits to the end", { timeout: HOURS_NOT_SECONDS }, () => {
    expect(extractClaims("1".repeat(1_000_000))).toEqual([]);
    expect(splitCompilation("9".repeat(1_000_000))).toHaveLength(1);
  });

  it("reads pathological prose to the end", { timeout: HOURS_NOT_SECONDS }, () => {
    const text = `${"A ".repeat(200_000)}\n${"“".repeat(50_000)}${"1-".repeat(100_000)}\n${"I. ".repeat(50_000)}`;
    expect(Array.isArray(extractClaims(text))).toBe(true);
    expect(Array.isArray(splitCompilation(text))).toBe(true);
  });

  it("reads several megabytes of realistic text, every figure", {
    timeout: HOURS_NOT_SECONDS,
  }, () => {
    const paragraph =
      "On 26 February 1992 about 200 people were killed, officials said. According to Human Rights Watch, 161 civilians died in Khojaly.\n";
    const text = paragraph.repeat(20_000);
    expect(extractClaims(text).length).toBeGreaterThanOrEqual(100_000);
  });
});

describe("long lines", () => {
  it("are read to the end whatever they are made of", { timeout: HOURS_NOT_SECONDS }, () => {
    for (const unit of ["a 1 ", "1.", "”1 ", "word ", "http://x ", "Khojalyjust "]) {
      const line = unit.repeat(Math.ceil(400_000 / unit.length));
      expect(Array.isArray(extractClaims(line))).toBe(true);
    }
  });
});
