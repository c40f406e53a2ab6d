/**
 * Finding a name by any spelling: each word of the query must begin a word of one of the name's
 * spellings once both are folded across scripts (Qəmbərova = Гамбарова = Gambarova), or sound
 * like it by the consonant skeleton search uses (Ələkbərov = Alekperov).
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

export function nameMatches(names: readonly string[], query: string): boolean {
  const wanted = wordsOf(query);
  if (wanted.length === 0) return false;
  const words = names.flatMap(wordsOf);
  return wanted.every((q) =>
    words.some((w) => w.plain.startsWith(q.plain) || (q.plain.length >= 4 && w.sound === q.sound)),
  );
}
