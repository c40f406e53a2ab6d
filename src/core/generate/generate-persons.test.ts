import { describe, expect, it } from "vitest";
import { toCsvText, truthCsvText } from "./csv-text.js";
import { generatePersons } from "./generate-persons.js";

describe("generatePersons", () => {
  it("is deterministic for a seed", () => {
    const a = generatePersons({ people: 300, lists: 4, seed: 5 });
    const b = generatePersons({ people: 300, lists: 4, seed: 5 });
    expect(a).toEqual(b);
    expect(generatePersons({ people: 300, lists: 4, seed: 6 })).not.toEqual(a);
  });
  it("writes each list in its own alphabet with truth for every row", () => {
    const g = generatePersons({ people: 500, lists: 4, seed: 1 });
    const [mosque, morgue, prosecutor, ngo] = g.lists;
    expect(mosque!.rows.some((r) => /[əğıöüçş]/i.test(r.join(" ")))).toBe(true);
    expect(morgue!.rows.every((r) => /[а-яё]/i.test(r[1]!))).toBe(true);
    expect(prosecutor!.rows.every((r) => /^[A-Za-z' -]*$/.test(r[1]! + r[2]!))).toBe(true);
    expect(ngo!.rows.some((r) => /[әһҹҝ]/i.test(r[1]!))).toBe(true);
    const observed = new Set(g.lists.flatMap((l) => [...l.personIds]));
    expect(observed.size + g.unobserved).toBe(500);
    const truth = truthCsvText(g).trim().split("\n");
    expect(truth.length - 1).toBe(g.lists.reduce((s, l) => s + l.rows.length, 0));
  });
  it("quotes CSV cells that need it", () => {
    expect(toCsvText(["a", "b"], [['x,"y"', "z"]])).toBe('a,b\n"x,""y""",z\n');
  });
});
