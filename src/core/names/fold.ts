/**
 * Folding: any rendering of a name or place (Azerbaijani Latin or Cyrillic, Russian Cyrillic,
 * English or French romanisation) reduced to a lowercase ASCII key, so that Xocalı, Khojaly,
 * Khodjaly and Ходжалы all become "xojali".
 */
import { CYRILLIC_TO_LATIN, FOLDED_VOWELS, LATIN_FOLD_RULES } from "./letter-tables.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/u;
const ONLY_NUMERALS = /^\p{N}+$/u;

const MAX_RULE = Math.max(...LATIN_FOLD_RULES.map(([from]) => from.length));
const RULES = new Map(LATIN_FOLD_RULES);

/** Cyrillic letters to Latin; other characters pass through unchanged. Lowercases. */
export function cyrillicToLatin(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

function applyLatinRules(text: string): string {
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    for (let len = Math.min(MAX_RULE, text.length - i); len >= 1; len--) {
      const hit = RULES.get(text.slice(i, i + len));
      if (hit !== undefined) {
        out += hit;
        i += len;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

function stripMarks(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * y is a glide that romanisations write or drop at will: before a vowel it is dropped except at
 * the start of a word (Əliyev = Aliev, Гёзал = Gözəl, Rzayev = Рзаев), elsewhere it is the vowel
 * ı/ы (Gasymov = Qasımov).
 */
function settleY(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch !== "y") {
      if (out.length === 0 || out[out.length - 1] !== ch) out += ch;
      continue;
    }
    const next = word[i + 1];
    const prev = out[out.length - 1];
    if (next !== undefined && FOLDED_VOWELS.has(next)) {
      // Word-initial ye is Russian е as BGN writes it (Yershov = Ершов = Ershov); between vowels
      // the glide is Russian я/ю/е written out (Rzayev = Рзаев).
      if (prev === undefined && next !== "e") out += "y";
    } else if (prev !== "i") out += "i";
  }
  return out;
}

/**
 * Folds one word (a name part) to its key: lowercase ASCII in the folded alphabet, doubled
 * letters collapsed. `foldWord("Ələkbərov") === foldWord("Alakbarov")`.
 */
export function foldWord(word: string): string {
  const latin = stripMarks(applyLatinRules(cyrillicToLatin(word.normalize("NFC"))));
  return settleY(latin.replace(/[^a-z]/g, ""));
}

/** Folds text word by word, keeping single spaces between words. */
export function foldText(text: string): string {
  const words = text.split(NOT_LETTERS_OR_DIGITS).filter((w) => w.length > 0);
  const out: string[] = [];
  for (const w of words) {
    const folded = ONLY_NUMERALS.test(w) ? w : foldWord(w);
    if (folded.length > 0) out.push(folded);
  }
  return out.join(" ");
}

/**
 * Search key for any text, insensitive to alphabet, transliteration and diacritics:
 * Khojaly, Khojali, Khodjaly, Xocalı and Ходжалы all give "xojali". Apply it to both the indexed
 * text and the query.
 */
export function foldForSearch(text: string): string {
  return foldText(text);
}
