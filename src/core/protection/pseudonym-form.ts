/**
 * What a pseudonym looks like ("Person 3F9A0C"), apart from how it is made (pseudonym.ts), so
 * that the web application can recognise one without bundling a hash. A pseudonym is an
 * identifier, the same in every language: shown as stored, never transliterated or translated.
 */
export const PSEUDONYM_WORD = "Person";

const FORM = new RegExp(`^${PSEUDONYM_WORD} [0-9A-F]{6}$`);

/** Whether a name field holds a protected person's pseudonym rather than a name. */
export function isPseudonym(name: string): boolean {
  return FORM.test(name);
}
