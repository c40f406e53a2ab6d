import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.js";

describe("CSV cells", () => {
  it("neutralises every formula start, quoted or not", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("Xocalı, 613")).toBe('"Xocalı, 613"');
  });

  it("writes numbers as numbers and quotes by RFC 4180", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
    expect(toCsv(["a", "b"], [['x"y', "line\nbreak"]])).toBe('a,b\r\n"x""y","line\nbreak"\r\n');
  });
});
