import { describe, expect, it } from "vitest";
import { compareWhen } from "./chronology-order.js";

const at = (start: string, end: string | null = null) => ({ start, end });

describe("chronology order", () => {
  it("puts timed entries of a day in clock order and the day-level entry after them", () => {
    const entries = [
      at("1992-02-26"),
      at("1992-02-26T08:00", "1992-02-26T09:00"),
      at("1992-02-26T01:00", "1992-02-26T04:00"),
      at("1992-02-25T23:00"),
      at("1992-02-26T00:00", "1992-02-26T01:00"),
    ];
    expect([...entries].sort(compareWhen).map((e) => e.start)).toEqual([
      "1992-02-25T23:00",
      "1992-02-26T00:00",
      "1992-02-26T01:00",
      "1992-02-26T08:00",
      "1992-02-26",
    ]);
  });

  it("puts a month after its days and a year after its months, the shorter span first", () => {
    const entries = [
      at("1992"),
      at("1992-03"),
      at("1992-03-02"),
      at("1992-02-25", "1992-02-26"),
      at("1992-02-25"),
    ];
    expect([...entries].sort(compareWhen)).toEqual([
      at("1992-02-25"),
      at("1992-02-25", "1992-02-26"),
      at("1992-03-02"),
      at("1992-03"),
      at("1992"),
    ]);
  });
});
