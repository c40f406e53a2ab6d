/**
 * Cues the count's grammar carries rather than its neighbourhood: a relative clause opening
 * after it ("who fled", "that survived"), a list or phrase that governs it ("among the 40
 * dead"), a verb cue said of people, the head noun after a number no lexicon knows, and a verb
 * of the event right after the count. A stage of its own because these read structure (who
 * governs whom), not distance, and the count's noun phrase in figures.ts asks them too.
 */
import type { Measure } from "../model/claim.js";
import { earlierInList } from "./cue-binding.js";
import { phraseAt } from "./figure-context.js";
import { HEADS } from "./lexicon.js";
import {
  COPULAS,
  CUES_BY_FIRST,
  type Cue,
  cuesAt,
  farCueAt,
  type Head,
  LOOSE_ONLY_NEAR,
  PAST,
  WHO_OR_THAT,
} from "./measure-cues.js";
import type { Token } from "./tokens.js";

// Word lists and patterns this stage asks of tokens: each built once, found by its name
// (text/word-shapes.ts says why).
const AUXILIARIES_AND_ADVERBS = new Set([
  "had",
  "have",
  "has",
  "been",
  "were",
  "was",
  "later",
  "then",
  "all",
  "eventually",
  "subsequently",
]);
const AUXILIARIES_BEFORE_AN_EVENT_VERB = new Set([
  "were",
  "was",
  "had",
  "have",
  "been",
  "later",
  "all",
]);
const INCLUDED_INCLUDE_INCLUDES = new Set(["included", "include", "includes"]);
const WERE_HAD_HAVE = new Set(["were", "had", "have"]);
const OPENING_QUOTE_MARK = /^["“]$/;
const LOWER_PLURAL = /^\p{Ll}+[^s]s$/u;
const CLOSING_QUOTE_MARK = /^["”]$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const PLURAL_END = /[^s]s$/;
const ED_OR_SLAIN_END = /(ed|slain)$/;
const EVENT_VERB_END = /(ed|died|froze|shot|slain|taken|held|hurt)$/;

/** A verb cue said of people: verbs of carrying say what happened to bodies (as cuesAt reads). */
export function verbCueOfPeople(tokens: readonly Token[], k: number): Measure | null {
  const measure = verbCueAt(tokens, k);
  return measure === "bodies_recovered" ? null : measure;
}

/** "who fled", "who had been killed", "that survived": the cue opening a relative clause at `at`. */
export function relativeCue(
  tokens: readonly Token[],
  at: number,
  head: Head | null,
): Measure | null {
  if (!WHO_OR_THAT.has(tokens[at]?.lower ?? "")) return null;
  let k = at + 1;
  while (AUXILIARIES_AND_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
  return cuesAt(tokens, k, head)[0] ?? null;
}

/**
 * "Among the dead (recorded by the hospital) were N", "the prisoners included N": the measure of
 * the group the count is named a part of.
 */
export function amongBefore(tokens: readonly Token[], count: number): Measure | null {
  // "The prisoners included about 1,200 children": the group the count is a part of.
  if (INCLUDED_INCLUDE_INCLUDES.has(tokens[count - 1]?.lower ?? "")) {
    for (let k = count - 2; k >= Math.max(0, count - 4); k--) {
      const t = tokens[k]!;
      if (t.kind === "punct" || t.sentence !== tokens[count]!.sentence) return null;
      const measure = HEADS.get(t.lower)?.role ?? cuesAt(tokens, k, null)[0];
      if (measure) return measure;
    }
    return null;
  }
  if (!COPULAS.has(tokens[count - 1]?.lower ?? "")) return null;
  for (let k = count - 2; k >= Math.max(0, count - 10); k--) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || t.sentence !== tokens[count]!.sentence) return null;
    if (t.lower === "among" && tokens[k + 1]?.lower === "the")
      return farCueAt(tokens, k + 2, null) ?? null;
  }
  return null;
}

/**
 * The measure of the list a count coordinated with the counts before it belongs to ("Among the
 * dead were 187 children and 95 women", "the prisoners included 1,200 children, 300 women and 40
 * old men"): each earlier count of the list is asked in turn (cue-binding.ts).
 */
export function amongBeforeCoordinated(
  tokens: readonly Token[],
  from: number,
  end: number,
): Measure | null {
  let at = from;
  for (let n = 0; n < 3; n++) {
    at = earlierInList(tokens, at, end);
    if (at < 0) return null;
    const measure = amongBefore(tokens, at);
    if (measure) return measure;
  }
  return null;
}

/** The measure of a cue phrase of several words ending right before "of (the)" at the count. */
export function phraseGoverning(tokens: readonly Token[], count: number): Measure | null {
  let of = count - 1;
  if (tokens[of]?.lower === "the") of--;
  if (tokens[of]?.lower !== "of") return null;
  for (let k = of - 2; k >= Math.max(0, of - 4); k--)
    for (const { measure, phrase } of CUES_BY_FIRST.getToken(tokens[k]) ?? [])
      if (phraseAt(tokens, k, phrase) === of - k) return measure;
  return null;
}

/** "(the number of) people who have fled": the relative clause's cue after the noun at `noun`. */
export function relativeAfterNoun(tokens: readonly Token[], noun: number, to: number): Cue | null {
  const at = noun + 1;
  if (at >= to || !HEADS.has(tokens[noun]?.lower ?? "")) return null;
  const measure = relativeCue(tokens, at, null);
  return measure ? { measure, distance: 1, index: at } : null;
}

/** "deaths of", "killing of the": the cue at `at` governs the count. */
export function governs(tokens: readonly Token[], at: number, count: number): boolean {
  // Only "of" or "of the" between them (read in place: this runs for the cue before every count).
  const between = count - at - 1;
  return (
    (between === 1 || between === 2) &&
    tokens[at + 1]?.lower === "of" &&
    (between === 1 || tokens[at + 2]?.lower === "the")
  );
}

/** A measure cue phrase of several words, or a past participle, right at token k ("took part"). */
export function verbCueAt(tokens: readonly Token[], k: number): Measure | null {
  for (const { measure, phrase } of CUES_BY_FIRST.getToken(tokens[k]) ?? []) {
    const n = phraseAt(tokens, k, phrase);
    if (n > 1 || (n === 1 && PAST.test(phrase))) return measure;
  }
  return null;
}

const THING_VERBS = new Set([
  // ("The two deserters claimed …": a verb of saying, though "claimed" is also a toll's.)
  "claimed",
  "seized",
  "held",
  "kept",
  "recovered",
  "retrieved",
  "found",
  "taken",
  "captured",
  "exchanged",
  "received",
  "transported",
  "brought",
  "counted",
  "examined",
  "certified",
  "listed",
  "registered",
  "recorded",
]);

/**
 * "Four stall holders were detained": a count whose noun the vocabulary does not know, read as
 * people when a passive verb of the event follows the plural noun. The noun's index, or -1.
 */
export function unknownPluralHead(tokens: readonly Token[], from: number): number {
  // 'only 22 "miscreants" had died': the noun may stand in quotation marks.
  const at = OPENING_QUOTE_MARK.test(tokens[from]?.text ?? "") ? from + 1 : from;
  // ('"miscreants" had died': the closing mark stands between the noun and its verb.)
  if (
    at > from &&
    LOWER_PLURAL.test(tokens[at]?.text ?? "") &&
    CLOSING_QUOTE_MARK.test(tokens[at + 1]?.text ?? "")
  ) {
    const m = eventVerbAfter(tokens, at + 2) ? at : -1;
    if (m >= 0) return m;
  }
  // "300 hooligans took part", "4,000 stevedores walked off": a phrase of the event right after
  // the noun.
  if (LOWER_PLURAL.test(tokens[at]?.text ?? "") && !THING_VERBS.has(tokens[at + 1]?.lower ?? "")) {
    const m = verbCueAt(tokens, at + 1);
    if (m && (phraseLength(tokens, at + 1, m) > 1 || !LOOSE_ONLY_NEAR.has(m))) return at;
  }
  let k = at;
  while (
    k < at + 2 &&
    LOWER_WORD.test(tokens[k]?.text ?? "") &&
    !WERE_HAD_HAVE.has(tokens[k]!.lower) &&
    tokens[k + 1]?.kind === "word"
  )
    k++;
  const noun = k - 1;
  if (noun < at || !PLURAL_END.test(tokens[noun]!.lower)) return -1;
  if (!WERE_HAD_HAVE.has(tokens[k]?.lower ?? "")) return -1;
  k++;
  if (tokens[k]?.lower === "been") k++;
  // Verbs said of things as well as people ("20 weapons were seized") prove nothing.
  if (THING_VERBS.has(tokens[k]?.lower ?? "")) return -1;
  const cue = farCueAt(tokens, k, null);
  return cue && ED_OR_SLAIN_END.test(tokens[k]!.lower) ? noun : -1;
}

/** The length of the longest cue phrase of `measure` at token k. */
function phraseLength(tokens: readonly Token[], k: number, measure: Measure): number {
  let best = 0;
  for (const c of CUES_BY_FIRST.getToken(tokens[k]) ?? [])
    if (c.measure === measure) best = Math.max(best, phraseAt(tokens, k, c.phrase));
  return best;
}

/** "Eight died during …", "Two were arrested": an event verb right after a count (or its copula). */
export function eventVerbAfter(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && AUXILIARIES_BEFORE_AN_EVENT_VERB.has(tokens[k]?.lower ?? "")) k++;
  const t = tokens[k];
  if (!t || !EVENT_VERB_END.test(t.lower)) return false;
  return farCueAt(tokens, k, null) !== undefined;
}
