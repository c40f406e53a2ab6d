import { describe, expect, it } from "vitest";
import { splitCompilation } from "../split/index.js";
import { extractClaims, MAX_INPUT_CHARS } from "./index.js";

const within = (ms: number, fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  expect(performance.now() - t0).toBeLessThan(ms);
};

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

  it("reads a line of a million digits in bounded time", () => {
    within(5000, () => expect(extractClaims("1".repeat(1_000_000))).toEqual([]));
    within(5000, () => splitCompilation("9".repeat(1_000_000)));
  });

  it("reads pathological prose in bounded time", () => {
    const text = `${"A ".repeat(200_000)}\n${"“".repeat(50_000)}${"1-".repeat(100_000)}\n${"I. ".repeat(50_000)}`;
    within(10_000, () => extractClaims(text));
    within(10_000, () => splitCompilation(text));
  });

  it("reads several megabytes of realistic text in linear time", () => {
    const paragraph =
      "On 26 February 1992 about 200 people were killed, officials said. According to Human Rights Watch, 161 civilians died in Khojaly.\n";
    const text = paragraph.repeat(20_000);
    within(20_000, () => expect(extractClaims(text).length).toBeGreaterThanOrEqual(100_000));
  });
});

describe("long lines", () => {
  it("stay linear whatever they are made of", () => {
    for (const unit of ["a 1 ", "1.", "”1 ", "word ", "http://x ", "Khojalyjust "]) {
      const line = unit.repeat(Math.ceil(400_000 / unit.length));
      within(8000, () => extractClaims(line));
    }
  });
});
