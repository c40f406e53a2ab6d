/**
 * Regular English inflection for the vocabulary: a data file lists a noun in the singular or a
 * verb in its base form, and lexicon.ts adds the plural or the past form, so that whole word
 * classes are covered without listing each form. Irregular forms ("children", "held", "slain")
 * stay listed in the data.
 */

/** Words ending in "man" whose plural is not "-men" ("humans", "Germans"). */
const NOT_MAN = new Set(["human", "german", "roman", "ottoman", "shaman", "talisman"]);

/**
 * The regular plural of a noun ("soldier" → "soldiers", "policeman" → "policemen", "deputy" →
 * "deputies", "witness" → "witnesses"). A word already plural in form ("troops") gets its own
 * form back, so that a list may hold either.
 */
export function pluralOf(noun: string): string {
  if (noun.includes(" ")) {
    const words = noun.split(" ");
    return [...words.slice(0, -1), pluralOf(words[words.length - 1]!)].join(" ");
  }
  if (noun.endsWith("man") && !NOT_MAN.has(noun)) return `${noun.slice(0, -3)}men`;
  if (/(ss|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  if (noun.endsWith("s")) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * The regular past form of a verb ("arrest" → "arrested", "evacuate" → "evacuated", "bury" →
 * "buried", "stab" → "stabbed"). A final consonant is doubled only in one-syllable verbs ending
 * in consonant–vowel–consonant; a longer verb that doubles ("kidnapped") is listed as it is.
 */
export function pastOf(verb: string): string {
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  if (syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(verb))
    return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** The third person singular of a verb ("maintain" → "maintains", "testify" → "testifies"). */
export function thirdPersonOf(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
