import { describe, expect, it } from "vitest";
import { searchVector } from "./search-vector.js";

describe("searchVector", () => {
  it("writes each lexeme once, without positions", () => {
    expect(searchVector(["khojaly", "qqhjl", "khojaly", "1992"])).toBe("'khojaly' 'qqhjl' '1992'");
    expect(searchVector([])).toBe("");
    expect(searchVector(Array.from({ length: 300 }, () => "a"))).toBe("'a'");
  });

  it("leaves to the store any token that is not plain letters and digits", () => {
    expect(searchVector(["plain", "naïve"])).toBeNull();
    expect(searchVector(["co-operate"])).toBeNull();
    expect(searchVector(["x".repeat(2047)])).toBeNull();
  });
});
