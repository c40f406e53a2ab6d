/** Hiding a protected name: every spelling and script, offsets kept, pseudonyms stable. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { itWithCorpus } from "../../../test/support/corpus.js";
import { CORPUS_DIR } from "../../../test/support/paths.js";
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

  it("keeps names apart that share only their consonants, so each is its own person", () => {
    // Hasanov and Huseynov have one consonant skeleton; a register keyed by it made them one entry.
    expect(nameKey("Valeh Hasanov")).not.toBe(nameKey("Valeh Huseynov"));
    expect(nameKey("Valeh Həsənov")).toBe(nameKey("Валех Гасанов"));
    expect(pseudonymOf("khojaly-1992", "Valeh Hasanov")).not.toBe(pseudonym);
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
    // In running text a surname alone refers back to the person, and so does a given name alone
    // in a text that names him; elsewhere a given name alone is anyone's.
    expect(r.text(`${LONG}Later Huseynov was exchanged; Valeh was freed in March.`)).toBe(
      `${LONG}Later ${MASK.repeat(8)} was exchanged; ${MASK.repeat(5)} was freed in March.`,
    );
    expect(r.text(`${LONG}Valeh is a common name in Aghdam.`)).toBe(
      `${LONG}Valeh is a common name in Aghdam.`,
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

  it("masks a given name alone in the passages of a document that names the person", () => {
    const answer = r.deep({
      source: { id: "s1", title: "Testimonies" },
      passages: [
        { text: `${LONG}Valeh Huseynov was taken hostage on 26 February.` },
        { text: `${LONG}In March Valeh was exchanged at Aghdam.` },
      ],
    });
    expect(answer.passages[1]?.text).toBe(
      `${LONG}In March ${MASK.repeat(5)} was exchanged at Aghdam.`,
    );
    // A document that does not name him keeps every Valeh it holds.
    const other = r.deep({ passages: [{ text: `${LONG}In March Valeh Mammadov was exchanged.` }] });
    expect(other.passages[0]?.text).toBe(`${LONG}In March Valeh Mammadov was exchanged.`);
  });

  it("masks no one else: same consonants, other names; a family name in both genders is one", () => {
    // Hasanov has the consonants of Huseynov (h, s, n, v) but the folding says another name.
    for (const other of ["Hasanov", "Həsənov", "Гасанов", "Husenov"])
      expect(r.text(`${LONG}Later ${other} was exchanged.`)).toBe(
        `${LONG}Later ${other} was exchanged.`,
      );
    const aynur = makeRedactor([
      { name: "Aynur Məmmədova", pseudonym: pseudonymOf("test", "Aynur Məmmədova") },
    ]);
    for (const spelling of ["Mammadova", "Мамедова", "Mamedova", "Mammadov"])
      expect(aynur.text(`${LONG}${spelling} testified.`)).toBe(
        `${LONG}${MASK.repeat(spelling.length)} testified.`,
      );
    for (const other of ["Muhammadova", "Mahmudova", "Mamadli"])
      expect(aynur.text(`${LONG}${other} testified; Aynur did not.`)).toBe(
        `${LONG}${other} testified; Aynur did not.`,
      );
    expect(aynur.inQuery("mamedova")).toBe(true);
    expect(aynur.inQuery("muhammadova")).toBe(false);
  });

  itWithCorpus("hides a witness in the compilation and leaves every other name as it is", () => {
    const text = readFileSync(join(CORPUS_DIR, "004_816fbc7181d29617.txt"), "utf8");
    // Each witness with the middle name the compilation gives him (masked inside a mention).
    for (const [name, middle, spellings] of [
      ["Valeh Huseynov", "Sahib", /\b(Valeh|Huseynov)\b/],
      ["Mikayil Guliyev", "", /\b(Mikayil|Guliyev)\b/],
    ] as const) {
      const one = makeRedactor([{ name, pseudonym: pseudonymOf("khojaly-1992", name) }]);
      const hidden = one.text(text, "text");
      expect(hidden).toHaveLength(text.length);
      expect(hidden).not.toMatch(spellings);
      // Every word masked is a part of the name (the family name in either gender); Khalilov,
      // whose consonant skeleton is Guliyev's, and every other name stay.
      const masked = new Set<string>();
      for (const m of hidden.matchAll(new RegExp(`${MASK}+`, "g")))
        masked.add(text.slice(m.index, m.index + m[0].length));
      const parts = [...name.split(" "), middle];
      for (const word of masked)
        expect(
          parts.some((p) => word === p || word === `${p}a`),
          word,
        ).toBe(true);
      expect(hidden).toContain("Khalilov");
    }
  });
});
