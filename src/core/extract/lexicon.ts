/**
 * The lookups the figure grammar reads, compiled once from a language's vocabulary data
 * (vocabulary/english.ts): what a number counts (people nouns and their subgroup), what happened
 * to them (measure cues), how sure the source is (hedges), and the words that make a number
 * something other than a count of people.
 */
import type { Hedge, Measure, Subgroup, Unit } from "../model/claim.js";
import { ENGLISH } from "./vocabulary/english.js";
import { pastOf, pluralOf, thirdPersonOf } from "./vocabulary/inflect.js";
import type { Vocabulary } from "./vocabulary/vocabulary.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const LETTER_THEN_DOT = /(\w)\.$/;

export type HeadInfo = {
  readonly subgroup: Subgroup | null;
  readonly unit: Unit;
  /** The measure a role noun gives when nothing else does ("protesters"). */
  readonly role?: Measure;
};

function compileHeads(v: Vocabulary): Map<string, HeadInfo> {
  const map = new Map<string, HeadInfo>();
  // A role noun keeps the subgroup a people list gives it ("raiders" are combatants).
  const groupOf = new Map(
    v.people.flatMap(({ subgroup, words }) =>
      words.flatMap((w) => [[pluralOf(w), subgroup] as const, [w, subgroup] as const]),
    ),
  );
  for (const { measure, roles } of v.measures)
    for (const w of roles ?? [])
      map.set(w, { subgroup: groupOf.get(w) ?? null, unit: "people", role: measure });
  for (const { subgroup, words } of v.people)
    for (const w of words) if (!map.has(w)) map.set(w, { subgroup, unit: "people" });
  // Generated plurals after every listed word, so that a listed form always keeps its own entry.
  for (const { measure, roles } of v.measures)
    for (const w of roles ?? [])
      if (!map.has(pluralOf(w)))
        map.set(pluralOf(w), { subgroup: groupOf.get(w) ?? null, unit: "people", role: measure });
  for (const { subgroup, words } of v.people)
    for (const w of words)
      if (!map.has(pluralOf(w))) map.set(pluralOf(w), { subgroup, unit: "people" });
  // "120 families" are the subgroup families as well as counted in families.
  for (const { unit, words } of v.units)
    for (const w of words) map.set(w, { subgroup: unit === "families" ? "families" : null, unit });
  return map;
}

const V = ENGLISH;

/** Nouns that make a number a count of people (or bodies, or families), with their subgroup. */
export const HEADS: ReadonlyMap<string, HeadInfo> = compileHeads(V);

/** Nouns for people and things of a proceeding, never figures about the event. */
export const PROCEDURAL: ReadonlySet<string> = new Set(V.procedural);

/** Words a count may carry between the number and its noun ("613 innocent Azerbaijani civilians"). */
export const MODIFIERS: ReadonlySet<string> = new Set(V.modifiers);

/** Modifiers that name a subgroup ("old" → elderly). */
export const QUALIFIERS: ReadonlyMap<string, Subgroup> = new Map(
  V.qualifiers.flatMap(({ subgroup, words }) => words.map((w) => [w, subgroup] as const)),
);

/**
 * The present participle of a past-tense cue ("abducted" → "abducting", "buried" → "burying"):
 * "killing 14 people … and abducting 30 others" reads the second count by the same verb. Only
 * for measures read at a distance; scene-setting verbs ("lived" → "living") stay as listed.
 */
function participle(cue: string): string | null {
  if (cue.includes(" ") || cue.length < 5 || !cue.endsWith("ed")) return null;
  return cue.endsWith("ied") ? `${cue.slice(0, -3)}ying` : `${cue.slice(0, -2)}ing`;
}

/** A measure's cues as listed, with the past forms of its regular verbs. */
function cuesOf(m: Vocabulary["measures"][number]): string[] {
  const past = (m.verbs ?? []).map(pastOf).filter((c) => !m.cues.includes(c));
  return [...m.cues, ...past];
}

/** Cue words and phrases for each measure, in order of trust (participles of verbs added). */
export const MEASURE_CUES: readonly (readonly [Measure, readonly string[]])[] = (() => {
  const listed = new Set(V.measures.flatMap(cuesOf));
  return V.measures.map((m) => {
    const cues = cuesOf(m);
    const more = m.nearOnly
      ? []
      : cues.flatMap((c) => {
          const p = participle(c);
          return p && !listed.has(p) ? [p] : [];
        });
    return [m.measure, [...cues, ...more]] as const;
  });
})();

/** Measures whose cues are read only right next to the number. */
export const NEAR_ONLY: ReadonlySet<Measure> = new Set(
  V.measures.filter((m) => m.nearOnly).map((m) => m.measure),
);

export const HEDGES_BEFORE: readonly (readonly [Hedge, readonly string[]])[] = V.hedges.map(
  (h) => [h.hedge, h.before] as const,
);

/**
 * The same hedges as token phrases for running text, where the tokeniser reads "c." as two
 * tokens ("c", "."): without this "Of the c. 60 men" read as exact.
 */
export const HEDGE_TOKENS_BEFORE: readonly (readonly [Hedge, readonly string[]])[] = V.hedges.map(
  (h) => [h.hedge, h.before.map((p) => p.replace(LETTER_THEN_DOT, "$1 ."))] as const,
);

/** Words right after a number that make it a measurement, a time or an age, not a count. */
export const UNIT_WORDS: ReadonlySet<string> = new Set(V.unitWords);

/** Words right before a number that make it a label (article 4, resolution 822, page 5). */
export const LABEL_WORDS: ReadonlySet<string> = new Set(V.labelWords);

/** Single-word cues by measure (the first measure listing a word owns it). */
export const WORD_MEASURE: ReadonlyMap<string, Measure> = (() => {
  const map = new Map<string, Measure>();
  for (const [measure, cues] of MEASURE_CUES)
    for (const cue of cues) if (!cue.includes(" ") && !map.has(cue)) map.set(cue, measure);
  return map;
})();

/** Verbs that name who states a figure ("said", "estimated", "contends"), every form read. */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  ...V.reporting.forms,
  ...V.reporting.regular.flatMap((v) => [v, thirdPersonOf(v), pastOf(v)]),
]);
