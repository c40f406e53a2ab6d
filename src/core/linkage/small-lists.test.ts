/**
 * Small lists — a mosque register of a few dozen names — give EM and random pairs too little to
 * learn from; the priors must still link the same people written in three alphabets.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "./blocking-rules.js";
import { DEFAULT_THRESHOLD, linkRecords } from "./link-records.js";
import { concatTables } from "./person-table.js";

const PEOPLE = [
  ["Ələkbərov", "Алекперов", "Alakbarov", "Elçin", "Эльчин", "Elchin", "1960"],
  ["Qasımov", "Гасымов", "Gasimov", "Vüqar", "Вугар", "Vugar", "1971"],
  ["Hüseynova", "Гусейнова", "Huseynova", "Səbinə", "Сабина", "Sabina", "1985"],
  ["Məmmədov", "Мамедов", "Mammadov", "Əli", "Али", "Ali", "1950"],
  ["Rzayeva", "Рзаева", "Rzayeva", "Gülnarə", "Гюльнара", "Gulnara", "1978"],
  ["Şahbazov", "Шахбазов", "Shahbazov", "Elşən", "Эльшан", "Elshan", "1966"],
] as const;

describe("linkRecords on small lists", () => {
  it("links six people across Azerbaijani Latin, Russian Cyrillic and English lists", () => {
    const part = (list: string, surname: number, given: number) => ({
      list,
      ids: PEOPLE.map((_, i) => `${list}-${i}`),
      columns: {
        surname: PEOPLE.map((p) => p[surname]),
        given: PEOPLE.map((p) => p[given]),
        birth_year: PEOPLE.map((p) => p[6]),
      },
    });
    const table = concatTables([part("az", 0, 3), part("ru", 1, 4), part("en", 2, 5)]);
    const result = linkRecords(table);
    const pairs = new Set<string>();
    for (let k = 0; k < result.links.left.length; k++) {
      const a = table.ids[result.links.left[k]!]!.split("-")[1];
      const b = table.ids[result.links.right[k]!]!.split("-")[1];
      pairs.add(`${a === b ? "same" : "different"}`);
    }
    expect(result.links.left.length).toBe(PEOPLE.length * 3);
    expect([...pairs]).toEqual(["same"]);
    expect(result.clusterCount).toBe(PEOPLE.length);
  });

  it("compares a record without a given name to one a year apart by the surname's sound, keeping it as a candidate or a link", () => {
    const az = PEOPLE.map((p) => [p[0], p[3], p[6]] as const);
    const ru = PEOPLE.map((p) => [p[1], p[4], p[6]] as const);
    const table = concatTables([
      {
        list: "az",
        ids: [...az.map((_, i) => `az-${i}`), "az-x"],
        columns: {
          surname: [...az.map((p) => p[0]), "Həsənov"],
          given: [...az.map((p) => p[1]), "Elnur"],
          birth_year: [...az.map((p) => p[2]), "1975"],
        },
      },
      {
        list: "ru",
        ids: [...ru.map((_, i) => `ru-${i}`), "ru-x"],
        columns: {
          surname: [...ru.map((p) => p[0]), "Гасанов"],
          given: [...ru.map((p) => p[1]), undefined],
          birth_year: [...ru.map((p) => p[2]), "1976"],
        },
      },
    ]);
    const result = linkRecords(table);
    const pairs = (l: typeof result.links) =>
      Array.from(l.left, (a, k) => `${table.ids[a]}|${table.ids[l.right[k]!]}`);
    expect([...pairs(result.links), ...pairs(result.candidates)]).toContain("az-x|ru-x");
    // Candidates are below the threshold, most probable first.
    const p = [...result.candidates.probability];
    expect(p.every((x) => x < DEFAULT_THRESHOLD)).toBe(true);
    expect(p).toEqual([...p].sort((a, b) => b - a));
  });

  it("pairs by surname sound and year only where a record lacks its given name", () => {
    // Two namesakes with given names must not meet here (at 1,000,000 records such pairs were
    // 29 M of 51 M compared); the record without one meets both.
    const table = concatTables([
      {
        list: "registry",
        ids: ["with-1", "with-2", "without"],
        columns: {
          surname: ["Həsənov", "Гасанов", "Gasanov"],
          given: ["Elnur", "Рашид", undefined],
          birth_year: ["1975", "1976", "1976"],
        },
      },
    ]);
    const rules = DEFAULT_RULES.filter((r) => r.forRecordsWithout === "given");
    const result = linkRecords(table, { rules, candidateLimit: 10 });
    const pairs = [...result.links.left, ...result.candidates.left].map(
      (a, k) =>
        `${table.ids[a]}|${table.ids[[...result.links.right, ...result.candidates.right][k]!]}`,
    );
    expect(result.pairsCompared).toBe(2);
    expect(pairs.sort()).toEqual(["with-1|without", "with-2|without"]);
  });

  it("compares two records whose given name and surname were swapped between the columns", () => {
    const table = concatTables([
      {
        list: "registry",
        ids: ["normal", "swapped"],
        columns: {
          surname: ["Məmmədov", "Ramilali"],
          given: ["Ramilali", "Memadov"],
          birth_year: ["1985", "1985"],
        },
      },
    ]);
    const result = linkRecords(table, { candidateLimit: 10 });
    expect(result.pairsCompared).toBe(1);
    expect(result.links.left.length + result.candidates.left.length).toBe(1);
  });
});
