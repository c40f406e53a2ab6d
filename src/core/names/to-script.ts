/**
 * A name written in the reader's script when no one has translated it: Latin names (Azerbaijani
 * or English romanisations) in Russian Cyrillic for a Russian reader, Cyrillic names in Latin for
 * everyone else. Transliteration, not translation: the table follows the Russian renderings of
 * ../shared/reference/azerbaijani_letters.csv (Xocalı → Ходжалы, Şuşa → Шуша, Ağdam → Агдам).
 */
import { isPseudonym } from "../protection/pseudonym-form.js";
import { HAS_LETTER } from "../text/word-shapes.js";
import { CYRILLIC_TO_LATIN } from "./letter-tables.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const NAME_SEPARATORS = /[\s,;()"“”«»]+/;
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;
const AZERBAIJANI_LATIN_LETTER = /[əığşçöüqx]/i;

/** Latin letters and digraphs → Russian Cyrillic, longest first where they overlap. */
const LATIN_TO_CYRILLIC: ReadonlyArray<readonly [string, string]> = [
  ["shch", "щ"],
  ["dzh", "дж"],
  ["kh", "х"],
  ["zh", "ж"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["ts", "ц"],
  ["gh", "г"],
  ["ya", "я"],
  ["yu", "ю"],
  ["yo", "ё"],
  ["ye", "е"],
  ["a", "а"],
  ["b", "б"],
  ["c", "дж"],
  ["ç", "ч"],
  ["d", "д"],
  ["e", "е"],
  ["ə", "а"],
  ["f", "ф"],
  ["g", "г"],
  ["ğ", "г"],
  ["h", "х"],
  ["x", "х"],
  ["ı", "ы"],
  ["i", "и"],
  ["j", "дж"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["ö", "ё"],
  ["p", "п"],
  ["q", "г"],
  ["r", "р"],
  ["s", "с"],
  ["ş", "ш"],
  ["t", "т"],
  ["u", "у"],
  ["ü", "ю"],
  ["v", "в"],
  ["w", "в"],
  ["y", "й"],
  ["z", "з"],
];
const LONGEST = Math.max(...LATIN_TO_CYRILLIC.map(([l]) => l.length));
const TO_CYRILLIC = new Map(LATIN_TO_CYRILLIC);

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-zəğıöüşç]/i;

function matchCase(source: string, out: string): string {
  if (source === source.toLowerCase()) return out;
  const first = out.charAt(0).toUpperCase();
  return source.length > 1 && source === source.toUpperCase()
    ? out.toUpperCase()
    : first + out.slice(1);
}

const VOWELS = /[aeiouəıöü]/i;

/** English renderings write ы as y after a consonant (Khojaly = Xocalı = Ходжалы). */
function yAsVowel(text: string, i: number, len: number): boolean {
  if (len !== 1 || text[i]?.toLowerCase() !== "y") return false;
  const prev = text[i - 1] ?? "";
  const next = text[i + 1] ?? "";
  return LATIN.test(prev) && !VOWELS.test(prev) && !VOWELS.test(next);
}

export function latinToCyrillic(text: string): string {
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    for (let len = Math.min(LONGEST, text.length - i); len >= 1; len--) {
      const piece = text.slice(i, i + len);
      const hit = yAsVowel(text, i, len) ? "ы" : TO_CYRILLIC.get(piece.toLocaleLowerCase("az"));
      if (hit !== undefined) {
        out += matchCase(piece, hit);
        i += len;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/** Cyrillic → Latin keeping capitals (the fold's table lowercases). */
export function cyrillicToLatinCased(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    out +=
      latin === undefined
        ? ch
        : ch === lower
          ? latin
          : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Lowercase words that belong to names (patronymic words, nobiliary particles). */
const NAME_PARTICLES = new Set(
  "oğlu oglu ogly qızı qizi kyzy gizi de da di del della der den van von al el bin ibn y la le du".split(
    " ",
  ),
);

/**
 * Whether a text is a name (every word capitalised but for name particles) rather than words
 * about someone ("A French photographer quoted by the BBC (unnamed)"), which transliteration
 * would turn into nonsense.
 */
export function looksLikeName(text: string): boolean {
  const words = text.split(NAME_SEPARATORS).filter((w) => HAS_LETTER.test(w));
  return words.every((w) => {
    const first = w.replace(LEADING_NON_LETTERS, "").charAt(0);
    return first !== first.toLowerCase() || NAME_PARTICLES.has(w.toLowerCase());
  });
}

/**
 * The name in the script a reader of `language` reads: Cyrillic for "ru", Latin otherwise. A
 * protected person's pseudonym is an identifier, not a name, and a description is not a name:
 * both stay as written.
 */
export function inReaderScript(name: string, language: string): string {
  if (isPseudonym(name) || !looksLikeName(name)) return name;
  if (language === "ru")
    return CYRILLIC.test(name) || !LATIN.test(name) ? name : latinToCyrillic(name);
  return CYRILLIC.test(name) ? cyrillicToLatinCased(name) : name;
}

/** Azerbaijani Latin letters as English writes them (the first rendering of the letters table). */
const AZ_TO_ENGLISH: Readonly<Record<string, string>> = {
  ə: "a",
  ı: "i",
  ç: "ch",
  ş: "sh",
  ğ: "gh",
  ö: "o",
  ü: "u",
  x: "kh",
  q: "g",
  c: "j",
};

/**
 * A name in English Latin letters: Azerbaijani Latin letters as English writes them (Ələkbərov →
 * Alakbarov, Xocalı → Khojali), Cyrillic first into Latin. Other letters stay.
 */
export function toEnglishLatin(name: string): string {
  const latin = CYRILLIC.test(name) ? cyrillicToLatinCased(name) : name;
  let out = "";
  for (const ch of latin) {
    const lower = ch.toLocaleLowerCase("az");
    const hit = AZ_TO_ENGLISH[lower];
    out += hit === undefined ? ch : ch === lower ? hit : hit.charAt(0).toUpperCase() + hit.slice(1);
  }
  return out;
}

/** Whether a Latin spelling is written with Azerbaijani letters (ə, ı, ğ, ş, ç, ö, ü, q, x). */
export function looksAzerbaijaniLatin(name: string): boolean {
  return !CYRILLIC.test(name) && AZERBAIJANI_LATIN_LETTER.test(name);
}

export function isCyrillic(name: string): boolean {
  return CYRILLIC.test(name);
}
