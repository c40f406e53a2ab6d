/** Extraction on short texts of our own in other styles: a wire report, a court summary, a report with a table, a testimony. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";
import { claimsOfKind, figuresOf } from "./test-helpers.js";

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../test/fixtures/texts",
);
const read = (name: string) => readFileSync(path.join(fixtures, name), "utf8");

describe("fixture texts", () => {
  it("wire report: hedges, ranges, quotes and attributions", () => {
    const text = read("wire-report.txt");
    expect(figuresOf(text).map((f) => f.slice(1))).toEqual([
      ["killed", 42, null, "at_least", null],
      ["wounded", 130, 130, "approx", null],
      ["buried", 17, 17, "exact", null],
      ["killed", 9, 9, "exact", "children"],
      ["killed", 3, 3, "exact", "combatants"],
      ["displaced", null, 2000, "at_most", null],
      ["missing", 500, 700, "range", null],
    ]);
    const claimants = claimsOfKind(text, "figure", { publisher: "Example Wire Service" }).map(
      (c) => c.claimant.name,
    );
    expect(claimants).toEqual([
      "Officials in the regional capital",
      "Officials in the regional capital",
      "town's mayor",
      "health ministry",
      "opposing side",
      "Example Wire Service",
      "Example Wire Service",
    ]);
    expect(claimsOfKind(text, "time").map((t) => [t.startIso, t.approximate])).toEqual([
      ["2021-05-03T22:30", true],
      ["2021-05-04T04:00", false],
    ]);
  });

  it("court summary: case numbers, articles, sentences and ages are not figures", () => {
    const text = read("court-summary.txt");
    expect(figuresOf(text).map((f) => f.slice(1))).toEqual([
      ["detained", 300, null, "more_than", "civilians"],
      ["detained", 85, 85, "exact", "women"],
      ["detained", 41, 41, "exact", "children"],
      ["died_of_exposure", 27, 27, "exact", null],
      // "the remains of 64 victims were exhumed": counted as bodies, like "the bodies of".
      ["bodies_recovered", 64, 64, "exact", null],
    ]);
    expect(claimsOfKind(text, "figure").at(-1)?.claimant).toMatchObject({
      name: "prosecutor's office",
      role: "official",
    });
    expect(claimsOfKind(text, "actor").map((a) => a.name)).toContain("12th Mechanised Brigade");
  });

  it("report with a table: each cell under its column's measure", () => {
    const text = read("table-report.txt");
    const figures = figuresOf(text).map((f) => [f[0], f[1], f[2]]);
    expect(figures.slice(0, 6)).toEqual([
      ["112", "killed", 112],
      ["240", "wounded", 240],
      ["31", "missing", 31],
      ["56", "killed", 56],
      ["90", "wounded", 90],
      ["12", "missing", 12],
    ]);
    // ("45 families lost their homes" are displaced: the fourth round added the phrase.)
    expect(figures.slice(6).map((f) => f[1])).toEqual(["killed", "displaced", "displaced"]);
  });

  it("testimony: the witness is the claimant of everything in the statement", () => {
    const text = read("testimony.txt");
    const claims = extractClaims(text);
    expect(
      claims.every((c) => c.claimant.name === "Leyla Hasanova" && c.claimant.role === "witness"),
    ).toBe(true);
    // ("hid in the cellar with about 20 neighbours": no cue for the grammar; the learned
    // fallback reads people hiding where they live as the place's population.)
    expect(figuresOf(text).map((f) => [f[1], f[2], f[5]])).toEqual([
      ["population", 20, null],
      ["hostage", 12, null],
      ["hostage", 4, "women"],
      ["killed", 2, null],
    ]);
    expect(claimsOfKind(text, "time").map((t) => [t.startIso, t.endIso, t.precision])).toEqual([
      ["2021-05-03", "2021-05-04", "night"],
      ["2021-05-15", null, "day"],
    ]);
  });
});
