import { describe, expect, it } from "vitest";
import {
  lowerBound,
  lowerBoundBy,
  startOf,
  upperBound,
  upperBoundBy,
  upperBoundNear,
} from "./bounds.js";

/** The bounds by a linear scan, to check the search against. */
const firstIndex = (
  list: readonly number[],
  ok: (v: number) => boolean,
  lo: number,
  hi: number,
) => {
  for (let i = lo; i < hi; i++) if (ok(list[i]!)) return i;
  return hi;
};

describe("lowerBound and upperBound", () => {
  it("find the first entry at least, and the first above, a value", () => {
    const list = [1, 3, 3, 3, 7];
    expect(lowerBound(list, 3)).toBe(1);
    expect(upperBound(list, 3)).toBe(4);
    expect(lowerBound(list, 0)).toBe(0);
    expect(upperBound(list, 7)).toBe(5);
    expect(lowerBound(list, 8)).toBe(5);
    expect(lowerBound([], 1)).toBe(0);
    expect(upperBound(new Int32Array([2, 4]), 3)).toBe(1);
  });

  it("agree with a linear scan on every value, whole array and part of it", () => {
    const list = [0, 0, 2, 5, 5, 5, 9, 12, 12, 20];
    for (let x = -1; x <= 21; x += 0.5) {
      for (const [lo, hi] of [
        [0, list.length],
        [2, 7],
        [4, 4],
      ] as const) {
        expect(lowerBound(list, x, lo, hi)).toBe(firstIndex(list, (v) => v >= x, lo, hi));
        expect(upperBound(list, x, lo, hi)).toBe(firstIndex(list, (v) => v > x, lo, hi));
      }
    }
  });
});

describe("lowerBoundBy and upperBoundBy", () => {
  it("search items by a key as the number versions search numbers", () => {
    const starts = [0, 4, 4, 10];
    const spans = starts.map((start) => ({ start, end: start + 3 }));
    for (let x = -1; x <= 11; x++) {
      expect(lowerBoundBy(spans, x, startOf)).toBe(lowerBound(starts, x));
      expect(upperBoundBy(spans, x, startOf)).toBe(upperBound(starts, x));
    }
    expect(upperBoundBy([], 5, startOf)).toBe(0);
  });
});

describe("upperBoundNear", () => {
  it("finds what upperBound finds from any hint, in or out of the array", () => {
    const list = new Int32Array([0, 0, 2, 5, 5, 5, 9, 12, 12, 20, 21, 30, 30, 31]);
    for (let x = -1; x <= 32; x += 0.5)
      for (let hint = -2; hint <= list.length + 1; hint++)
        expect(upperBoundNear(list, x, hint)).toBe(upperBound(list, x));
    expect(upperBoundNear(new Int32Array(0), 3, 0)).toBe(0);
  });
});
