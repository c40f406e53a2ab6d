/**
 * What a caller who may not see protected names gets instead: in running text (passages, quotes,
 * snippets) each mention masked letter by letter, so the text keeps its length and every offset
 * into it stays valid; in a short name field ("Valeh Huseynov, former hostage") the person's
 * stable pseudonym. A record whose name is split over fields (surname, given name) is masked when
 * its fields together name the person. A given name alone is hidden in the running text of an
 * answer (a document, its passages) that names the person elsewhere by full name or surname.
 * @example makeRedactor([{ name: "Valeh Huseynov", pseudonym: "Person 3F…" }]).text("Гусейнов Валех said") // "████████ █████ said"
 */
import { type NameMatcher, nameMatcher, type ProtectedName } from "./name-matcher.js";

export const MASK = "█";

/** Fields whose offsets matter or that quote a text: always masked, never shortened. */
const RUNNING_TEXT_KEYS = new Set([
  "text",
  "exact",
  "prefix",
  "suffix",
  "snippet",
  "quote",
  "excerpt",
  "passage",
  // A claim named in a history or the activity log: its statement and the start of its quote.
  "caption",
]);
/** A longer string is running text, where a surname alone refers back to the person. */
const SHORT = 120;
/** A field this short may hold one part of a split name (a registry record's surname). */
const NAME_FIELD = 60;

export interface Redactor {
  /** False when there is nothing to hide from this caller: every call returns its input. */
  readonly active: boolean;
  /** A string with every mention hidden; `key` is the field it sits in, if any. */
  text(value: string, key?: string): string;
  /** A copy of plain data (JSON-like) with every string hidden as `text` would. */
  deep<T>(value: T): T;
  /** Whether a search query names a protected person (in any spelling). */
  inQuery(query: string): boolean;
}

function mask(value: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return value;
  const chars = value.split("");
  for (const s of spans)
    for (let i = s.start; i < s.end; i++) if (!/\s/.test(chars[i] ?? " ")) chars[i] = MASK;
  return chars.join("");
}

/** An identifier made from a name ("witness-valeh-huseynov", "huseynov-captivity"). */
const SLUG = /^[a-z0-9][a-z0-9:_-]*-[a-z0-9:_-]*$/;

/** A slug's name words become the pseudonym's ("witness-person-5e18bb"), the same in every answer. */
function hideSlug(m: NameMatcher, value: string): string {
  const words = value.split(/([-:_])/);
  for (let person = 0; person < m.names.length; person++) {
    const name = m.names[person] as ProtectedName;
    const hits = words
      .map((w, i) => ({ i, hit: /^[-:_]$/.test(w) ? null : m.partOf(w, person) }))
      .filter((h) => h.hit !== null);
    const named =
      new Set(hits.map((h) => h.hit)).size >= Math.min(2, partCount(m, person)) ||
      hits.some((h) => h.hit === m.surname(person));
    if (!named) continue;
    const tag = name.pseudonym.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const first = hits[0]?.i ?? 0;
    const last = hits.at(-1)?.i ?? 0;
    return [...words.slice(0, first), tag, ...words.slice(last + 1)].join("");
  }
  return value;
}

/** Fields that hold a text's search index (folded words and skeletons): name tokens dropped. */
const INDEX_KEYS = new Set(["search_tokens", "searchTokens"]);

function hideString(
  m: NameMatcher,
  value: string,
  key: string | undefined,
  mentioned?: ReadonlySet<number>,
): string {
  if (key !== undefined && INDEX_KEYS.has(key))
    return value
      .split(" ")
      .filter((t) => !m.isPartToken(t))
      .join(" ");
  if (value.length <= NAME_FIELD && SLUG.test(value)) return hideSlug(m, value);
  const running = isRunning(value, key);
  const spans = m.spans(value, running, mentioned);
  if (spans.length === 0) return value;
  if (running) return mask(value, spans);
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += value.slice(at, s.start) + (m.names[s.person]?.pseudonym ?? MASK);
    at = s.end;
  }
  return out + value.slice(at);
}

/** The short string fields of one object that together name a person: masked in place. */
function hideSplitName(m: NameMatcher, obj: Record<string, unknown>): Set<string> {
  const fields = Object.entries(obj).filter(
    (e): e is [string, string] => typeof e[1] === "string" && e[1].length <= NAME_FIELD,
  );
  const partsOf = new Map<number, Set<string>>();
  const fieldsOf = new Map<number, Set<string>>();
  const hits = fields.map(([k, v]) => {
    const words = m.partWords(v);
    for (const w of words) {
      partsOf.set(w.person, (partsOf.get(w.person) ?? new Set()).add(w.key));
      fieldsOf.set(w.person, (fieldsOf.get(w.person) ?? new Set()).add(k));
    }
    return [k, words] as const;
  });
  // Only a name spread over two fields or more: a whole name in one field gets the pseudonym.
  const people = new Set(
    [...partsOf]
      .filter(
        ([person, keys]) =>
          (fieldsOf.get(person)?.size ?? 0) >= 2 && keys.size >= Math.min(2, partCount(m, person)),
      )
      .map(([person]) => person),
  );
  const hidden = new Set<string>();
  if (people.size === 0) return hidden;
  for (const [k, words] of hits) {
    const mine = words.filter((w) => people.has(w.person));
    if (mine.length === 0) continue;
    obj[k] = mask(obj[k] as string, mine);
    hidden.add(k);
  }
  return hidden;
}

function isRunning(value: string, key: string | undefined): boolean {
  return value.length > SHORT || (key !== undefined && RUNNING_TEXT_KEYS.has(key));
}

/** The people an answer names by full name or surname, in any of its strings. */
function mentionedIn(m: NameMatcher, value: unknown, key?: string, into = new Set<number>()) {
  if (into.size === m.names.length) return into; // everyone is named already: nothing to learn
  if (typeof value === "string") {
    if (key === undefined || !INDEX_KEYS.has(key))
      for (const s of m.spans(value, isRunning(value, key))) into.add(s.person);
  } else if (Array.isArray(value)) for (const v of value) mentionedIn(m, v, key, into);
  else if (value !== null && typeof value === "object" && !(value instanceof Uint8Array))
    for (const [k, v] of Object.entries(value)) mentionedIn(m, v, k, into);
  return into;
}

function partCount(m: NameMatcher, person: number): number {
  const name = m.names[person]?.name ?? "";
  return new Set(m.partWords(name.split(/[,(]/)[0] ?? name).map((w) => w.key)).size;
}

export function makeRedactor(names: readonly ProtectedName[]): Redactor {
  const m = nameMatcher(names);
  const active = names.length > 0;
  function walk(value: unknown, mentioned: ReadonlySet<number>, key?: string): unknown {
    if (typeof value === "string") return hideString(m, value, key, mentioned);
    if (Array.isArray(value)) return value.map((v) => walk(v, mentioned, key));
    if (value === null || typeof value !== "object") return value;
    if (value instanceof Date || value instanceof Uint8Array) return value;
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = v;
    const split = hideSplitName(m, copy);
    for (const [k, v] of Object.entries(copy)) if (!split.has(k)) copy[k] = walk(v, mentioned, k);
    return copy;
  }
  return {
    active,
    text: (value, key) => (active ? hideString(m, value, key) : value),
    deep: <T>(value: T): T => (active ? (walk(value, mentionedIn(m, value)) as T) : value),
    inQuery: (query) => active && m.inQuery(query),
  };
}
