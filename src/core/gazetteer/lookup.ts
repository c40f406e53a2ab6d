/** Finding places by name in any spelling, and every gazetteer mention in a text. */
import { LATIN_FOLD_RULES } from "../names/letter-tables.js";
import { isUpperCode, isWordCode } from "../text/char-class.js";
import { foldName } from "./fold-name.js";
import { PLACES, type Place } from "./places.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const SPACES_OR_HYPHENS = /^[\s-]*$/;

const BY_KEY = new Map<string, Place>();
for (const place of PLACES) {
  for (const name of [place.name, ...place.aliases]) BY_KEY.set(foldName(name), place);
}
/** Every beginning of a key: a run of words can be a place only if its first word folds to one. */
const KEY_PREFIXES = new Set<string>();
for (const key of BY_KEY.keys())
  for (let n = 0; n <= key.length; n++) KEY_PREFIXES.add(key.slice(0, n));

/** The keys' first two letters ("xo" of "xojali", "ag" of "agdam", …). */
const KEY_PAIRS = new Set([...BY_KEY.keys()].map((key) => key.slice(0, 2)));
/** What a letter folds to on its own: the output of a rule that rewrites it alone, or itself. */
const foldedAlone = (letter: string) =>
  LATIN_FOLD_RULES.find(([from]) => from === letter)?.[1] ?? letter;

/**
 * Per pair of lower-case ASCII letters (26 × first + second, from "a" = 0), whether a word
 * beginning with them may fold to the beginning of a key. Folding (names/fold.ts) lower-cases such
 * a word and rewrites it left to right by LATIN_FOLD_RULES, one letter out for each rule: when no
 * rule begins with the pair itself, the first letter comes out as it folds alone, and the second
 * as the output of a rule that begins with it (the letters after it decide which) or as it folds
 * alone; the fold keeps both, unless they are the same letter (a doubled letter is kept once) or
 * a "y" (a glide it may drop). The word folds to a key's beginning only if those two letters begin
 * a key. Derived from the rules themselves, so that a rule added there holds here.
 */
const ASCII_PAIR_MAY_BEGIN_KEY = new Uint8Array(26 * 26);
for (let a = 0; a < 26; a++)
  for (let b = 0; b < 26; b++) {
    const first = String.fromCharCode(97 + a);
    const second = String.fromCharCode(97 + b);
    const out1 = foldedAlone(first);
    const outs2 = LATIN_FOLD_RULES.filter(([from]) => from[0] === second).map(([, to]) => to);
    outs2.push(foldedAlone(second));
    const may =
      first === "y" ||
      second === "y" ||
      out1.length !== 1 ||
      LATIN_FOLD_RULES.some(
        ([from]) => from.length > 1 && from[0] === first && from[1] === second,
      ) ||
      outs2.some((out2) => out2.length !== 1 || out2 === out1 || KEY_PAIRS.has(out1 + out2));
    ASCII_PAIR_MAY_BEGIN_KEY[a * 26 + b] = may ? 1 : 0;
  }

/**
 * Whether the capitalised word text[start, end) may fold to the beginning of a key: false only
 * when it cannot, judged by its first two letters without folding it (a word of another alphabet,
 * with a mark, or of one letter is always folded; so is one whose third character is beyond
 * ASCII, which may be a mark that joins the second letter).
 */
export function mayBeginKey(text: string, start: number, end: number): boolean {
  // (code | 32 is a lower-case ASCII letter exactly when the code is an ASCII letter.)
  const first = (text.charCodeAt(start) | 32) - 97;
  const second = (text.charCodeAt(start + 1) | 32) - 97;
  if (first < 0 || first > 25 || second < 0 || second > 25 || end - start < 2) return true;
  if (end - start > 2 && text.charCodeAt(start + 2) >= 128) return true;
  return ASCII_PAIR_MAY_BEGIN_KEY[first * 26 + second] === 1;
}

/** The folded form of each capitalised word seen, bounded like LOOKED_UP. */
const FOLDED = new Map<string, string>();

function foldedWord(word: string): string {
  let key = FOLDED.get(word);
  if (key === undefined) {
    key = foldName(word);
    if (FOLDED.size >= 50_000) FOLDED.clear();
    FOLDED.set(word, key);
  }
  return key;
}

/**
 * The gazetteer place a name refers to, insensitive to case, diacritics and transliteration.
 * @example lookupPlace("Xocalı")?.id // "khojaly"
 */
export function lookupPlace(name: string): Place | null {
  const known = LOOKED_UP.get(name);
  if (known !== undefined) return known;
  const key = foldName(name);
  const place = key.length < 3 ? null : (BY_KEY.get(key) ?? null);
  // Names repeat across texts; folding is the expensive part, so remember a bounded number.
  if (LOOKED_UP.size >= 50_000) LOOKED_UP.clear();
  LOOKED_UP.set(name, place);
  return place;
}

const LOOKED_UP = new Map<string, Place | null>();

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

/** Where a capital may stand: an ASCII capital or any character beyond ASCII (tested after). */
const MAY_BE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/**
 * The capitalised words of the text last read (capitalisedWords), as starts and ends: two arrays
 * kept from text to text, so that a text's words cost no object each.
 */
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);

/**
 * Words that begin with a capital, hyphenated parts included ("Nagorno-Karabakh"), as
 * /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*\/gu finds them, written to wordStarts and wordEnds;
 * returns how many. A global pattern without a match object jumps from one possible capital to
 * the next (most characters are none), and the word is read by char code from there.
 */
function capitalisedWords(text: string): number {
  let count = 0;
  const n = text.length;
  MAY_BE_CAPITAL.lastIndex = 0;
  while (MAY_BE_CAPITAL.test(text)) {
    const i = MAY_BE_CAPITAL.lastIndex - 1;
    if (!isUpperCode(text.charCodeAt(i))) continue;
    let e = i + 1;
    for (;;) {
      while (e < n && isWordCode(text.charCodeAt(e))) e++;
      if (text.charCodeAt(e) === 45 && e + 1 < n && isWordCode(text.charCodeAt(e + 1))) e++;
      else break;
    }
    if (count === wordStarts.length) {
      const starts = new Int32Array(count * 2);
      const ends = new Int32Array(count * 2);
      starts.set(wordStarts);
      ends.set(wordEnds);
      wordStarts = starts;
      wordEnds = ends;
    }
    wordStarts[count] = i;
    wordEnds[count] = e;
    count++;
    MAY_BE_CAPITAL.lastIndex = e;
  }
  return count;
}
const MAX_WORDS = 3;

/**
 * Every place mention in `text`: capitalised words (and runs of up to three) whose folded form is
 * a gazetteer name. The longest run wins, so "Nagorno Karabakh" is one mention, not two.
 */
export function findPlaces(text: string): PlaceMention[] {
  // Names repeat through a text; fold each spelling once.
  const seen = new Map<string, Place | null>();
  const lookup = (name: string): Place | null => {
    let place = seen.get(name);
    if (place === undefined) {
      place = lookupPlace(name);
      seen.set(name, place);
    }
    return place;
  };
  const words = capitalisedWords(text);
  const starts = wordStarts;
  const ends = wordEnds;
  const found: PlaceMention[] = [];
  let i = 0;
  while (i < words) {
    let matched = 0;
    // A run's folded form begins with its first word's (words are folded one by one and run
    // together), so a first word that begins no key (keys begin themselves) begins no place.
    const firstStart = starts[i]!;
    const firstEnd = ends[i]!;
    if (
      !mayBeginKey(text, firstStart, firstEnd) ||
      !KEY_PREFIXES.has(foldedWord(text.slice(firstStart, firstEnd)))
    ) {
      i++;
      continue;
    }
    const longest = Math.min(MAX_WORDS, words - i);
    for (let n = longest; n >= 1 && matched === 0; n--) {
      const lastStart = starts[i + n - 1]!;
      const lastEnd = ends[i + n - 1]!;
      const gap = text.slice(firstEnd, lastStart);
      if (n > 1 && !SPACES_OR_HYPHENS.test(text.slice(firstEnd, starts[i + 1]!))) continue;
      if (n > 1 && gap.length > 3 * n) continue;
      const place = lookup(text.slice(firstStart, lastEnd));
      if (place) {
        found.push({ start: firstStart, end: lastEnd, place });
        matched = n;
      }
    }
    i += Math.max(matched, 1);
  }
  return found;
}
