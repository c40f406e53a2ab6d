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
  // The phrase's words are compared in place, one space-delimited stretch at a time: no split
  // list and no lookup of the phrase (this runs for every token near every number).
  let from = 0;
  for (let w = 0; ; w++) {
    const space = phrase.indexOf(" ", from);
    const end = space < 0 ? phrase.length : space;
    const lower = tokens[k + w]?.lower;
    if (lower === undefined || lower.length !== end - from || !phrase.startsWith(lower, from))
      return 0;
    if (space < 0) return w + 1;
    from = space + 1;
  }
}

/**
 * A list of phrases compiled once: each phrase's words, and the phrases (by their place in the
 * list) under their last word. Most positions end no phrase at all, and a rule asks about every
 * number: one lookup of the word before it answers, rather than a comparison per phrase.
 */
interface PhraseList {
  readonly words: readonly (readonly string[])[];
  readonly byLast: ReadonlyMap<string, readonly number[]>;
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
}

const COMPILED = new WeakMap<readonly string[], PhraseList>();

function compiled(phrases: readonly string[]): PhraseList {
  let list = COMPILED.get(phrases);
  if (!list) {
    const words = phrases.map(wordsOf);
    const byLast = new Map<string, number[]>();
    const byFirst = new Map<string, number[]>();
    const file = (map: Map<string, number[]>, word: string, p: number) => {
      const at = map.get(word);
      if (at) at.push(p);
      else map.set(word, [p]);
    };
    words.forEach((w, p) => {
      file(byLast, w[w.length - 1]!, p);
      file(byFirst, w[0]!, p);
    });
    list = { words, byLast, byFirst };
    COMPILED.set(phrases, list);
  }
  return list;
}

/** The phrase from `phrases` that ends right before token i (at most `gap` tokens earlier). */
export function phraseEndingBefore(
  tokens: readonly Token[],
  i: number,
  phrases: readonly string[],
  gap = 0,
): string | null {
  const list = compiled(phrases);
  if (gap === 0) {
    // Right before i: only the phrases whose last word is the token before i, in list order.
    const before = tokens[i - 1];
    const candidates = before ? list.byLast.get(before.lower) : undefined;
    if (!candidates) return null;
    for (const p of candidates) {
      const n = list.words[p]!.length;
      if (i - n >= 0 && phraseAt(tokens, i - n, phrases[p]!) === n) return phrases[p]!;
    }
    return null;
  }
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p]!;
    const n = list.words[p]!.length;
    for (let g = 0; g <= gap; g++) {
      if (i - n - g >= 0 && phraseAt(tokens, i - n - g, phrase) === n) return phrase;
    }
  }
  return null;
}

/** The first phrase from `phrases` (in list order) that the tokens at k spell, or null. */
export function phraseStartingAt(
  tokens: readonly Token[],
  k: number,
  phrases: readonly string[],
): string | null {
  const list = compiled(phrases);
  const first = tokens[k];
  const candidates = first ? list.byFirst.get(first.lower) : undefined;
  if (!candidates) return null;
  for (const p of candidates) if (phraseAt(tokens, k, phrases[p]!) > 0) return phrases[p]!;
  return null;
}

/** How many words a list's first, unnumbered member may span ("the town's mayor"). */
const NAMED_MEMBER_WORDS = 5;

/**
 * "…, among them the town's mayor and eleven councillors", "among them women in labour and two
 * newborn babies": a list opened by one of `openers` whose first member is named, not counted —
 * the count after "and" or a comma (at `lead`) is its next member. The named member is a few
 * words with no number and no punctuation but a possessive's apostrophe.
 */
export function openedOverNamed(
  tokens: readonly Token[],
  lead: number,
  openers: readonly string[],
): boolean {
  const joiner = tokens[lead - 1];
  if (joiner === undefined || (joiner.lower !== "and" && joiner.text !== ",")) return false;
  const sentence = joiner.sentence;
  for (let k = lead - 2, words = 0; k > 0 && words <= NAMED_MEMBER_WORDS; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind === "number") return false;
    if (t.kind === "punct" && t.text !== "'" && t.text !== "’") return false;
    if (t.kind === "word") words++;
    if (words > 0 && phraseEndingBefore(tokens, k, openers) !== null) return true;
  }
  return false;
}
