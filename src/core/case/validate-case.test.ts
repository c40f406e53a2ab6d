import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CasePart } from "./case-types.js";
import { parseCaseFiles } from "./load-case-files.js";
import { validateCase } from "./validate-case.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** A fresh, mutable copy of the reference case for each test to break. */
function parts(): Record<CasePart, unknown[] & Record<string, unknown>> {
  const dir = path.join(repoRoot, "cases/khojaly-1992");
  return parseCaseFiles((f) => readFileSync(path.join(dir, f), "utf8")) as Record<
    CasePart,
    unknown[] & Record<string, unknown>
  >;
}

function errorsOf(input: Partial<Record<CasePart, unknown>>) {
  const result = validateCase(input);
  if (result.ok) throw new Error("expected the validator to reject the input");
  return result.errors;
}

type Json = Record<string, unknown>;

describe("validateCase", () => {
  it("names the file, JSON path and problem of a wrong vocabulary value", () => {
    const input = parts();
    const i = input.claims.findIndex((c) => (c as Json).kind === "figure");
    (input.claims[i] as Json).measure = "dead";
    expect(errorsOf(input)).toContainEqual(
      expect.objectContaining({ file: "claims.json", path: `$[${i}].measure` }),
    );
  });

  it("rejects a figure whose bounds contradict its hedge", () => {
    const input = parts();
    const i = input.claims.findIndex((c) => (c as Json).kind === "figure");
    Object.assign(input.claims[i] as Json, { min: 10, max: 5, hedge: "range" });
    const [error] = errorsOf(input);
    expect(error).toMatchObject({ file: "claims.json", path: `$[${i}]` });
    expect(error?.problem).toMatch(/below min/);
  });

  it("rejects offsets beyond the end of the corpus file", () => {
    const input = parts();
    ((input.sources[3] as Json).locator as Json).end = 10 ** 9;
    expect(errorsOf(input)).toContainEqual(
      expect.objectContaining({ file: "sources.json", path: "$[3].locator.end" }),
    );
  });

  it("rejects quoted words in a locator", () => {
    const input = parts();
    ((input.claims[1] as Json).locator as Json).quote = "copied words";
    expect(errorsOf(input)[0]).toMatchObject({ file: "claims.json", path: "$[1].locator" });
  });

  it("rejects unknown references and derivation cycles", () => {
    const input = parts();
    (input.claims[2] as Json).claimantId = "nobody";
    (input.claims[0] as Json).derivedFrom = { claim: (input.claims[1] as Json).id };
    (input.claims[1] as Json).derivedFrom = { claim: (input.claims[0] as Json).id };
    (input.claims[3] as Json).derivedFrom = { source: "no-such-source" };
    const errors = errorsOf(input);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: "claims.json", path: "$[2].claimantId" }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: "claims.json", problem: "derivation cycle" }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: "$[3].derivedFrom",
        problem: 'unknown source "no-such-source"',
      }),
    );
  });

  it("rejects place ids outside the gazetteer it is given", () => {
    const result = validateCase(parts(), { placeIds: new Set(["khojaly"]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.problem).toMatch(/unknown place id/);
  });

  it("reports a missing file", () => {
    const { routes: _routes, ...rest } = parts();
    expect(errorsOf(rest)).toContainEqual({
      file: "routes.json",
      path: "$",
      problem: "file missing",
    });
  });

  it("reads the case's translations and every event's, in each interface language", () => {
    const result = validateCase(parts());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { info, events, routes } = result.data;
    for (const lang of ["az", "ru"] as const) {
      expect(info.translations?.[lang]?.summary).toBeTruthy();
      expect(Object.keys(info.translations?.[lang]?.places ?? {}).sort()).toEqual(
        [...info.places].sort(),
      );
      expect(events.filter((e) => !e.translations?.[lang]?.what)).toEqual([]);
      expect(routes.filter((r) => !r.translations?.[lang]?.description)).toEqual([]);
    }
  });

  it("names an unknown language, a field that is not translatable and a place not in the case", () => {
    const input = parts();
    const info = input.info as unknown as Json;
    info.translations = {
      de: { summary: "Zusammenfassung" },
      az: { summary: "Xülasə", claimIds: [], places: { yerevan: "İrəvan" } },
    };
    ((input.events[0] as Json).translations as Json).ru = { what: "" };
    const errors = errorsOf(input);
    expect(errors).toContainEqual(
      expect.objectContaining({ file: "case.json", path: "$.translations.de" }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: "case.json", path: "$.translations.az.claimIds" }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: "case.json", path: "$.translations.az.places.yerevan" }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: "events.json", path: "$[0].translations.ru.what" }),
    );
  });
});
