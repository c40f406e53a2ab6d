/** Hiding a protected name: every spelling and script, offsets kept, pseudonyms stable. */
import { describe, expect, it } from "vitest";
import { MASK, makeRedactor, nameKey, pseudonymOf } from "./index.js";

const pseudonym = pseudonymOf("khojaly-1992", "Valeh Huseynov");
const r = makeRedactor([{ name: "Valeh Huseynov", pseudonym }]);
const LONG = " ".repeat(130);

describe("protected names", () => {
  it("gives one stable pseudonym to every spelling of a name in a case", () => {
    expect(pseudonym).toMatch(/^Person [0-9A-F]{6}$/);
    for (const spelling of ["Valeh Hüseynov", "Валех Гусейнов", "Huseynov Valeh", "VALEH HUSEYNOV"])
      expect(pseudonymOf("khojaly-1992", spelling)).toBe(pseudonym);
    expect(pseudonymOf("another-case", "Valeh Huseynov")).not.toBe(pseudonym);
    expect(nameKey("Valeh Huseynov, former hostage")).toBe(nameKey("Valeh Huseynov"));
  });

  it("masks every spelling in running text and keeps its length", () => {
    for (const spelling of [
      "Valeh Huseynov",
      "Valeh Hüseynov",
      "Валех Гусейнов",
      "Вәлех Һүсејнов",
      "Valekh Guseinov",
      "V. Huseynov",
      "Hüseynov Valeh",
    ]) {
      const text = `${LONG}The hostage ${spelling} said that the column was fired on.`;
      const hidden = r.text(text);
      expect(hidden).toHaveLength(text.length);
      expect(hidden).not.toContain(spelling);
      expect(hidden).toContain(`The hostage ${spelling.replace(/\S/g, MASK)} said`);
    }
    // In running text a surname alone refers back to the person; a first name alone does not.
    expect(r.text(`${LONG}Later Huseynov was exchanged; Valeh is a common name.`)).toBe(
      `${LONG}Later ${MASK.repeat(8)} was exchanged; Valeh is a common name.`,
    );
    expect(r.text("Nothing to hide here.")).toBe("Nothing to hide here.");
  });

  it("puts the pseudonym in a name field and masks quotes, snippets and split records", () => {
    expect(r.text("Valeh Huseynov, former hostage from Khojaly")).toBe(
      `${pseudonym}, former hostage from Khojaly`,
    );
    expect(r.text("Valeh Huseynov", "exact")).toBe(`${MASK.repeat(5)} ${MASK.repeat(8)}`);
    // A middle name or a patronymic inside the mention goes with it.
    expect(r.text("Testimony of Valeh Sahib Huseynov, former hostage")).toBe(
      `Testimony of ${pseudonym}, former hostage`,
    );
    expect(r.text("Valeh Sahib oğlu Hüseynov", "text")).toBe(
      "Valeh Sahib oğlu Hüseynov".replace(/\S/g, MASK),
    );
    expect(r.text("Valeh Sahib and others")).toBe("Valeh Sahib and others");
    const data = r.deep({
      claimant: { name: "Валех Гусейнов", role: "witness" },
      record: { surname: "Hüseynov", given: "Valeh", age: "40" },
      other: { surname: "Hüseynov", given: "Tofiq" },
      list: ["Valeh Huseynov"],
      origin: "claimant:witness-valeh-huseynov",
      ref: "witness-valeh-huseynov",
      unrelated: "witness-nigar-azizova",
      event: "huseynov-captivity",
      search_tokens: "the hostage valeh huseinov qqhznv qqvlh qsenhuseinov qsenhostage said",
      n: 3,
    });
    const tag = pseudonym.toLowerCase().replace(" ", "-");
    expect(data).toEqual({
      claimant: { name: pseudonym, role: "witness" },
      record: { surname: MASK.repeat(8), given: MASK.repeat(5), age: "40" },
      other: { surname: "Hüseynov", given: "Tofiq" },
      list: [pseudonym],
      origin: `claimant:witness-${tag}`,
      ref: `witness-${tag}`,
      unrelated: "witness-nigar-azizova",
      event: `${tag}-captivity`,
      search_tokens: "the hostage qsenhostage said",
      n: 3,
    });
  });

  it("recognises the name in a search query in any case or spelling", () => {
    expect(r.inQuery("huseynov")).toBe(true);
    expect(r.inQuery("Гусейнов")).toBe(true);
    expect(r.inQuery("hostages exchanged")).toBe(false);
    expect(makeRedactor([]).inQuery("huseynov")).toBe(false);
  });
});
