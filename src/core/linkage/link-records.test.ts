/**
 * Linkage quality on generated lists with known truth: four lists in four renderings (Azerbaijani
 * Latin, Russian Cyrillic, English, Azerbaijani Cyrillic) with typos, gaps, swapped names and age
 * noise; and one list with duplicates. Pairwise precision and recall at the default threshold.
 */
import { describe, expect, it } from "vitest";
import { type GeneratedList, generatePersons } from "../generate/generate-persons.js";
import { captureHistories } from "./capture-histories.js";
import { mapColumns } from "./column-mapping.js";
import { evaluateClusters, evaluateLinks } from "./evaluate.js";
import { linkRecords } from "./link-records.js";
import { concatTables, type PersonField, type TablePart } from "./person-table.js";

function tableOf(lists: readonly GeneratedList[]) {
  const parts: TablePart[] = lists.map((l) => {
    const map = mapColumns(l.header);
    const columns: { [F in PersonField]?: string[] } = {};
    for (const [f, idx] of Object.entries(map.fields) as [PersonField, number][]) {
      columns[f] = l.rows.map((r) => r[idx]!);
    }
    return { list: l.name, ids: l.rows.map((r) => r[map.id!]!), columns };
  });
  return { table: concatTables(parts), personOf: lists.flatMap((l) => [...l.personIds]) };
}

describe("linkRecords", () => {
  it("links four lists in four renderings with precision and recall ≥ 0.95", () => {
    const generated = generatePersons({ people: 3000, lists: 4, seed: 11 });
    const { table, personOf } = tableOf(generated.lists);
    const result = linkRecords(table, { ageYear: 1992, uSamples: 200_000 });
    const links = evaluateLinks(
      result.links.left,
      result.links.right,
      personOf,
      table.listOf,
      true,
    );
    const clusters = evaluateClusters(result.clusterOf, personOf, table.listOf, true);
    expect(links.precision).toBeGreaterThanOrEqual(0.95);
    expect(links.recall).toBeGreaterThanOrEqual(0.95);
    expect(clusters.precision).toBeGreaterThanOrEqual(0.95);
    expect(clusters.recall).toBeGreaterThanOrEqual(0.95);
    // Across lists, a cluster never holds two records of one list.
    const seen = new Set<string>();
    for (let i = 0; i < table.ids.length; i++) {
      const key = `${result.clusterOf[i]}:${table.listOf[i]}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it("finds duplicates within one list with precision and recall ≥ 0.95", () => {
    const generated = generatePersons({
      people: 5000,
      lists: 1,
      seed: 11,
      duplicateRate: 0.25,
      captureProbabilities: [1],
    });
    const { table, personOf } = tableOf(generated.lists);
    const result = linkRecords(table, { ageYear: 1992, uSamples: 200_000 });
    const links = evaluateLinks(
      result.links.left,
      result.links.right,
      personOf,
      table.listOf,
      false,
    );
    expect(links.precision).toBeGreaterThanOrEqual(0.95);
    expect(links.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("turns clusters into capture histories that count every record's person once", () => {
    const generated = generatePersons({ people: 600, lists: 3, seed: 4 });
    const { table } = tableOf(generated.lists);
    const result = linkRecords(table, { ageYear: 1992, uSamples: 50_000 });
    const histories = captureHistories(result.clusterOf, table.listOf, 3);
    const people = histories.reduce((s, h) => s + h.count, 0);
    expect(people).toBe(result.clusterCount);
    const onList = (k: number) => histories.reduce((s, h) => s + h.lists[k]! * h.count, 0);
    for (let k = 0; k < 3; k++) expect(onList(k)).toBe(generated.lists[k]!.rows.length);
  });

  it("reports its model: m above u where fields agree", () => {
    const generated = generatePersons({ people: 800, lists: 2, seed: 9 });
    const { table } = tableOf(generated.lists);
    const { model } = linkRecords(table, { ageYear: 1992, uSamples: 50_000 });
    const surname = model.fields.find((f) => f.field === "surname")!;
    expect(surname.m[1]! / surname.u[1]!).toBeGreaterThan(10);
    expect(model.prior).toBeGreaterThan(0);
  });
});
