import { describe, expect, it } from "vitest";
import { searchVector } from "./search-vector.js";

describe("searchVector", () => {
  it("writes each lexeme once with its positions", () => {
    expect(searchVector(["khojaly", "qqhjl", "khojaly", "1992"])).toBe(
      "'khojaly':1,3 'qqhjl':2 '1992':4",
    );
    expect(searchVector([])).toBe("");
  });

  it("keeps PostgreSQL's limits: 255 positions a lexeme, none past 16,383", () => {
    const repeated = searchVector(Array.from({ length: 300 }, () => "a"));
    expect(repeated?.split(",")).toHaveLength(255);
    const long = searchVector([...Array.from({ length: 16_390 }, (_, i) => `t${i}`), "z", "z"]);
    expect(long).toContain(" 't16382':16383 ");
    expect(long?.endsWith(" 'z':16383")).toBe(true);
  });

  it("leaves to the store any token that is not plain letters and digits", () => {
    expect(searchVector(["plain", "naïve"])).toBeNull();
    expect(searchVector(["co-operate"])).toBeNull();
    expect(searchVector(["x".repeat(2047)])).toBeNull();
  });
});
