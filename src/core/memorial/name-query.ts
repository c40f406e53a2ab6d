/**
 * Finding a name by any spelling: each word of the query must begin a word of one of the name's
 * spellings once both are folded across scripts (Qəmbərova = Гамбарова = Gambarova), or sound
 * like it by the consonant skeleton search uses (Ələkbərov = Alekperov).
 * The same test runs in SQL over keys stored with each registry record (`nameSearchKeys`,
 * `nameQueryPatterns`), so a list is searched by an index rather than read whole.
 * @example nameMatches(["Aysel Qəmbərova"], "гамбар") === true
 */
import { partKey } from "../protection/name-matcher.js";
import { foldedWords, nameSkeleton } from "../search/fold.js";

interface Word {
  readonly plain: string;
  readonly sound: string;
}

function wordsOf(text: string): Word[] {
  return foldedWords(text).map((w) => ({ plain: w.plain, sound: partKey(nameSkeleton(w.plain)) }));
}

/** Whether a query word may match by sound: shorter words match only as a prefix. */
const soundCounts = (w: Word) => w.plain.length >= 4;

/** Whether every word of the query meets a word of one of the names (the module's rule). */
export function nameMatches(names: readonly string[], query: string): boolean {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return false;
  const words = names.flatMap(wordsOf);
  return wanted.every((q) =>
    words.some((w) => w.plain.startsWith(q.plain) || (soundCounts(q) && w.sound === q.sound)),
  );
}

/**
 * A name's words as one text for the store: " p:<folded> s:<sound>" per word, spaces around, so
 * that `nameQueryPatterns`' LIKE patterns meet exactly what `nameMatches` would (a trigram index
 * serves them).
 * @example nameSearchKeys(["Həsənov Valeh"]) // " p:hasanov s:… p:valeh s:… "
 */
export function nameSearchKeys(names: readonly string[]): string {
  const keys = names.flatMap(wordsOf).map((w) => `p:${w.plain} s:${w.sound}`);
  return ` ${keys.join(" ")} `;
}

const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/**
 * What a name's keys must hold for each word of the query (every word must be met): a folded
 * word that begins with it, or — for words of four letters or more — a word of the same sound.
 * An empty list when the query has no words.
 */
export function nameQueryPatterns(query: string): { prefix: string; sound: string | null }[] {
  return wordsOf(query).map((q) => ({
    prefix: `% p:${likeLiteral(q.plain)}%`,
    sound: soundCounts(q) ? `% s:${likeLiteral(q.sound)} %` : null,
  }));
}
