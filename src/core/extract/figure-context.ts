/**
 * The context of a number inside its clause: the phrase cues before it (hedges, "including",
 * labels) and after it (its noun, units, measure words). Clauses end at sentence ends, ";" and
 * at the next number, so one figure never borrows another's words.
 */
import type { Token } from "./tokens.js";

/** Index range [from, to) of the clause around tokens[i, j), bounded by numbers and ; : */
export function clauseAround(
  tokens: readonly Token[],
  i: number,
  j: number,
  numberAt: (k: number) => boolean,
) {
  const sentence = tokens[i]!.sentence;
  let from = i;
  while (from > 0) {
    const t = tokens[from - 1]!;
    if (t.sentence !== sentence || t.text === ";" || numberAt(from - 1)) break;
    from--;
  }
  let to = j;
  while (to < tokens.length) {
    const t = tokens[to]!;
    if (t.sentence !== sentence || t.text === ";" || numberAt(to)) break;
    to++;
  }
  return { from, to };
}

/** Phrases split into words once: phraseAt runs for every token near every number. */
const SPLIT = new Map<string, string[]>();

/** The words of a phrase, split once. */
export function wordsOf(phrase: string): readonly string[] {
  let words = SPLIT.get(phrase);
  if (!words) {
    words = phrase.split(" ");
    SPLIT.set(phrase, words);
  }
  return words;
}

/** Whether the lower-case tokens at k spell `phrase` ("at least"); returns the length or 0. */
export function phraseAt(tokens: readonly Token[], k: number, phrase: string): number {
  const words = wordsOf(phrase);
  for (let w = 0; w < words.length; w++) {
    if (tokens[k + w]?.lower !== words[w]) return 0;
  }
  return words.length;
}

/** Lists of phrases split into words once, by list: looking each phrase up costs a hash each time. */
const SPLIT_LISTS = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function splitList(phrases: readonly string[]): readonly (readonly string[])[] {
  let split = SPLIT_LISTS.get(phrases);
  if (!split) {
    split = phrases.map(wordsOf);
    SPLIT_LISTS.set(phrases, split);
  }
  return split;
}

/** The phrase from `phrases` that ends right before token i (at most `gap` tokens earlier). */
export function phraseEndingBefore(
  tokens: readonly Token[],
  i: number,
  phrases: readonly string[],
  gap = 0,
): string | null {
  const split = splitList(phrases);
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p]!;
    const words = split[p]!;
    const n = words.length;
    // Cheap test on the last word first: most positions match no phrase at all.
    if (tokens[i - 1]?.lower !== words[n - 1] && gap === 0) continue;
    for (let g = 0; g <= gap; g++) {
      if (i - n - g >= 0 && phraseAt(tokens, i - n - g, phrase) === n) return phrase;
    }
  }
  return null;
}
