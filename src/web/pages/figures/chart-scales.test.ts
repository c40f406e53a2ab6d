import { describe, expect, it } from "vitest";
import { calendarScale, dateMs, yearRuns } from "./chart-scales.js";

describe("the figures chart's calendar axis", () => {
  it("breaks the axis only where five or more years in a row are empty", () => {
    expect(yearRuns([1992, 1993, 1994, 2002, 2006, 2011, 2016, 2025])).toEqual([
      [1992, 1994],
      [2002, 2016],
      [2025, 2025],
    ]);
    expect(yearRuns([1992, 1996])).toEqual([[1992, 1996]]);
    expect(yearRuns([1992, 2010])).toEqual([
      [1992, 1992],
      [2010, 2010],
    ]);
  });

  it("is linear in time within a stretch and labels its years", () => {
    const times = ["1992-02-26", "1992-07-01", "2010-04-22", "2014-05-01", "2018-02-26"].map(
      dateMs,
    );
    const x = calendarScale(times, 0, 818);
    expect(x.segments.map((s) => [s.first, s.last])).toEqual([
      [1992, 1992],
      [2010, 2018],
    ]);
    expect(x.breaks).toHaveLength(1);
    // Ten years share 800 px after the break: 80 px a year.
    expect(x(dateMs("1993-01-01"))).toBeCloseTo(80, 0);
    expect(x(dateMs("2011-01-01")) - x(dateMs("2010-01-01"))).toBeCloseTo(80, 0);
    expect(x(dateMs("2010-01-01"))).toBeGreaterThan(x(dateMs("1992-12-31")) + 17);
    // Later claims are spread over their years, not pressed against the right edge.
    expect(x(dateMs("2018-02-26")) - x(dateMs("2010-04-22"))).toBeGreaterThan(600);
    expect(x.ticks.map((t) => t.label)).toEqual(
      expect.arrayContaining(["1992", "2010", "2012", "2018"]),
    );
    expect(x.ticks.every((t, i) => i === 0 || x(t.ms) - x(x.ticks[i - 1]!.ms) >= 18)).toBe(true);
  });
});
