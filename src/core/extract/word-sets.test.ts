import { describe, expect, it } from "vitest";
import { CUES_BY_FIRST } from "./measure-cues.js";
import { tokenize } from "./tokens.js";
import { WordSet, wordNumber } from "./word-sets.js";

// (The core's test files share one process: a set made here may only hold words the grammar's
// own sets already numbered, as the cue words are.)
const CUE_WORDS = new WordSet(CUES_BY_FIRST.keys());

describe("word sets asked by a token's number", () => {
  it("answer for a token's lower case as the Set and Map answer for the string", () => {
    const tokens = tokenize(
      "Mr. Aliyev said 40 were Detained, 3 were KILLED and 2 wounded; others fled (see p. 4).",
    );
    for (const t of tokens) {
      expect(CUE_WORDS.hasToken(t)).toBe(t.kind === "word" && CUE_WORDS.has(t.lower));
      expect(CUES_BY_FIRST.getToken(t)).toBe(
        t.kind === "word" ? CUES_BY_FIRST.get(t.lower) : undefined,
      );
    }
    expect(tokens.filter((t) => CUE_WORDS.hasToken(t)).map((t) => t.text)).toEqual(
      expect.arrayContaining(["Detained", "KILLED", "wounded", "fled"]),
    );
    expect(CUE_WORDS.hasToken(undefined)).toBe(false);
    expect(CUES_BY_FIRST.getToken(undefined)).toBeUndefined();
  });

  it("number a word by the hash tokenize folds as by its string, whatever its case or marks", () => {
    // Capitals, an apostrophe (straight and curly), an abbreviation's and an initial's dot, a
    // non-ASCII letter, words no set holds: the hashed lookup agrees with the Map's.
    const text =
      "THE Ministry's KILLED wounded Mr. Dr. p.m. Alcee L. Hastings said don\u2019t Xocalı " +
      "Şuşa qwertyish Were were HELD, held; Sept. 4 at 7 a.m. The";
    const words = tokenize(text).filter((t) => t.kind === "word");
    expect(words.length).toBeGreaterThan(20);
    for (const t of words) expect(t.word).toBe(wordNumber(t.lower));
    expect(words.filter((t) => t.word !== 0).length).toBeGreaterThan(3);
  });

  it("answer right for tokens made before a set built later, and refuse marks and changes", () => {
    const before = tokenize("The quokkaish were held.");
    // (A module loaded after texts were tokenized: its new word is missing from these tokens.)
    const late = new WordSet(["quokkaish", "held"]);
    expect(before.filter((t) => late.hasToken(t)).map((t) => t.text)).toEqual([
      "quokkaish",
      "held",
    ]);
    const after = tokenize("Two quokkaish were held.");
    expect(after.filter((t) => late.hasToken(t)).map((t) => t.text)).toEqual(["quokkaish", "held"]);
    expect(before.some((t) => CUE_WORDS.hasToken(t) && !CUE_WORDS.has(t.lower))).toBe(false);
    expect(() => new WordSet([","])).toThrow(/no word/);
    expect(() => new WordSet(["40"])).toThrow(/no word/);
    expect(() => CUE_WORDS.delete("killed")).toThrow();
  });
});
