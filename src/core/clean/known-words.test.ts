import { describe, expect, it } from "vitest";
import { countWords, joinedWordSplit } from "./known-words.js";

/** Each prefix's count as `get` gives it, one question a prefix. */
function prefixCountsByGet(text: string, word: string, from: number): number[] {
  const counts = countWords(text);
  const out: number[] = [];
  for (let k = from; k <= word.length; k++) out.push(counts.get(word.slice(0, k)) ?? 0);
  return out;
}

function prefixCounts(text: string, word: string, from: number): number[] {
  const out = new Int32Array(word.length + 1);
  countWords(text).prefixes(word, from, out);
  return [...out.subarray(from)];
}

const SHORT =
  "Gove is not Govern. Govern, Governments and Government: Government(s). xGovernment " +
  "Governmentx Govern-ment Gover";
// Long enough that countWords counts every word in a table instead of searching the text.
const LONG = `${SHORT} ${"filler words only ".repeat(1200)}`;

describe("countWords", () => {
  it("counts a word's prefixes as words of their own, searching a short text", () => {
    expect(prefixCounts(SHORT, "Government", 4)).toEqual(prefixCountsByGet(SHORT, "Government", 4));
    expect(prefixCounts(SHORT, "Government", 4)).toEqual([1, 1, 3, 0, 0, 0, 2]);
  });

  it("counts the same from its table in a long text", () => {
    expect(LONG.length).toBeGreaterThan(16_384);
    expect(prefixCounts(LONG, "Government", 4)).toEqual([1, 1, 3, 0, 0, 0, 2]);
    expect(prefixCounts(LONG, "Governments", 5)).toEqual(prefixCountsByGet(LONG, "Governments", 5));
  });

  it("splits a join only where both halves stand on their own", () => {
    const text = "Khojaly was shelled. People fled Khojaly. He left Khojalyjust in time; just so.";
    expect(joinedWordSplit("Khojalyjust", countWords(text))).toBe(7);
    expect(
      joinedWordSplit("Khojalyjust", countWords(`${text} ${"other words ".repeat(2000)}`)),
    ).toBe(7);
    expect(joinedWordSplit("Khojalyjust", countWords("Khojaly fled. He left Khojalyjust."))).toBe(
      -1,
    );
  });
});
