import { describe, expect, it } from "vitest";
import { foldedWords, foldWord, nameSkeleton, searchTokens } from "./fold.js";
import { parseQuery } from "./search-query.js";
import { snippet } from "./snippet.js";

const skeletonOf = (w: string) => nameSkeleton(foldWord(w));

describe("search folding", () => {
  it.each([
    ["Khojaly", ["Khojali", "Khodjaly", "Xocalı", "Ходжалы", "Ходжали", "KHOJALY"]],
    ["Aghdam", ["Agdam", "Ağdam", "Агдам"]],
    ["Nakhchivanik", ["Nakhichevanik", "Нахичеваник"]],
    ["Alakbarov", ["Ələkbərov", "Alekperov", "Алекперов"]],
    ["Gasimov", ["Qasımov", "Gasymov", "Гасымов"]],
  ])("%s has one skeleton across spellings", (name, variants) => {
    for (const v of variants) expect(skeletonOf(v), v).toBe(skeletonOf(name));
  });

  it("keeps common words apart (no skeleton for lowercase words in the text)", () => {
    const words = foldedWords("Killed in the cold, Khojaly");
    expect(words.map((w) => w.skeleton)).toEqual([
      skeletonOf("Killed"),
      null,
      null,
      null,
      skeletonOf("Khojaly"),
    ]);
    expect(skeletonOf("Khojaly")).not.toBe(skeletonOf("Aghdam"));
  });

  it("builds a tsquery with alias skeletons", () => {
    const q = parseQuery("Stepanakert hospital", [
      ["Stepanakert", "Khankendi", "Xankəndi", "Степанакерт"],
    ]);
    expect(q.terms).toHaveLength(2);
    expect(q.terms[0]?.skeletons).toEqual(
      expect.arrayContaining([skeletonOf("Khankendi"), skeletonOf("Stepanakert")]),
    );
    expect(q.tsquery).toMatch(
      /^\(stepanakert \| qsen\w+ \| qq\w+ \| qq\w+\) & \(hospital \| qsen\w+ \| qq\w+\)$/,
    );
    expect(parseQuery("  ...  ").tsquery).toBe("");
  });

  it("finds a word's other forms by its stem, and marks them", () => {
    const q = parseQuery("hostage");
    expect(q.tsquery).toContain("qsenhostage");
    expect(searchTokens("they were held as hostages")).toContain("qsenhostage");
    expect(snippet("they were held as hostages", q.terms)).toBe(
      "they were held as <mark>hostages</mark>",
    );
  });

  it("marks matches in an escaped snippet", () => {
    const q = parseQuery("xocali");
    expect(snippet("Refugees from Khodjaly <arrived> in Agdam.", q.terms)).toBe(
      "Refugees from <mark>Khodjaly</mark> &lt;arrived&gt; in Agdam.",
    );
  });
});
