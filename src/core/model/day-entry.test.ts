import { describe, expect, it } from "vitest";
import { formatDayEntry, parseDayEntry } from "./day-entry.js";

describe("a day as a reader types it", () => {
  it("reads day-month-year with dots, slashes or dashes, and ISO in every order", () => {
    expect(parseDayEntry("26.02.1992", "dmy")).toBe("1992-02-26");
    expect(parseDayEntry(" 6/2/1992 ", "dmy")).toBe("1992-02-06");
    expect(parseDayEntry("26-02-1992", "dmy")).toBe("1992-02-26");
    expect(parseDayEntry("1992-02-26", "dmy")).toBe("1992-02-26");
    expect(parseDayEntry("1992-2-6", "ymd")).toBe("1992-02-06");
  });

  it("refuses what is no real day, and day-first text where the order is year-first", () => {
    expect(parseDayEntry("30.02.1992", "dmy")).toBeNull();
    expect(parseDayEntry("29.02.1991", "dmy")).toBeNull();
    expect(parseDayEntry("29.02.1992", "dmy")).toBe("1992-02-29");
    expect(parseDayEntry("12.13.1992", "dmy")).toBeNull();
    expect(parseDayEntry("26.02.92", "dmy")).toBeNull();
    expect(parseDayEntry("26.02.1992", "ymd")).toBeNull();
    expect(parseDayEntry("fevral", "dmy")).toBeNull();
    expect(parseDayEntry("", "dmy")).toBeNull();
  });

  it("writes an ISO day back in the reader's order", () => {
    expect(formatDayEntry("1992-02-26", "dmy")).toBe("26.02.1992");
    expect(formatDayEntry("1992-02-26", "ymd")).toBe("1992-02-26");
    expect(formatDayEntry("not a day", "dmy")).toBe("not a day");
  });
});
