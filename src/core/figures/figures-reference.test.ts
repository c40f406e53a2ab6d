import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCaseFiles } from "../case/load-case-files.js";
import { validateCase } from "../case/validate-case.js";
import type { Measure, Subgroup } from "../model/index.js";
import { computeFigures } from "./compute-figures.js";
import type { FlagType, MeasureFindings } from "./figure-types.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const parts = parseCaseFiles((f) =>
  readFileSync(path.join(repoRoot, "cases/khojaly-1992", f), "utf8"),
);
const result = validateCase(parts);
if (!result.ok) throw new Error("the reference case does not validate");
const findings = computeFigures(result.data);

function measure(m: Measure): MeasureFindings {
  const found = findings.find((f) => f.measure === m);
  if (!found) throw new Error(`no findings for ${m}`);
  return found;
}

function flagValues(
  m: Measure,
  type: FlagType,
  subgroup: Subgroup | null,
  aspect: string | null = null,
) {
  return measure(m)
    .flags.filter((f) => f.type === type && f.subgroup === subgroup && f.aspect === aspect)
    .flatMap((f) => f.values);
}

describe("figures of the Khojaly case, computed", () => {
  it("flags the known value conflicts", () => {
    expect(flagValues("killed", "value_conflict", "children")).toEqual(
      expect.arrayContaining(["63", "83"]),
    );
    expect(flagValues("families_destroyed", "value_conflict", "families")).toEqual(
      expect.arrayContaining(["6", "8"]),
    );
    expect(flagValues("orphaned_both", "value_conflict", "children")).toEqual(
      expect.arrayContaining(["25", "26"]),
    );
    expect(flagValues("forensic_examined", "value_conflict", null)).toEqual(
      expect.arrayContaining(["181", "184"]),
    );
  });

  it("flags 487 reported as wounded by some and as mutilated by others", () => {
    const wounded = measure("wounded").flags.find((f) => f.type === "cross_measure");
    expect(wounded).toMatchObject({ values: ["487"], otherMeasures: ["mutilated"] });
    const mutilated = measure("mutilated").flags.find((f) => f.type === "cross_measure");
    expect(mutilated).toMatchObject({ values: ["487"], otherMeasures: ["wounded"] });
  });

  it("flags one claimant's figure changing over time", () => {
    const forensic = measure("forensic_examined").flags.find((f) => f.type === "changed_over_time");
    expect(forensic).toMatchObject({
      claimant: "az-forensic-department",
      values: ["181", "184"],
    });
    const officials = measure("killed").flags.find(
      (f) =>
        f.type === "changed_over_time" && f.claimant === "az-government" && f.subgroup === null,
    );
    expect(officials?.values[0]).toBe("≈100");
  });

  it("never puts two claimants in one changed-over-time box", () => {
    for (const f of findings)
      for (const flag of f.flags.filter((x) => x.type === "changed_over_time")) {
        const rows = f.claims.filter((r) => flag.claimIds.includes(r.claimId));
        expect(new Set(rows.map((r) => r.claimant))).toEqual(new Set([flag.claimant]));
      }
  });

  it("counts the official statistics as one origin, however many documents carry them", () => {
    const killed = measure("killed");
    const official = killed.origins.filter((c) => c.origin === "claimant:az-official-statistics");
    expect(official).toHaveLength(1);
    expect(official[0]?.documents).toEqual(
      expect.arrayContaining(["azertac-khojaly-analysis", "c004-part-i", "kommersant-2002-02-27"]),
    );
    const claimants = new Set(killed.claims.map((c) => c.claimant)).size;
    expect(killed.independentOrigins).toBeLessThan(claimants);
    expect(killed.independentOrigins).toBe(new Set(killed.claims.map((c) => c.origin)).size);
    const v613 = killed.values.find((v) => v.label === "613" && v.subgroup === null);
    expect(v613?.independentOrigins).toBe(1);
    expect(v613?.claimIds.length).toBeGreaterThanOrEqual(5);
  });

  it("charts claims by publication date and never states a value of its own", () => {
    const killed = measure("killed");
    const dates = killed.chart.map((p) => p.published);
    expect(dates).toEqual([...dates].sort());
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual([
        "chart",
        "claims",
        "flags",
        "groups",
        "independentAffiliations",
        "independentOrigins",
        "measure",
        "origins",
        "spread",
        "values",
      ]);
    }
  });
});
