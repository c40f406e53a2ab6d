import { describe, expect, it } from "vitest";
import { agreement, percentOf } from "./field-agreement.js";

describe("what a reviewer sees of a pair", () => {
  it("says where two records agree, agree in another spelling, are close or differ", () => {
    expect(agreement("surname", "Həsənov", "Həsənov")).toBe("same");
    expect(agreement("surname", "Həsənov", "Гасанов")).toBe("spelling");
    expect(agreement("given", "Tofiq", "Tofik")).toBe("spelling");
    expect(agreement("surname", "Cəfərov", "Jafarov")).toBe("spelling");
    expect(agreement("birth_year", "1975", "1976")).toBe("near");
    expect(agreement("birth_date", "1975-03-02", "02.03.1977")).toBe("near");
    expect(agreement("birth_year", "1975", "1980")).toBe("differs");
    expect(agreement("surname", "Əliyev", "Quliyev")).toBe("differs");
    expect(agreement("sex", "m", undefined)).toBe("one");
  });

  it("never rounds a probability up to certainty", () => {
    expect(percentOf(0.99996)).toBe("99.99");
    expect(percentOf(0.9624)).toBe("96.2");
    expect(percentOf(0.5)).toBe("50.0");
    expect(percentOf(1)).toBe("100");
    // A candidate far below the threshold keeps some chance rather than showing "0.0".
    expect(percentOf(0.000006)).toBe("< 0.1");
    expect(percentOf(0)).toBe("0.0");
  });
});
