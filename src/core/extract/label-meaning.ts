/**
 * What a table's header or a line's label counts ("Civilian deaths", "Children (under 18)",
 * "Housed in relief centres"): its measure, subgroup and unit, read by the vocabulary's words, its
 * cues of several words and, for a label no cue word decides, the prose's predicate frames. Every
 * stage of reading lines (figure-lines.ts) asks it: a header's columns, a row's label, an
 * infobox's label and the parentheses after a value.
 */
import type { Measure, Subgroup, Unit } from "../model/claim.js";
import { isLetterCode } from "../text/char-class.js";
import {
  HEADS,
  MEASURE_CUES,
  PROCEDURAL,
  QUALIFIERS,
  UNIT_WORDS,
  WORD_MEASURE,
} from "./lexicon.js";
import { labelFrame, mayOpenLabelFrame, opensLabelPlace } from "./predicate-frames.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const SEX_IN_PARENTHESES = /\((m|f)\)/i;
const BODY_WORDS = /\b(bodies|body|corpses|remains)\b/;
const NON_LETTERS = /[^\p{L}']+/u;
const AND_OR_OR = new Set(["and", "or"]);

export interface Meaning {
  readonly measure: Measure | null;
  readonly subgroup: Subgroup | null;
  readonly unit: Unit;
  /** Whether the words name people at all (a noun or a measure). */
  readonly people: boolean;
}

/**
 * Runs of letters: the words of a label or a column's name (shared: match and matchAll leave no
 * state in it).
 */
export const WORDS = /\p{L}+/gu;
/** A letter beyond the Basic Multilingual Plane (a surrogate pair), as \p{L} reads it. */
const ASTRAL_LETTER = /^\p{L}$/u;

/**
 * The end of the run of letters (\p{L}, by code point, as WORDS reads them) that starts at `i`;
 * `i` when none starts there. Read by char code: meaningOf walks every header cell and label
 * word by word, and a pattern's match array and string a word cost more than the test.
 */
function letterRunEnd(s: string, i: number): number {
  let e = i;
  while (e < s.length) {
    const c = s.charCodeAt(e);
    if (c >= 0xd800 && c <= 0xdbff) {
      if (!ASTRAL_LETTER.test(s.slice(e, e + 2))) break;
      e += 2;
    } else if (isLetterCode(c)) e++;
    else break;
  }
  return e;
}

/**
 * Each measure word ending in "s" under its form without it ("death" for "deaths"): a label's
 * word finds its plural's measure without a plural built for every word.
 */
const MEASURE_OF_PLURAL = new Map(
  [...WORD_MEASURE].filter(([w]) => w.endsWith("s")).map(([w, m]) => [w.slice(0, -1), m]),
);

/** Nouns of people held, whose measure a later participle of a label replaces. */
const HELD_NOUNS = new Set([
  "hostages",
  "hostage",
  "detainees",
  "detainee",
  "prisoners",
  "prisoner",
  "captives",
  "inmates",
  "internees",
  "abductees",
]);

const HOLDINGS: ReadonlySet<Measure> = new Set(["hostage", "detained"]);

/**
 * A header or label naming a capacity ("Capacity", "Built for", "Planned for", "Beds"): places,
 * not people the event befell — `other`, as "a school built for 600" is in prose (the eval
 * README: a capacity is labelled `other`).
 */
const CAPACITY_LABEL =
  /^\s*(official |planned |design |designed |rated |total )?capacity\b|^\s*(built|designed|planned|intended|meant) for\b/i;
const CAPACITY_MEANING: Meaning = {
  measure: "other",
  subgroup: null,
  unit: "people",
  people: true,
};

/** Whether a header or label names a capacity ("Capacity", "Built for"). */
export function namesCapacity(label: string): boolean {
  return CAPACITY_LABEL.test(label);
}

/** What a label or header ("Civilian deaths", "Children (under 18)", "Arrested") counts. */
export function meaningOf(label: string): Meaning {
  if (CAPACITY_LABEL.test(label)) return CAPACITY_MEANING;
  let measure: Measure | null = null;
  let subgroup: Subgroup | null = null;
  let unit: Unit = "people";
  let people = false;
  let qualifier: Subgroup | null = null;
  // "Killed (M)", "Killed (F)": a sex abbreviated in a header (not metres).
  const sex = SEX_IN_PARENTHESES.exec(label)?.[1]?.toLowerCase();
  const words = sex ? label.replace(SEX_IN_PARENTHESES, "") : label;
  const lower = words.toLowerCase();
  let found: Measure | null = null;
  // Whether the measure so far is only a noun of people held's ("Hostages", "Detainees").
  let heldNoun = false;
  // Whether a word may begin a cue of several words: a label with none has no phrase to find.
  let mayPhrase = false;
  // Whether the label's first word may open a predicate frame ("Housed in relief centres").
  let mayFrame: boolean | null = null;
  // Whether the label opens with a place ("With host families", "In hostels for men"): the
  // people its nouns name are where the counted stay, not whom it counts.
  let placed: boolean | null = null;
  // "1,100 killed or wounded", "Killed and injured": the dead and the hurt in one count (the
  // position of the label's words in that pair: 0 none, 1 after a word of the toll, 2 after its
  // "or" or "and", 3 after a word of the wounded — the casualties, the eval README's convention).
  let pair = 0;
  for (let i = 0, e = 0; i < lower.length; i = e) {
    e = letterRunEnd(lower, i);
    if (e === i) {
      e++;
      continue;
    }
    const w = lower.slice(i, e);
    placed ??= opensLabelPlace(w);
    mayPhrase ||= PHRASE_CUES.has(w);
    // (Past the people it counts: "Persons housed in relief centres".)
    if (mayFrame === null && !HEADS.has(w) && !QUALIFIERS.has(w)) mayFrame = mayOpenLabelFrame(w);
    // ("People in camps": a unit word after the people it places names no thing counted, nor
    // one after what was done to them, "Fled their homes"; "In relief camps" places the people
    // it counts, as its frame says.)
    if (PROCEDURAL.has(w) || (UNIT_WORDS.has(w) && !people && !measure)) {
      const framed = mayFrame && !PROCEDURAL.has(w) ? frameOf(lower) : null;
      if (framed !== null) return { measure: framed, subgroup, unit, people: true };
      return { measure: null, subgroup, unit, people: false };
    }
    // ("Captured 2,870", "1,150 killed, 1,700 captured": a line names no holder, and the lines
    // that count the captured are a war's or an operation's losses — people taken prisoner in
    // the fighting, detained as "Taken prisoner" is. Prose asks who holds them: held-holder.ts.)
    const cue = w === "captured" ? "detained" : (WORD_MEASURE.get(w) ?? MEASURE_OF_PLURAL.get(w));
    if (pair < 3)
      pair =
        cue === "killed"
          ? 1
          : pair === 1 && AND_OR_OR.has(w)
            ? 2
            : pair === 2 && cue === "wounded"
              ? 3
              : 0;
    // "Later found dead": finding says what happened to bodies; with no bodies named, a later
    // word ("dead") says what happened to the people.
    if (cue === "bodies_recovered" && !BODY_WORDS.test(lower)) found ??= cue;
    else if (cue && !measure) {
      measure = cue;
      heldNoun = HELD_NOUNS.has(w);
    } else if (cue && heldNoun && !HOLDINGS.has(cue)) {
      // ("Hostages killed", "Detainees released", "Prisoners executed": the participle after the
      // people held says what became of them, as "37 hostages were killed" does in prose; "Hostages
      // held" says no more than the noun.)
      measure = cue;
      heldNoun = false;
    }
    const head = placed ? undefined : HEADS.get(w);
    if (head) {
      people = true;
      subgroup ??= head.subgroup;
      if (head.unit !== "people") unit = head.unit;
      if (head.role && !measure) {
        measure = head.role;
        heldNoun = HELD_NOUNS.has(w);
      }
    }
    qualifier ??= QUALIFIERS.get(w) ?? null;
  }
  measure ??= found ?? (mayPhrase ? phraseCue(lower) : null) ?? (mayFrame ? frameOf(lower) : null);
  if (pair === 3 && measure === "killed") measure = "casualties";
  // "Old civilians" are elderly; "Old Town" is a place: a qualifier needs a people noun.
  if (people) subgroup ??= qualifier;
  if (sex && subgroup === null) subgroup = sex === "m" ? "men" : "women";
  return { measure, subgroup, unit, people: people || measure !== null };
}

/**
 * A label read as the predicate of the counts it heads, by the prose's frames (labelFrame): "Housed
 * in relief centres" gives what "N housed in relief centres" would, and "Persons housed in relief
 * centres" what "N persons housed …" would (the people it counts first, as a count's noun). Read only for a label whose
 * first word may open a frame and that no cue word decided.
 */
function frameOf(lower: string): Measure | null {
  const words = lower.split(NON_LETTERS);
  let from = words[0] === "" ? 1 : 0;
  while (from < words.length && (HEADS.has(words[from]!) || QUALIFIERS.has(words[from]!))) from++;
  return labelFrame(from === 0 ? words : words.slice(from));
}

/**
 * Cues of several words, in order of trust, for labels ("People in camps", "Left their homes"),
 * each under its first word with its rank in that order: a label's words find their few
 * candidates in one lookup each, instead of a search of the label for every cue.
 */
const PHRASE_CUES = new Map<string, { rank: number; measure: Measure; words: string[] }[]>();
MEASURE_CUES.flatMap(([measure, cues]) =>
  cues.filter((c) => c.includes(" ")).map((c) => ({ measure, words: c.split(" ") })),
).forEach(({ measure, words }, rank) => {
  const list = PHRASE_CUES.get(words[0]!) ?? [];
  list.push({ rank, measure, words });
  PHRASE_CUES.set(words[0]!, list);
});

/** The first cue of several words (in order of trust) that a label holds, or null. */
function phraseCue(lower: string): Measure | null {
  // The label's words as a cue is matched against them: runs of letters and apostrophes.
  const words = lower.split(NON_LETTERS);
  let best: { rank: number; measure: Measure } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (const cue of PHRASE_CUES.get(words[i]!) ?? []) {
      if (best !== null && cue.rank >= best.rank) continue;
      let k = 1;
      while (k < cue.words.length && words[i + k] === cue.words[k]) k++;
      if (k === cue.words.length) best = cue;
    }
  }
  return best?.measure ?? null;
}
