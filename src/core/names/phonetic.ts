/**
 * A phonetic key for Azerbaijani and Russian names in any alphabet: coarser than the fold, so that
 * renderings that differ in a consonant Russian cannot write (Həsənov = Гасанов) or in ə written
 * as е (Ələkbərov = Алекперов) still meet.
 */
import { foldWord } from "./fold.js";
import { PHONETIC_CLASS } from "./letter-tables.js";

/** Phonetic key of a folded word (see foldWord): sound classes with repeats collapsed. */
export function phoneticOfFolded(folded: string): string {
  let out = "";
  let last = "";
  for (const ch of folded) {
    const cls = PHONETIC_CLASS[ch] ?? "";
    if (cls !== "" && cls !== last) out += cls;
    last = cls;
  }
  return out;
}

/**
 * Phonetic key of a name in any rendering.
 * @example phoneticKey("Ələkbərov") === phoneticKey("Алекперов") // "ALAKBARUF"
 */
export function phoneticKey(word: string): string {
  return phoneticOfFolded(foldWord(word));
}
