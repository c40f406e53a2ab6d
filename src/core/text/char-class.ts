/**
 * Character classes by char code, for scanners that visit every character of a text: an ASCII
 * fast path, and Unicode property tests (cached per code) only for the rest. Regular expressions
 * with `\p{…}` classes cost far more per character than these tests.
 */
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;

/** Per non-ASCII code unit: bit 1 letter, 2 upper, 4 lower, 8 space, 32 mark; 0 = not yet known. */
const known = new Uint8Array(65536);
const COMPUTED = 16;

function classOf(c: number): number {
  let k = known[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k =
      COMPUTED |
      (LETTER.test(ch) ? 1 : 0) |
      (UPPER.test(ch) ? 2 : 0) |
      (LOWER.test(ch) ? 4 : 0) |
      (SPACE.test(ch) ? 8 : 0) |
      (MARK.test(ch) ? 32 : 0);
    known[c] = k;
  }
  return k;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter (`\p{L}`). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & 1) !== 0;
}

/** A letter or a combining mark (so that decomposed accents stay inside their word). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & 33) !== 0;
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (classOf(c) & 2) !== 0;
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (classOf(c) & 4) !== 0;
}

export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (classOf(c) & 8) !== 0;
}

const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Whether `s` begins with a capital letter, as /^\p{Lu}/u tests it: by char code, with the
 * pattern only for a letter outside the Basic Multilingual Plane (a surrogate pair).
 */
export function startsUpper(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdbff) return STARTS_UPPER.test(s);
  return isUpperCode(c);
}

/**
 * Characters (ASCII only) as a table by char code: a scanner that asks about the first character
 * of every line or word reads an index (asciiHas) instead of hashing into a Set.
 */
export function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= 128) throw new RangeError(`asciiTable: ${chars[i]} is not ASCII`);
    table[c] = 1;
  }
  return table;
}

/** Whether char code `c` is one of an asciiTable's characters (false past a string's end). */
export function asciiHas(table: Uint8Array, c: number): boolean {
  return c < 128 && table[c] === 1;
}
