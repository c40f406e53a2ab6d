/**
 * A linear tokeniser for extraction: words, numbers (with thousands separators) and single
 * punctuation marks, each with its offsets and the index of the sentence it belongs to.
 */
import { isSpaceCode, isUpperCode, isWordCode } from "../text/char-class.js";
import { hashedWordNumber, hashStep, noteTokenized, wordNumber } from "./word-sets.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const SPACE_THEN_NAME = /^\s\p{Lu}\p{Ll}/u;
const CLOCK_SUFFIX = /^[ap]\.m\.$/i;
const SPACE_THEN_CAPITAL = /^\s+[\p{Lu}“"]/u;

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Lower-cased text, for lexicon lookups. */
  readonly lower: string;
  /** A word's number among the words of the word sets (word-sets.ts); 0 for none, a number or a mark. */
  readonly word: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

const LONGEST_NUMBER = 15;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter or mark at `i` (false past the end). */
function isLetterAt(text: string, i: number): boolean {
  return i < text.length && isWordCode(text.charCodeAt(i));
}

/** An apostrophe inside a word ("don't", "Xocalı’s"). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

const STARTS_UPPER = /^\p{Lu}/u;

/** How long a reference mark may be: "[3]", "[12]", "[citation needed]" is not one. */
const MAX_REFERENCE = 6;

/** The offset past any reference marks ("[3]", "[12][13]") starting at `i`, or `i`. */
function pastReferences(text: string, i: number): number {
  while (text.charCodeAt(i) === 91) {
    let j = i + 1;
    while (j < text.length && j - i < MAX_REFERENCE && isDigit(text.charCodeAt(j))) j++;
    if (j === i + 1 || text.charCodeAt(j) !== 93) return i;
    i = j + 1;
  }
  return i;
}

/**
 * Whether a new sentence begins after a full stop, ! or ? that ends before `i`: within the next
 * four characters, /^["”’)]?\s+["“]?[\p{Lu}\d]/u, read by char code (no slice or pattern per
 * full stop; the greedy reading is the pattern's only one, as no character it skips could match
 * the next part).
 */
function sentenceFollows(text: string, i: number): boolean {
  // "… the dead.[3] More than …": a reference mark after the stop is skipped (an encyclopedia's).
  i = pastReferences(text, i);
  const limit = Math.min(text.length, i + 4);
  let j = i;
  let c = text.charCodeAt(j);
  if (j < limit && (c === 34 || c === 0x201d || c === 0x2019 || c === 41)) c = text.charCodeAt(++j);
  const spaces = j;
  while (j < limit && isSpaceCode(c)) c = text.charCodeAt(++j);
  if (j === spaces || j >= limit) return false;
  if (c === 34 || c === 0x201c) c = text.charCodeAt(++j);
  if (j >= limit) return false;
  if (isDigit(c)) return true;
  // A capital beyond the Basic Multilingual Plane is a surrogate pair, cut where the window ends.
  return c >= 0xd800 && c <= 0xdbff ? STARTS_UPPER.test(text.slice(j, limit)) : isUpperCode(c);
}

/**
 * Splits `text` into tokens; sentences end at . ! ? followed by space, and at paragraph breaks.
 * A scan by char code that slices each token once: this runs over every character of the text.
 */
export function tokenize(text: string): Token[] {
  // Sized for the text at once and cut to length at the end: pushing grew and copied the array a
  // dozen times a text (2.8 of 51 MB allocated a pass). The bench's texts hold a token every 5.1
  // characters (4.7 or more in nine texts of ten); a denser one (a table) grows it as push did.
  noteTokenized();
  const tokens: Token[] = new Array((text.length >> 2) + 16);
  let count = 0;
  const n = text.length;
  let sentence = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Cleaning joined every wrapped line; a newline left standing ends a line of its own.
    if (code === 10) sentence++;
    if (isSpaceCode(code)) {
      i++;
    } else if (isDigit(code)) {
      let e = i;
      while (e < n && isDigit(text.charCodeAt(e))) e++;
      // "1,275" and "6,000": a comma followed by exactly three digits continues the number.
      while (
        text.charCodeAt(e) === 44 &&
        isDigit(text.charCodeAt(e + 1)) &&
        isDigit(text.charCodeAt(e + 3)) &&
        !isDigit(text.charCodeAt(e + 4))
      ) {
        if (!isDigit(text.charCodeAt(e + 2))) break;
        e += 4;
      }
      const t = text.slice(i, e);
      tokens[count++] = {
        kind: e - i > LONGEST_NUMBER ? "punct" : "number",
        text: t,
        lower: t,
        word: 0,
        start: i,
        end: e,
        sentence,
      };
      i = e;
    } else if (isWordCode(code)) {
      let e = i + 1;
      // Only a word with a capital (or a non-ASCII letter) needs a lower-case copy of its own.
      let cased = code < 97 || code > 122;
      // An ASCII word's number is found by a hash of its lower case folded here (word-sets.ts).
      let ascii = code < 128;
      let h = hashStep(0, code <= 90 ? code + 32 : code);
      for (;;) {
        if (e >= n) break;
        const c = text.charCodeAt(e);
        if (isWordCode(c)) {
          if (c < 97 || c > 122) cased = true;
          if (c >= 128) ascii = false;
          else h = hashStep(h, c <= 90 ? c + 32 : c);
          e++;
        } else if (isApostrophe(c) && isLetterAt(text, e + 1)) {
          cased = true;
          if (c === 39) h = hashStep(h, c);
          else ascii = false;
          e++;
        } else break;
      }
      // Abbreviations keep their dot so that "Mr." or "p.m." do not end a sentence.
      // Initials ("Alcee L. Hastings") keep their dot too.
      if (text.charCodeAt(e) === 46) {
        const initial =
          e === i + 1 && isUpperCode(code) && SPACE_THEN_NAME.test(text.slice(e + 1, e + 4));
        if (
          initial ||
          // (No abbreviation is longer than five characters: most words are not sliced again.)
          (e - i <= LONGEST_ABBREVIATION &&
            // ("until the 1990s. A commission …": a decade's "s" is no abbreviation.)
            !isDigit(text.charCodeAt(i - 1)) &&
            ABBREVIATIONS.has(text.slice(i, e + 1).toLowerCase()))
        ) {
          e++;
          cased = true;
          h = hashStep(h, 46);
        }
      }
      const t = text.slice(i, e);
      const lower = cased ? t.toLowerCase() : t;
      tokens[count++] = {
        kind: "word",
        text: t,
        lower,
        word: ascii ? hashedWordNumber(h, lower) : wordNumber(lower),
        start: i,
        end: e,
        sentence,
      };
      i = e;
      // "… at 7:00 a.m. The same sources …": the clock abbreviation also ends the sentence.
      if (
        text.charCodeAt(i - 1) === 46 &&
        CLOCK_SUFFIX.test(text.slice(i - 4, i)) &&
        SPACE_THEN_CAPITAL.test(text.slice(i, i + 3))
      )
        sentence++;
    } else {
      const t = text.slice(i, i + 1);
      tokens[count++] = {
        kind: "punct",
        text: t,
        lower: t,
        word: 0,
        start: i,
        end: i + 1,
        sentence,
      };
      i++;
      if ((code === 46 || code === 33 || code === 63) && sentenceFollows(text, i)) sentence++;
    }
  }
  tokens.length = count;
  return tokens;
}

const ABBREVIATIONS = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "st.",
  "no.",
  "vol.",
  "pp.",
  "p.",
  "feb.",
  "jan.",
  "mar.",
  "apr.",
  "aug.",
  "sept.",
  "sep.",
  "oct.",
  "nov.",
  "dec.",
  "gen.",
  "col.",
  "maj.",
  "lt.",
  "sgt.",
  "rep.",
  "sen.",
  "gov.",
  "jr.",
  "a.",
  "m.",
  "e.",
  "i.",
  "s.",
  "u.",
  "h.",
  "r.",
]);

/** Letters of the longest abbreviation ("sept."), without its dot. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length - 1));
