/**
 * Stemming for search, per language, so that "hostage" finds "hostages" and "held" phrasing
 * variants meet. English has the inflectional steps of the Snowball English (Porter2) stemmer;
 * a language is added by adding its stemmer to STEMMERS (Russian and Azerbaijani next), and the
 * index and the query pick it up through `stemKeys`.
 */

export type Stemmer = (word: string) => string;

const VOWEL = /[aeiouy]/;
const DOUBLES = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

/** Porter2's R1: after the first non-vowel that follows a vowel (with its three exceptions). */
function r1Start(w: string): number {
  for (const prefix of ["gener", "commun", "arsen"]) if (w.startsWith(prefix)) return prefix.length;
  for (let i = 1; i < w.length; i++)
    if (!VOWEL.test(w[i] as string) && VOWEL.test(w[i - 1] as string)) return i + 1;
  return w.length;
}

function isShortSyllableAtEnd(w: string): boolean {
  const n = w.length;
  if (n === 2) return VOWEL.test(w[0] as string) && !VOWEL.test(w[1] as string);
  const [a, b, c] = [w[n - 3] as string, w[n - 2] as string, w[n - 1] as string];
  return !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !/[wxY]/.test(c);
}

function hasVowel(s: string): boolean {
  return VOWEL.test(s);
}

/**
 * English: Porter2's steps 0, 1a, 1b and 1c (possessives, plurals, -ed, -ing, final -y), which
 * carry nearly all of what searching a word's forms needs without merging unrelated words.
 * @example stemEnglish("hostages") === stemEnglish("hostage") // "hostage"
 */
export function stemEnglish(word: string): string {
  if (word.length <= 2 || !/^[a-z']+$/.test(word)) return word;
  let w = word.replace(/^'/, "");
  // y as a consonant (initial, or after a vowel) is written Y so that it counts as one.
  w = w.replace(/^y/, "Y").replace(/([aeiouy])y/g, "$1Y");
  const r1 = r1Start(w);
  // Step 0: possessives.
  w = w.replace(/'s'$|'s$|'$/, "");
  // Step 1a: plurals.
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(ied|ies)$/.test(w)) w = w.length > 4 ? w.slice(0, -2) : w.slice(0, -1);
  else if (w.endsWith("s") && !/(us|ss)$/.test(w) && hasVowel(w.slice(0, -2))) w = w.slice(0, -1);
  // Step 1b: -eed, -ed, -ing.
  const eed = /(eedly|eed)$/.exec(w);
  if (eed) {
    if (eed.index >= r1) w = `${w.slice(0, eed.index)}ee`;
  } else {
    const ed = /(ingly|edly|ing|ed)$/.exec(w);
    if (ed && hasVowel(w.slice(0, ed.index))) {
      w = w.slice(0, ed.index);
      if (/(at|bl|iz)$/.test(w)) w += "e";
      else if (DOUBLES.some((d) => w.endsWith(d))) w = w.slice(0, -1);
      else if (r1Start(w) >= w.length && isShortSyllableAtEnd(w)) w += "e";
    }
  }
  // Step 1c: a final y after a consonant (not the first letter) becomes i.
  if (w.length > 2 && /[yY]$/.test(w) && !VOWEL.test(w[w.length - 2] as string))
    w = `${w.slice(0, -1)}i`;
  return w.replace(/Y/g, "y");
}

/** The stemmers by language; the index and the query use every one of them. */
export const STEMMERS: Readonly<Record<string, Stemmer>> = { en: stemEnglish };

/** Prefix of stem tokens: "qs" + language + stem, never equal to a plain word's key. */
export const STEM_PREFIX = "qs";

/**
 * The stem tokens of a folded word, one per language: a word's forms share them.
 * @example stemKeys("hostages") // ["qsenhostage"]
 */
export function stemKeys(plain: string): string[] {
  const keys: string[] = [];
  for (const [lang, stem] of Object.entries(STEMMERS)) {
    const s = stem(plain);
    keys.push(`${STEM_PREFIX}${lang}${s}`);
  }
  return keys;
}
