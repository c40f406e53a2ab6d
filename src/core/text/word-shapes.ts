/**
 * Shapes of a word or short text that rules in several modules test, each compiled once. A
 * regular expression literal written inside a function builds a new RegExp object every time the
 * function runs; the extraction rules run per token, so their patterns live in module constants
 * (these shared ones here, the rest beside the rules that use them).
 */

/**
 * Whether a word ends in a possessive "'s" or "’s" ("navy's", "Amnesty’s"). By char code, not a
 * pattern: it is asked of the words after every "by", "on" and "in" of a text (tally-words.ts).
 */
export function isPossessive(word: string): boolean {
  const quote = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (quote === 39 || quote === 0x2019);
}
/** A whole token that is a year of the nineteenth to twenty-first centuries. */
export const YEAR_1800_2099 = /^(1[89]|20)\d\d$/;
/** "Ministry", "Aslanova": a capital, then lower-case letters only. */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
export const HAS_DIGIT = /\d/;
export const HAS_LETTER = /\p{L}/u;
/** "killed", "fleeing": a past participle or a gerund, by its ending. */
export const ED_OR_ING_END = /(ed|ing)$/;
export const STARTS_LOWER = /^\p{Ll}/u;
/** One whitespace character and then text (a line that continues after a wrap). */
export const SPACE_THEN_TEXT = /^\s\S/;
