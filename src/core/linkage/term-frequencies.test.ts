/**
 * Term-frequency weights and the crosswise comparison of given name and surname: agreement on a
 * common name weighs less than on a rare one (within each sex), and a swap the encoder cannot
 * undo still compares as agreement.
 */
import { describe, expect, it } from "vitest";
import { comparatorsFor } from "./comparators.js";
import { encodeRecords } from "./encode.js";
import { concatTables } from "./person-table.js";
import { TF_CAP, termWeights } from "./term-frequencies.js";

describe("termWeights", () => {
  it("weighs a value by log(average agreement / its share), missing values by nothing", () => {
    const w = termWeights(Int32Array.of(7, 7, 7, 9, -1), undefined);
    // Shares 3/4 and 1/4; the chance two records agree is 9/16 + 1/16 = 10/16.
    expect(w[0]).toBeCloseTo(Math.log(10 / 16 / (3 / 4)), 5);
    expect(w[3]).toBeCloseTo(Math.log(10 / 16 / (1 / 4)), 5);
    expect(w[4]).toBe(0);
  });

  it("takes shares within each sex, and caps what a value seen once can add", () => {
    // Value 1 is common among men (group 1) and rare among women (group 2).
    const values = Int32Array.from([...Array(99).fill(1), 2, ...Array(99).fill(3), 1]);
    const sex = Int8Array.from([...Array(100).fill(1), ...Array(100).fill(2)]);
    const w = termWeights(values, sex);
    expect(w[0]!).toBeLessThan(0);
    expect(w[199]!).toBeCloseTo(TF_CAP, 5);
  });
});

describe("name comparators", () => {
  const table = concatTables([
    {
      list: "register",
      ids: ["a", "b", "c", "d", "e", "f"],
      columns: {
        given: ["Səmədəli", "Afandizada", "Elçin", "Elçin", "Elçin", "Elçin"],
        surname: ["Əfəndizadə", "Samadali", "Məmmədov", "Məmmədov", "Məmmədov", "Zöhrabbəyov"],
        sex: ["M", "M", "M", "M", "M", "M"],
      },
    },
  ]);
  const cs = comparatorsFor(encodeRecords(table));
  const surname = cs.find((c) => c.field === "surname")!;
  const given = cs.find((c) => c.field === "given")!;

  it("compares given name and surname crosswise when a clerk swapped them", () => {
    expect(surname.level(0, 1)).toBeLessThanOrEqual(2);
    expect(given.level(0, 1)).toBeLessThanOrEqual(2);
    // Crosswise agreement carries no frequency weight: the forms are counted in other columns.
    expect(surname.termWeight?.(0, 1, surname.level(0, 1))).toBe(0);
    expect(surname.level(0, 2)).toBe(5);
  });

  it("weighs agreement on a common surname below agreement on a rare one", () => {
    const common = surname.termWeight?.(2, 3, surname.level(2, 3)) ?? 0;
    const rare = surname.termWeight?.(5, 5, 0) ?? 0;
    expect(surname.level(2, 3)).toBe(0);
    expect(common).toBeLessThan(rare);
  });
});
