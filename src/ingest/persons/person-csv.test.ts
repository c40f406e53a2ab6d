import { describe, expect, it } from "vitest";
import { readCaptureHistoriesCsv } from "./capture-histories-csv.js";
import { readPersonCsv } from "./person-csv.js";

describe("readPersonCsv", () => {
  it("maps Azerbaijani and Russian headers and reports bad rows by line", () => {
    const text = [
      "№,Soyad,Ad,Ata adı,Doğum ili,Qeyd",
      "1,Əliyev,Elçin,Həsən oğlu,1961,",
      "2,Məmmədova,Gülnarə",
      "3,,,,1950,",
      '4,"Qasımov","Bağır","Nağı oğlu",1933,"qeyd, vergüllə"',
      "1,Əliyev,Elçin,Həsən oğlu,1961,",
    ].join("\n");
    const csv = readPersonCsv(text, "mosque.csv", { id: "№" });
    expect(csv.mapped).toEqual({
      surname: "Soyad",
      given: "Ad",
      patronymic: "Ata adı",
      birth_year: "Doğum ili",
    });
    expect(csv.part.ids).toEqual(["1", "4"]);
    expect(csv.part.columns.surname).toEqual(["Əliyev", "Qasımov"]);
    expect(csv.badRows).toEqual([
      { line: 3, reason: "3 fields where the header has 6" },
      { line: 4, reason: "no name" },
      { line: 6, reason: 'duplicate id "1"' },
    ]);
  });
  it("takes explicit mappings and ignores columns; ids default to line numbers", () => {
    const text = "ФИО,Возраст,Notes\nАлиев Эльчин Гасанович,31,x\n";
    const csv = readPersonCsv(text, "morgue.csv", {
      map: { full_name: "ФИО" },
      ignore: ["Notes"],
      keepUnmapped: true,
    });
    expect(csv.mapped).toEqual({ full_name: "ФИО", age: "Возраст" });
    expect(csv.part.ids).toEqual(["line-2"]);
    expect(csv.part.extra).toEqual({});
  });
  it("refuses a file without a name column", () => {
    expect(() => readPersonCsv("a,b\n1,2\n", "x.csv")).toThrow(/no name column/);
  });
});

describe("readCaptureHistoriesCsv", () => {
  it("reads 0/1 columns with a count column and reports bad lines", () => {
    const parsed = readCaptureHistoriesCsv("A,B,count\n1,1,5\n1,0,x\n0,1,3\n2,0,1\n");
    expect(parsed.lists).toEqual(["A", "B"]);
    expect(parsed.histories).toEqual([
      { lists: [1, 1], count: 5 },
      { lists: [0, 1], count: 3 },
    ]);
    expect(parsed.badRows.map((b) => b.line)).toEqual([3, 5]);
  });
});
