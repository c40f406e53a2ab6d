import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitCompilation } from "./index.js";

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../test/fixtures/texts",
);
const read = (name: string) => readFileSync(path.join(fixtures, name), "utf8");

describe("splitCompilation", () => {
  const text = read("compilation.txt");
  const parts = splitCompilation(text);
  const summary = parts.map((p) => [p.kind, p.outlet, p.author, p.published?.iso ?? null]);

  it("finds every source of a compilation in another house style", () => {
    expect(summary).toEqual([
      ["analysis", null, null, "2021-05"],
      ["press", "The Northern Herald", "Marta Lind", "2021-05-05"],
      ["press", "Evening Courier", "Jonas Weber", "2021-05-07"],
      ["ngo_report", "Valley Rights Monitor", null, "2021-06"],
      ["testimony", null, "Leyla Hasanova", null],
      ["testimony", null, "Omar Said Talibov", null],
      ["scholarly", null, "Ingrid Sorensen", null],
      ["statement", "REPUBLIC OF EXAMPLIA", null, "2022-03-03"],
      ["resolution", "THE STATE OF NORTHLAND", null, "2022-05-04"],
      ["legislative_remark", "U.S. Congress", "Congresswoman Jane Doe", "2022-05-05"],
    ]);
  });

  it("reads headlines, places, titles and the section of each part", () => {
    expect(parts[1]).toMatchObject({
      title: "Valley town emptied after night of shelling",
      place: "Oslo",
      section: "II. PRESS COVERAGE",
    });
    expect(parts[3]).toMatchObject({
      title: "Eastfield: Three Days in May",
      place: "Geneva, Switzerland",
    });
    expect(parts[6]?.title).toBe("Borders and Violence in the Valley");
    expect(parts[9]?.place).toBe("Vermont");
  });

  it("gives parts contiguous offsets into the text", () => {
    for (let i = 1; i < parts.length; i++)
      expect(parts[i]!.start).toBeGreaterThanOrEqual(parts[i - 1]!.end - 1);
    expect(text.slice(parts[1]!.start).startsWith("THE NORTHERN HERALD")).toBe(true);
    expect(text.slice(parts[4]!.start).startsWith("Leyla Hasanova")).toBe(true);
  });

  it("returns a plain article as one part with the outlet of its Source line", () => {
    const one = splitCompilation(read("wire-report.txt"));
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ kind: "analysis", outlet: "Example Wire Service", start: 0 });
  });

  it("recognises a single witness statement", () => {
    expect(splitCompilation(read("testimony.txt"))[0]).toMatchObject({
      kind: "testimony",
      author: "Leyla Hasanova",
    });
  });

  it("handles empty text", () => {
    expect(splitCompilation("")).toEqual([
      expect.objectContaining({ kind: "analysis", start: 0, end: 0 }),
    ]);
  });
});
