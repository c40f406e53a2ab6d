/**
 * Finding a protected person's name in any text, in any spelling the name folding knows and in
 * any script. A word is a part of the name when the names' phonetic key says it is the same name
 * (core/names/phonetic.ts: Hüseynov = Huseynov = Гусейнов = Guseinov), the masculine and feminine
 * forms of a surname counting as one family name (Guliyev, Guliyeva). The consonant skeleton
 * search uses is not enough: it makes Hasanov of Huseynov and Khalilov of Guliyev.
 *
 * A run of adjacent words that are parts of the name (or their initials) is a mention when it
 * holds two parts ("Valeh Huseynov", "Гусейнов Валех", "V. Hüseynov"), or — in running text,
 * where a surname alone refers back to someone already named — the surname alone. A given name
 * alone is common to many people; it is a mention only in running text of a document that
 * names the person by full name or surname (`mentioned`), where it refers back to them.
 */
import { phoneticOfFolded } from "../names/phonetic.js";
import { foldedWords, nameSkeleton, SKELETON_PREFIX } from "../search/fold.js";
import { STEM_PREFIX } from "../search/stem.js";

export interface ProtectedName {
  /** The name as the person was protected under. */
  readonly name: string;
  readonly pseudonym: string;
}

export interface NameSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the person in the matcher's list. */
  readonly person: number;
}

interface Part {
  readonly key: string;
  readonly initial: string;
}

interface Person {
  readonly parts: readonly Part[];
  /** The last part: the surname in the usual order of the names we protect. */
  readonly surname: string | null;
}

/** The key two spellings of one name part share: its phonetic key, a surname's gender ending aside. */
export function partKey(folded: string): string {
  return phoneticOfFolded(folded).replace(/(UF|AF|IN|SKI)A$/, "$1");
}

/** The coarser key of the search index's skeleton tokens (which keep no vowels). */
function skeletonKey(skeleton: string): string {
  return skeleton.replace(/^h/, "g");
}

function personOf(name: string): Person {
  // The name's own words, before any description ("Valeh Huseynov, former hostage").
  const head = name.split(/[,(]/)[0] ?? name;
  const parts = foldedWords(head)
    .filter((w) => w.plain.length >= 2)
    .map((w) => ({ key: partKey(w.plain), initial: w.plain.charAt(0) }));
  return { parts, surname: parts.length > 1 ? (parts.at(-1)?.key ?? null) : null };
}

/** Marks a middle name or patronymic inside a mention. */
const FILLER = " ";
/** The Azerbaijani and Russian patronymic words (folded): oğlu, qızı, оглы, кызы. */
const PATRONYMIC = /^(oglu|ogli|ogly|gizi|kizi|qizi|kyzy)$/;

/** Words between two parts of one mention: spaces, a full stop after an initial, a hyphen. */
const JOIN = /^[\s.\-‐]{1,3}$/u;

export interface NameMatcher {
  readonly names: readonly ProtectedName[];
  /**
   * Every mention in the text; `running` lets a surname alone count, and a given name alone for
   * the people `mentioned` elsewhere in the same document or named in this text.
   */
  spans(text: string, running: boolean, mentioned?: ReadonlySet<number>): NameSpan[];
  /** Whether any word of a query is a part of a protected name (any case, any spelling). */
  inQuery(query: string): boolean;
  /** Whether one index token (a folded word, or a prefixed skeleton) is a part of a protected name. */
  isPartToken(token: string): boolean;
  /** The key of a person's surname (the last of two or more parts), or null. */
  surname(person: number): string | null;
  /** The part of a person's name one word is (in any case or spelling), or null. */
  partOf(word: string, person: number): string | null;
  /** Each name-like word that is a part of a person's name, with the part it is. */
  partWords(text: string): { start: number; end: number; person: number; key: string }[];
}

export function nameMatcher(names: readonly ProtectedName[]): NameMatcher {
  const people = names.map((n) => personOf(n.name));
  const byKey = new Map<string, number[]>();
  const bySkeleton = new Set<string>();
  people.forEach((p, i) => {
    for (const part of p.parts) byKey.set(part.key, [...(byKey.get(part.key) ?? []), i]);
  });
  for (const n of names)
    for (const w of foldedWords(n.name.split(/[,(]/)[0] ?? n.name))
      if (w.plain.length >= 2) bySkeleton.add(skeletonKey(nameSkeleton(w.plain)));

  function spans(text: string, running: boolean, mentioned?: ReadonlySet<number>): NameSpan[] {
    if (people.length === 0) return [];
    const words = foldedWords(text);
    const first = mentionsIn(text, words, running, null);
    if (!running) return first;
    // A given name alone refers back to a person this text or its document names.
    const named = new Set([...(mentioned ?? []), ...first.map((s) => s.person)]);
    return named.size === 0 ? first : mentionsIn(text, words, running, named);
  }

  function mentionsIn(
    text: string,
    words: ReturnType<typeof foldedWords>,
    running: boolean,
    named: ReadonlySet<number> | null,
  ): NameSpan[] {
    const out: NameSpan[] = [];
    for (let p = 0; p < people.length; p++) {
      const person = people[p] as Person;
      let i = 0;
      while (i < words.length) {
        const run: { start: number; end: number; key: string | null }[] = [];
        // A middle name or patronymic ("Valeh Sahib Huseynov", "Sahib oğlu") inside a mention:
        // held back, and joined to the run only when a part of the name follows it.
        let between: { start: number; end: number }[] = [];
        let j = i;
        while (j < words.length) {
          const w = words[j] as (typeof words)[number];
          const last = between.at(-1) ?? run.at(-1);
          if (last && !JOIN.test(text.slice(last.end, w.start))) break;
          const key = w.skeleton ? partKey(w.plain) : null;
          const raw = text.slice(w.start, w.end);
          const isInitial =
            raw.length === 1 &&
            raw !== raw.toLowerCase() &&
            person.parts.some((part) => part.initial === w.plain);
          const isPart = key !== null && person.parts.some((part) => part.key === key);
          if (isPart || isInitial) {
            for (const b of between) run.push({ ...b, key: FILLER });
            between = [];
            run.push({ start: w.start, end: w.end, key: isPart ? key : null });
          } else if (
            run.length > 0 &&
            between.length < 2 &&
            (w.skeleton !== null || PATRONYMIC.test(w.plain))
          )
            between.push({ start: w.start, end: w.end });
          else break;
          j++;
        }
        j -= between.length;
        const full = run.filter((r) => r.key !== null && r.key !== FILLER);
        const distinct = new Set(full.map((r) => r.key)).size;
        const initials = run.filter((r) => r.key === null).length;
        const counts =
          distinct >= 2 ||
          (distinct === 1 && initials > 0) ||
          (person.parts.length === 1 && distinct === 1) ||
          (running && full.some((r) => r.key === person.surname)) ||
          (running && distinct === 1 && named?.has(p) === true);
        if (counts && run.length > 0)
          out.push({
            start: run[0]?.start ?? 0,
            end: run[run.length - 1]?.end ?? 0,
            person: p,
          });
        i = run.length > 0 ? j : i + 1;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  function partWords(text: string) {
    const out: { start: number; end: number; person: number; key: string }[] = [];
    for (const w of foldedWords(text)) {
      if (!w.skeleton) continue;
      const key = partKey(w.plain);
      for (const person of byKey.get(key) ?? [])
        out.push({ start: w.start, end: w.end, person, key });
    }
    return out;
  }

  function partOf(word: string, person: number): string | null {
    const plain = foldedWords(word)[0]?.plain ?? "";
    if (plain.length < 3) return null;
    const key = partKey(plain);
    return people[person]?.parts.some((p) => p.key === key) ? key : null;
  }

  return {
    names,
    spans,
    partWords,
    partOf,
    surname: (person) => people[person]?.surname ?? null,
    isPartToken(token) {
      // An index holds skeletons, which keep no vowels: there the coarser key is all there is.
      if (token.startsWith(SKELETON_PREFIX))
        return bySkeleton.has(skeletonKey(token.slice(SKELETON_PREFIX.length)));
      // A stem token is "qs" + a two-letter language + the stem (core/search/stem.ts).
      const word = token.startsWith(STEM_PREFIX) ? token.slice(STEM_PREFIX.length + 2) : token;
      return word.length >= 3 && byKey.has(partKey(word));
    },
    inQuery(query) {
      return foldedWords(query).some((w) => w.plain.length >= 3 && byKey.has(partKey(w.plain)));
    },
  };
}
