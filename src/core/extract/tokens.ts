/**
 * A linear tokeniser for extraction: words, numbers (with thousands separators) and single
 * punctuation marks, each with its offsets and the index of the sentence it belongs to.
 */
import { isSpaceCode, isUpperCode, isWordCode } from "../text/char-class.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Lower-cased text, for lexicon lookups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

const LONGEST_NUMBER = 15;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters and marks. */
function isLetter(ch: string): boolean {
  return isWordCode(ch.charCodeAt(0));
}

/** Splits `text` into tokens; sentences end at . ! ? followed by space, and at paragraph breaks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number) => {
    const t = text.slice(start, end);
    // Numbers and marks have no case: only words need a lower-case copy.
    tokens.push({
      kind,
      text: t,
      lower: kind === "word" ? t.toLowerCase() : t,
      start,
      end,
      sentence,
    });
  };
  while (i < text.length) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    // Cleaning joined every wrapped line; a newline left standing ends a line of its own.
    if (ch === "\n") sentence++;
    if (isSpaceCode(code)) {
      i++;
    } else if (isDigit(code)) {
      let e = i;
      while (e < text.length && isDigit(text.charCodeAt(e))) e++;
      // "1,275" and "6,000": a comma followed by exactly three digits continues the number.
      while (
        text[e] === "," &&
        isDigit(text.charCodeAt(e + 1)) &&
        isDigit(text.charCodeAt(e + 3)) &&
        !isDigit(text.charCodeAt(e + 4))
      ) {
        if (!isDigit(text.charCodeAt(e + 2))) break;
        e += 4;
      }
      push(e - i > LONGEST_NUMBER ? "punct" : "number", i, e);
      i = e;
    } else if (isLetter(ch)) {
      let e = i + 1;
      while (
        e < text.length &&
        (isLetter(text[e]!) ||
          ((text[e] === "'" || text[e] === "’") && isLetter(text[e + 1] ?? "")))
      )
        e++;
      // Abbreviations keep their dot so that "Mr." or "p.m." do not end a sentence.
      // Initials ("Alcee L. Hastings") keep their dot too.
      const initial =
        e === i + 1 && isUpperCode(code) && /^\s\p{Lu}\p{Ll}/u.test(text.slice(e + 1, e + 4));
      if (text[e] === "." && (initial || ABBREVIATIONS.has(text.slice(i, e + 1).toLowerCase())))
        e++;
      push("word", i, e);
      i = e;
      // "… at 7:00 a.m. The same sources …": the clock abbreviation also ends the sentence.
      if (
        text.charCodeAt(i - 1) === 46 &&
        /^[ap]\.m\.$/i.test(text.slice(i - 4, i)) &&
        /^\s+[\p{Lu}“"]/u.test(text.slice(i, i + 3))
      )
        sentence++;
    } else {
      push("punct", i, i + 1);
      i++;
      if (
        (ch === "." || ch === "!" || ch === "?") &&
        /^["”’)]?\s+["“]?[\p{Lu}\d]/u.test(text.slice(i, i + 4))
      )
        sentence++;
    }
  }
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
