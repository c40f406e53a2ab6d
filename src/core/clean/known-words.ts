/**
 * Words that PDF extraction ran together ("Khojalyjust"), repaired only with evidence from the
 * same text: both halves must occur elsewhere as words of their own. No dictionary is used, so the
 * rule works for any language and never invents a boundary the document itself does not show.
 */
import { isLetterCode } from "../text/char-class.js";

const MIN_TOKEN = 8;
const MIN_PART = 3;

export type WordCounts = ReadonlyMap<string, number>;

/** How often each word occurs in the text. */
export function countWords(text: string): WordCounts {
  const counts = new Map<string, number>();
  // A scan by char code: a global regular expression would allocate a match object per word.
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && isLetterCode(text.charCodeAt(e))) e++;
    const w = text.slice(i, e);
    counts.set(w, (counts.get(w) ?? 0) + 1);
    i = e;
  }
  return counts;
}

/**
 * Where to split `word` into two words, or -1. Only proper-noun joins are repaired: a capitalised
 * first half seen at least twice, and a second half seen on its own at least once.
 */
export function joinedWordSplit(word: string, counts: WordCounts): number {
  // A real word recurs; a join made by extraction is rare (the same join can repeat once or twice).
  if (word.length < MIN_TOKEN || (counts.get(word) ?? 0) > 2) return -1;
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return -1;
  for (let k = word.length - MIN_PART; k >= MIN_PART + 1; k--) {
    const head = word.slice(0, k);
    const tail = word.slice(k);
    if (/\p{Lu}/u.test(tail.slice(1)) || /\p{Lu}/u.test(head.slice(1))) continue;
    if ((counts.get(head) ?? 0) >= 2 && (counts.get(tail) ?? 0) >= 1) return k;
  }
  return -1;
}
