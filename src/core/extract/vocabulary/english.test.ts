/**
 * The English vocabulary as data the grammar can read: every entry in the form the tokens have
 * (lower case, words separated by single spaces, a hyphen as its own word), nouns the grammar
 * looks up one token at a time given as one word, and no word given two meanings in lists where
 * the first silently wins.
 */
import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { ENGLISH } from "./english.js";

/** The entry as the tokeniser reads it, words lower-cased and joined by single spaces. */
const asTokens = (entry: string) =>
  tokenize(entry)
    .map((t) => t.lower)
    .join(" ");

const heads = [
  ...ENGLISH.people.flatMap((p) => p.words),
  ...ENGLISH.units.flatMap((u) => u.words),
  ...ENGLISH.measures.flatMap((m) => m.roles ?? []),
];

describe("the English vocabulary", () => {
  it("writes each cue as the tokens it must match", () => {
    const cues = ENGLISH.measures.flatMap((m) => [...m.cues, ...(m.verbs ?? [])]);
    expect(cues.filter((c) => asTokens(c) !== c)).toEqual([]);
  });

  it("gives nouns read one token at a time as one word", () => {
    const words = [...heads, ...ENGLISH.procedural, ...ENGLISH.modifiers];
    expect(words.filter((w) => w.includes(" ") || w !== w.toLowerCase())).toEqual([]);
  });

  it("names each people noun's subgroup once", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { subgroup, words } of ENGLISH.people)
      for (const w of words) {
        const before = seen.get(w);
        if (before !== undefined && before !== String(subgroup)) twice.push(w);
        seen.set(w, String(subgroup));
      }
    expect(twice).toEqual([]);
  });

  it("lists no entry twice in one list", () => {
    const lists = [
      ...ENGLISH.people.map((p) => p.words),
      ...ENGLISH.measures.flatMap((m) => [m.cues, m.verbs ?? [], m.roles ?? []]),
      ENGLISH.procedural,
      ENGLISH.modifiers,
    ];
    expect(lists.flatMap((l) => l.filter((w, i) => l.indexOf(w) !== i))).toEqual([]);
  });
});
