/**
 * Word sets and maps asked about tokens by number, not by string. Every word some WordSet or
 * WordMap holds gets a small number when the set is built (at load); tokenize gives each word
 * token the number of its lower case once (0: a word none holds), and a question about a token
 * reads an array at that number, without reading the token's string.
 *
 * Why: the walks over every token of a text (the attribution context's verbs, the cue memo's
 * first read of each token) ran after the figure grammar had pushed the tokens' strings out of
 * the caches; each lookup loaded a cold string for its hash. The number sits in the token object
 * the walk reads anyway (BENCHMARKS, issue 10, fourteenth round).
 *
 * How to write a lookup: declare the set as `new WordSet([...])` (a map as `new WordMap(...)`) at
 * module level, and ask `SET.hasToken(tokens[k])` (`MAP.getToken(t)`); undefined (past either
 * end), a number token and a mark are in none. A WordSet is still a Set of strings: `SET.has(word)`
 * answers for a string that is no token's lower case.
 *
 * A set may be built after texts were tokenized (a module loaded later: the test files that share
 * a process load the grammar's modules in any order, and so may a command that imports a stage
 * when it needs it). Its new words were numbered too late for the tokens made before, which
 * carry 0 for them: from then on a token carrying 0 is asked by its string, which is always
 * right, and only slower.
 */

import { isWordCode } from "../text/char-class.js";

/** Each word a set or map holds, by its number (from 1). */
const NUMBERS = new Map<string, number>();
/** Set by tokenize: from then on a newly numbered word may be missing from tokens made before. */
let tokenized = false;
/** Whether a word was numbered after texts were tokenized (a token's 0 may then be such a word). */
let numberedLate = false;

/** The number of a lower-case word, 0 if no WordSet or WordMap holds it. */
export function wordNumber(lower: string): number {
  return NUMBERS.get(lower) ?? 0;
}

/**
 * The numbered words of ASCII letters (and ' .), by a hash tokenize computes while it scans each
 * word's characters: the Map lookup above hashes every new word string again, and most words are
 * in no set, which an empty slot here answers at once. Open addressing, linear probing; a slot
 * holds a word's number, 0 when empty.
 */
const HASH_SLOTS = 1 << 14;
const BY_HASH = new Int32Array(HASH_SLOTS);
/** Each numbered word by its number, to confirm a hash's candidate. */
const WORDS: string[] = [""];

/** The hash of an ASCII word so far and its next lower-case character code. */
export function hashStep(h: number, lowerCode: number): number {
  return (Math.imul(h, 31) + lowerCode) | 0;
}

/** The number of `lower`, an ASCII word whose codes hashStep folded into `h` from 0. */
export function hashedWordNumber(h: number, lower: string): number {
  for (let slot = h & (HASH_SLOTS - 1); ; slot = (slot + 1) & (HASH_SLOTS - 1)) {
    const n = BY_HASH[slot]!;
    if (n === 0 || WORDS[n] === lower) return n;
  }
}

/** Files an ASCII word under its hash (a word with other letters is found by the Map alone). */
function fileByHash(word: string, n: number): void {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return;
    h = hashStep(h, c);
  }
  if (WORDS.length > HASH_SLOTS / 2) throw new Error("word-sets.ts: the hash table is half full");
  let slot = h & (HASH_SLOTS - 1);
  while (BY_HASH[slot] !== 0) slot = (slot + 1) & (HASH_SLOTS - 1);
  BY_HASH[slot] = n;
}

/** Called by tokenize: words numbered after this may be missing from the tokens it made. */
export function noteTokenized(): void {
  tokenized = true;
}

function numberFor(word: string): number {
  const known = NUMBERS.get(word);
  if (known !== undefined) return known;
  // A number token or a mark carries 0: a set holding one would answer no for it.
  if (!isWordCode(word.charCodeAt(0)))
    throw new Error(`"${word}" is no word: a word set holds words (ask marks by their text)`);
  if (tokenized) numberedLate = true;
  const n = NUMBERS.size + 1;
  NUMBERS.set(word, n);
  WORDS.push(word);
  fileByHash(word, n);
  return n;
}

/** What a word set reads of a token: the number tokenize gave its lower case, and that case. */
export interface Numbered {
  readonly word: number;
  readonly lower: string;
}

/** A Set of words that also answers for a token by the token's number. */
export class WordSet extends Set<string> {
  /** Bit n set: the word numbered n is in the set. */
  private bits: Uint32Array;

  constructor(words?: Iterable<string>) {
    // (Set's constructor would call add before this class's fields exist.)
    super();
    this.bits = new Uint32Array(0);
    if (words) for (const w of words) this.add(w);
  }

  override add(word: string): this {
    super.add(word);
    const n = numberFor(word);
    const i = n >>> 5;
    if (i >= this.bits.length) {
      const grown = new Uint32Array(Math.max(i + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[i]! |= 1 << (n & 31);
    return this;
  }

  override delete(_word: string): boolean {
    throw new Error("a word set is fixed once built");
  }

  override clear(): void {
    throw new Error("a word set is fixed once built");
  }

  /** Whether the set holds `t`'s lower-case word (false for no token). */
  hasToken(t: Numbered | undefined): boolean {
    if (t === undefined) return false;
    const n = t.word;
    if (n === 0) return numberedLate && this.has(t.lower);
    const i = n >>> 5;
    return i < this.bits.length && (this.bits[i]! & (1 << (n & 31))) !== 0;
  }
}

/** A Map from words that also answers for a token by the token's number. */
export class WordMap<V> extends Map<string, V> {
  /** The value of the word numbered n at n. */
  private byNumber: (V | undefined)[];

  constructor(entries?: Iterable<readonly [string, V]>) {
    super();
    this.byNumber = [];
    if (entries) for (const [w, v] of entries) this.set(w, v);
  }

  override set(word: string, value: V): this {
    super.set(word, value);
    const n = numberFor(word);
    while (this.byNumber.length <= n) this.byNumber.push(undefined);
    this.byNumber[n] = value;
    return this;
  }

  override delete(_word: string): boolean {
    throw new Error("a word map is fixed once built");
  }

  override clear(): void {
    throw new Error("a word map is fixed once built");
  }

  /** The value of `t`'s lower-case word (undefined for no token). */
  getToken(t: Numbered | undefined): V | undefined {
    if (t === undefined) return undefined;
    const n = t.word;
    if (n === 0) return numberedLate ? this.get(t.lower) : undefined;
    return n < this.byNumber.length ? this.byNumber[n] : undefined;
  }
}
