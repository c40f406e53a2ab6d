/**
 * What the held-people and remains policy (held-and-remains.ts) is asked about a count, and what
 * its stages share: the query, the count's own predicate (where it ends: predicateEnd), and the
 * small word sets more than one stage reads. A stage of its own because every other stage reads
 * the same predicate the same way; kept apart, each would bound it differently.
 */
import type { Measure } from "../model/claim.js";
import type { Head } from "./measure-cues.js";
import { mayStartNumber } from "./number-words.js";
import type { Token } from "./tokens.js";

/** The cue measures token k starts (measure-cues.ts's reading, passed in: no import cycle). */
export type CuesAt = (tokens: readonly Token[], k: number, head: Head | null) => readonly Measure[];

export interface HeldOrRemainsQuery {
  readonly tokens: readonly Token[];
  /** First token of the count with its hedge, and the token after its number. */
  readonly hedgedFrom: number;
  readonly after: number;
  /** The count's noun, if any ("detainees", "bodies"). */
  readonly head: Head | null;
  readonly clause: { readonly from: number; readonly to: number };
  /** True for a member or a repetition of another count: only its own predicate is read. */
  readonly inherited: boolean;
  /** True when the grammar's `other` is no cue's decision (none found, or none chosen). */
  readonly undecided: boolean;
}

/** How far past the count its own predicate is read, in tokens. */
export const PREDICATE_REACH = 14;

/** Words a release verb may stand before the count across ("released a group of 30"). */
export const RELEASE_FILLERS = new Set([
  "a",
  "the",
  "all",
  "only",
  "some",
  "another",
  "further",
  "group",
  "total",
  "of",
  "at",
  "least",
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "more",
  "than",
]);

/**
 * Places of holding: people sent back to one are held again ("sent back to prison": no release);
 * people who came back from one were let go ("returned alive from the camp", fromHolding); people
 * taken to one are held there ("marched to prison camps", takenToHolding).
 */
export const HOLDING_PLACES = new Set([
  "captivity",
  "labour",
  "labor",
  "prison",
  "prisons",
  "jail",
  "jails",
  "gaol",
  "camp",
  "camps",
  "cell",
  "cells",
  "custody",
  "detention",
  "barracks",
]);

/**
 * Verbs of forcing people into a vehicle or a room ("police loaded 63 women into vans", "police
 * loaded more than 300 people onto lorries", "gunmen bundled 12 workers into a car"): a taking
 * when a holder does it (held-early-decisions.ts takenFrom), whose subject then holds them
 * (held-holder.ts). Not "herded", which gathers people before a killing as often as a holding
 * ("soldiers herded about 70 men into the church and shot them").
 */
export const FORCED_INTO = new Set([
  "loaded",
  "loading",
  "bundled",
  "bundling",
  "packed",
  "crammed",
  "pushed",
  "shoved",
  "forced",
  "forcing",
]);

export const NEGATIONS = new Set(["not", "never", "n't", "yet"]);

/** What may stand right before a verb of the count's own predicate ("and shot", "were killed"). */
export const VERB_OPENERS = new Set([
  "and",
  "were",
  "was",
  "been",
  "later",
  "then",
  "subsequently",
]);

/** Auxiliaries and adverbs between a count (or "N of them") and its verb. */
export const BEFORE_VERB = new Set([
  "of",
  "them",
  "these",
  "those",
  "have",
  "has",
  "had",
  "been",
  "were",
  "was",
  "are",
  "is",
  "be",
  "since",
  "now",
  "so",
  "far",
  "later",
  "then",
  "all",
  "already",
  "subsequently",
  "eventually",
  "also",
  "positively",
]);

/**
 * Where the count's own predicate ends: at a comma, a semicolon, a colon, the sentence's end, or
 * another count ("and 30 were later freed"). A number after a preposition or a name is a date
 * or a place ("on 24 July", "Room 3"), not a count, and the predicate reads on past it — the
 * clause the grammar reads stops at every number. So does a count joined to this one by "and"
 * before any verb ("40 inmates and 3 guards were killed", "seven guards and two nurses … were let
 * go": one predicate for both) and the whole of a part ("twelve of those 46 were … shot").
 */
export function predicateEnd(q: HeldOrRemainsQuery, from: number): number {
  const { tokens } = q;
  // (The sentence of the count's number or noun, not of its hedge: "c. 3,400 captured" — the
  // splitter may end a sentence at the abbreviation's point.)
  const sentence = tokens[from - 1]!.sentence;
  const to = Math.min(tokens.length, from + PREDICATE_REACH);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.text === ";" || t.text === ":") return k;
    // ("about 200 of them, who were taken away in lorries and killed": a relative clause after
    // the comma is the count's own predicate.)
    if (t.text === ",") {
      if (tokens[k + 1]?.lower === "who") continue;
      // ("11 hostages, among them all four of the staff, were let out": members named between
      // commas are no predicate; the count's own follows them.)
      if (MEMBERS_OPENERS.has(tokens[k + 1]?.lower ?? "")) {
        let j = k + 2;
        while (j < to && tokens[j]!.text !== "," && tokens[j]!.sentence === sentence) j++;
        if (j < to && tokens[j]!.text === ",") {
          k = j;
          continue;
        }
      }
      return k;
    }
    // ("… and that at least two have been shot": a count in words, too, has a predicate of its own.)
    if (mayStartNumber(t) && !A_ONE_HALF.has(t.lower)) {
      const before = tokens[k - 1]!;
      if (
        !(
          DATE_OR_PLACE_LINKS.has(before.lower) ||
          before.text !== before.lower ||
          (k - 1 === from && before.lower === "and" && nounAfter(tokens, k + 1)) ||
          (THOSE_THESE_THE.has(before.lower) && tokens[k - 2]?.lower === "of")
        )
      )
        return k;
    }
  }
  return to;
}

/** Words that may start a number but open no count here ("one" is mostly a pronoun). */
const A_ONE_HALF = new Set(["a", "one", "half"]);

const DATE_OR_PLACE_LINKS = new Set(["on", "in", "at", "since", "until", "by", "of", "from"]);

const THOSE_THESE_THE = new Set(["those", "these", "the"]);

const MEMBERS_OPENERS = new Set(["among", "including"]);

/** Whether token k may be a count's noun ("3 guards"), not its own verb ("12 disappeared"). */
function nounAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && !t.lower.endsWith("ed");
}
