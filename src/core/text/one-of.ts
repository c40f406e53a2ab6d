/**
 * Whether a word is one of a short list, the test the extraction rules ask of tokens hundreds of
 * thousands of times per megabyte. Each list is a Set built once, on first use, and found again
 * by its text (a literal, whose hash the engine keeps): a regular expression literal such as
 * /^(were|are)$/ written inside a function builds a new RegExp object every time it runs, and
 * then matches character by character.
 */
const SETS = new Map<string, ReadonlySet<string>>();

/**
 * Whether `word` is exactly one of the words of `list`, separated by "|".
 * @example isOneOf("were", "were|are") // true
 */
export function isOneOf(word: string, list: string): boolean {
  let set = SETS.get(list);
  if (set === undefined) {
    set = new Set(list.split("|"));
    SETS.set(list, set);
  }
  return set.has(word);
}
