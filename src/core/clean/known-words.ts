/**
 * Words that PDF extraction ran together ("Khojalyjust"), repaired only with evidence from the
 * same text: both halves must occur elsewhere as words of their own. No dictionary is used, so the
 * rule works for any language and never invents a boundary the document itself does not show.
 */
import { isLetterCode, isUpperCode } from "../text/char-class.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

const MIN_TOKEN = 8;
const MIN_PART = 3;

/** How often a word occurs in the text (undefined: never). */
export interface WordCounts {
  get(word: string): number | undefined;
  /**
   * How often each prefix word[0, k) stands in the text as a word of its own, for every k from
   * `from` to word.length (the word itself), written to counts[k], 0 for none. `word` is a run of
   * letters longer than `from`; counts has room for word.length + 1.
   */
  prefixes(word: string, from: number, counts: Int32Array): void;
}

/** FNV-1a over the char codes of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The words of a text as an open-addressing table of (start, length, count) keyed by a hash of
 * their char codes: counting slices no string and allocates nothing per word, which matters
 * because cleaning counts every word of every text.
 */
class WordTable implements WordCounts {
  private slots: Int32Array;
  private size = 0;

  constructor(private readonly text: string) {
    let capacity = 64;
    while (capacity < text.length / 4) capacity *= 2;
    this.slots = new Int32Array(capacity * 3).fill(-1);
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length / 3 - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot * 3]!;
      if (at < 0) return slot;
      if (this.slots[slot * 3 + 1] !== length) continue;
      let j = 0;
      while (j < length && this.text.charCodeAt(at + j) === text.charCodeAt(start + j)) j++;
      if (j === length) return slot;
    }
  }

  /** Counts text[start, end) once more; `hash` is hashOf(text, start, end). */
  add(start: number, end: number, hash: number): void {
    const slot = this.find(this.text, start, end, hash);
    if (this.slots[slot * 3]! >= 0) {
      this.slots[slot * 3 + 2]!++;
      return;
    }
    this.slots[slot * 3] = start;
    this.slots[slot * 3 + 1] = end - start;
    this.slots[slot * 3 + 2] = 1;
    if (++this.size * 2 > this.slots.length / 3) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    for (let k = 0; k < old.length; k += 3) {
      const start = old[k]!;
      if (start < 0) continue;
      const end = start + old[k + 1]!;
      const slot = this.find(this.text, start, end, hashOf(this.text, start, end));
      this.slots.set(old.subarray(k, k + 3), slot * 3);
    }
  }

  get(word: string): number | undefined {
    const slot = this.find(word, 0, word.length, hashOf(word, 0, word.length));
    return this.slots[slot * 3]! >= 0 ? this.slots[slot * 3 + 2] : undefined;
  }

  /** WordCounts.prefixes: each prefix's hash carried on from the one before, nothing sliced. */
  prefixes(word: string, from: number, counts: Int32Array): void {
    let h = 0x811c9dc5;
    for (let k = 0; k < word.length; k++) {
      h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
      if (k + 1 < from) continue;
      const slot = this.find(word, 0, k + 1, h >>> 0);
      counts[k + 1] = this.slots[slot * 3]! >= 0 ? this.slots[slot * 3 + 2]! : 0;
    }
  }
}

/** The word table of a whole text: every word hashed and counted. */
function countAll(text: string): WordTable {
  const counts = new WordTable(text);
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(c)) {
      i++;
      continue;
    }
    // The word's hash is taken as it is scanned (as hashOf would), not in a second pass.
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let e = i + 1;
    for (; e < n; e++) {
      const next = text.charCodeAt(e);
      if (!isLetterCode(next)) break;
      h = Math.imul(h ^ next, 0x01000193);
    }
    counts.add(i, e, h >>> 0);
    i = e;
  }
  return counts;
}

/**
 * How often `word` stands in `text` as a word of its own (a whole run of letters), found by
 * searching the text for it: the same count the table gives, undefined for none.
 */
function occurrences(text: string, word: string): number | undefined {
  if (word.length === 0) return undefined;
  for (let k = 0; k < word.length; k++) if (!isLetterCode(word.charCodeAt(k))) return undefined;
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if ((at === 0 || !isLetterCode(text.charCodeAt(at - 1))) && !isLetterCode(text.charCodeAt(end)))
      count++;
  }
  return count > 0 ? count : undefined;
}

/**
 * WordCounts.prefixes by one search of the text for the word's first `from` letters: wherever
 * they begin a word, the word there is one of the prefixes (or the word itself) exactly when
 * its letters run on as the word's do and stop where the word may stop.
 */
function prefixOccurrences(text: string, word: string, from: number, counts: Int32Array): void {
  counts.fill(0, from, word.length + 1);
  const first = word.slice(0, from);
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + from)) {
    if (at > 0 && isLetterCode(text.charCodeAt(at - 1))) continue;
    let k = from;
    while (k < word.length && text.charCodeAt(at + k) === word.charCodeAt(k)) k++;
    if (!isLetterCode(text.charCodeAt(at + k))) counts[k]!++;
  }
}

/** A text at most this long answers its first lookups by searching (see countWords). */
const SEARCHED_TEXT = 16_384;
/**
 * How many questions a short text answers by searching before it builds its table (a word, or
 * all of a word's prefixes at once: one search each).
 */
const SEARCHES = 32;

/**
 * How often each word (run of letters) occurs in the text. Cleaning asks about a few words of a
 * short text (about twenty in a document of a page or two): searching the text for each costs
 * less than hashing every word of it. A long text, or one asked about many words, counts every
 * word once in a table, on the first lookup that needs it.
 */
export function countWords(text: string): WordCounts {
  let table: WordTable | null = null;
  let searches = 0;
  return {
    get(word) {
      if (table === null) {
        if (text.length <= SEARCHED_TEXT && searches < SEARCHES) {
          searches++;
          return occurrences(text, word);
        }
        table = countAll(text);
      }
      return table.get(word);
    },
    prefixes(word, from, counts) {
      if (table === null) {
        if (text.length <= SEARCHED_TEXT && searches < SEARCHES) {
          searches++;
          prefixOccurrences(text, word, from, counts);
          return;
        }
        table = countAll(text);
      }
      table.prefixes(word, from, counts);
    },
  };
}

/** The counts of a word's prefixes, reused from word to word (joinedWordSplit). */
let prefixCounts = new Int32Array(64);

/**
 * Where to split `word` into two words, or -1. Only proper-noun joins are repaired: a capitalised
 * first half seen at least twice, and a second half seen on its own at least once.
 */
export function joinedWordSplit(word: string, counts: WordCounts): number {
  if (word.length < MIN_TOKEN || !CAPITAL_THEN_LOWER.test(word)) return -1;
  // How often the word and each first half stand in the text: one question, not one a half.
  if (prefixCounts.length <= word.length) prefixCounts = new Int32Array(word.length * 2);
  counts.prefixes(word, MIN_PART + 1, prefixCounts);
  // A real word recurs; a join made by extraction is rare (the same join can repeat once or twice).
  if (prefixCounts[word.length]! > 2) return -1;
  // Neither half may have a capital after its first letter: with no capital after the word's
  // first, any split will do; with one (at u), only the split at u; with two, none. (Words are
  // runs of letters, one code unit each.)
  let capital = -1;
  for (let i = 1; i < word.length; i++) {
    if (!isUpperCode(word.charCodeAt(i))) continue;
    if (capital >= 0) return -1;
    capital = i;
  }
  for (let k = word.length - MIN_PART; k >= MIN_PART + 1; k--) {
    if (capital >= 0 && k !== capital) continue;
    if (prefixCounts[k]! >= 2 && (counts.get(word.slice(k)) ?? 0) >= 1) return k;
  }
  return -1;
}
