/**
 * Folding for search, on the transliteration tables of core/names: one key per word whatever
 * the alphabet or romanisation. Khojaly, Khojali, Khodjaly, Xocalı and Ходжалы all fold to the
 * same skeleton; so do Aghdam/Agdam and
 * Nakhchivanik/Nakhichevanik. Plain words fold to a lowercase Latin form; names (capitalised
 * words) also get a consonant skeleton, prefixed so it never collides with a plain word.
 */

import { foldWord as foldName } from "../names/fold.js";
import { stemKeys } from "./stem.js";

export const SKELETON_PREFIX = "qq";

/**
 * The plain key of a word: the names' fold (core/names), or the digits of a number.
 * @example foldWord("Xocalı") === foldWord("Khojaly") // true
 */
export function foldWord(word: string): string {
  // Words with digits ("366th", "1992") are searched as written; names and words go through the
  // names' transliteration tables.
  return /\p{N}/u.test(word)
    ? word
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z0-9]/g, "")
    : foldName(word);
}

/**
 * The consonant skeleton of a folded name: romanisation variants (dzh/dj/j, kh/x/h, gh/g, ts/c,
 * y/i, doubled letters, vowels, voicing after the first letter) fall away. Only names get one, so that common words keep exact matching.
 * @example nameSkeleton("khodzhaly") === nameSkeleton("khojali") // true
 */
export function nameSkeleton(folded: string): string {
  const s = folded
    .replace(/dzh|dj|zh/g, "j")
    .replace(/kh|x/g, "h")
    .replace(/gh|q/g, "g")
    .replace(/ts|tz/g, "c")
    .replace(/ch|tch/g, "c")
    .replace(/sch|sh/g, "s")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/ck/g, "k");
  const first = s.charAt(0);
  // Russian renderings devoice (Alakbarov → Alekperov): voiced and voiceless pairs count as one.
  const rest = s
    .slice(1)
    .replace(/[aeiouy]/g, "")
    .replace(/[ptkfs]/g, (c) => ({ p: "b", t: "d", k: "g", f: "v", s: "z" })[c] ?? c)
    .replace(/(.)\1+/g, "$1");
  return `${first}${rest}`;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What lies between words: splitting on it yields the words WORD matches, without match objects. */
const BETWEEN_WORDS = /[^\p{L}\p{N}]+/u;

export interface WordAt {
  readonly start: number;
  readonly end: number;
  readonly plain: string;
  readonly skeleton: string | null;
}

/** Every word of a text with its keys; names (initial capital, 3+ letters) carry a skeleton. */
export function foldedWords(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const keys = keysOf(raw);
    if (keys.plain === "") continue;
    const start = m.index ?? 0;
    words.push({ start, end: start + raw.length, plain: keys.plain, skeleton: keys.skeleton });
  }
  return words;
}

/**
 * Folding runs the transliteration rules letter by letter, and stemming a handful of patterns;
 * texts repeat their words, so the keys of recent words are remembered (a bounded memo: the result
 * is the same with or without it). Stems are computed the first time a word is indexed.
 */
interface WordKeys {
  readonly plain: string;
  readonly skeleton: string | null;
  /** Every token the word is indexed under (plain key, prefixed skeleton, stems). */
  tokens?: readonly string[];
}
const memo = new Map<string, WordKeys>();
const MEMO_LIMIT = 100_000;

function keysOf(raw: string): WordKeys {
  const known = memo.get(raw);
  if (known) return known;
  const plain = foldWord(raw);
  const first = raw.charAt(0);
  const isName = raw.length >= 3 && first !== first.toLowerCase() && !/\p{N}/u.test(first);
  const keys: WordKeys = { plain, skeleton: isName && plain !== "" ? nameSkeleton(plain) : null };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, keys);
  return keys;
}

/** The tokens a passage is indexed under, in order: plain keys, prefixed skeletons of names, and stems. */
export function searchTokenList(text: string): string[] {
  const tokens: string[] = [];
  // Split, not matchAll: an ingest folds every word of every passage, and a match object per word
  // was most of what folding allocated.
  for (const raw of text.split(BETWEEN_WORDS)) {
    if (raw === "") continue;
    const keys = keysOf(raw);
    if (keys.plain === "") continue;
    keys.tokens ??= indexTokens(keys);
    for (const token of keys.tokens) tokens.push(token);
  }
  return tokens;
}

function indexTokens(keys: WordKeys): string[] {
  const tokens = [keys.plain];
  if (keys.skeleton) tokens.push(`${SKELETON_PREFIX}${keys.skeleton}`);
  if (!/\d/.test(keys.plain)) tokens.push(...stemKeys(keys.plain));
  return tokens;
}

/** The tokens a passage is indexed under, as the text the store keeps (`passages.search_tokens`). */
export function searchTokens(text: string): string {
  return searchTokenList(text).join(" ");
}
