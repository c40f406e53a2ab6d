/**
 * A source's count of what was just counted, when the count has no noun of its own: the verb or
 * noun by which a source estimates, revises or gives a count again ("a later survey estimated
 * 2,000", "revised to 73", "by the Front's count", "the 300 the army admits to", "put the number
 * at"). figures.ts asks these of a bare number before it decides it is a figure, and reads the
 * figure as the count just given, counted again; one question, so it is answered in one place.
 */
import { SAY_VERBS, WORD_MEASURE } from "./lexicon.js";
import type { Token } from "./tokens.js";

const NUMBER_FIGURE_TOTAL_COUNT = new Set(["number", "figure", "total", "count"]);
const PUT_VERBS = new Set(["put", "estimated", "stood", "placed", "puts", "estimates", "places"]);
const THE_THIS_THAT_ITS_THEIR = new Set(["the", "this", "that", "its", "their"]);

/**
 * Verbs by which a source gives its own count of what was just counted, right before a count
 * with no noun of its own: estimating ("a later survey estimated 2,000"), counting or recognising
 * ("the commission recognises 1,906"), conceding ("the television admitted 20,000").
 */
const ESTIMATE_VERBS = new Set([
  "estimated",
  "estimates",
  "estimate",
  "reckoned",
  "reckons",
  "calculated",
  "calculates",
  "count",
  "counts",
  "recognises",
  "recognizes",
  "recognised",
  "recognized",
  "admitted",
  "admits",
  "acknowledged",
  "acknowledges",
  "conceded",
  "concedes",
]);
/** "… spoke of 7,000", "survivors speak of about 600": a source's count after "of". */
const SPEAK_VERBS = new Set(["speak", "speaks", "spoke", "spoken", "talk", "talks", "talked"]);
/** Words a source's count may carry between its verb and the number ("count only 'about 20,000'"). */
const BEFORE_A_QUOTED_COUNT = new Set(["only", "just", '"', "“", "‘", "'"]);

/** "put the number at", "put the figure at": a noun naming a count already given, just before `at`. */
export function numberAgainBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (!NUMBER_FIGURE_TOTAL_COUNT.has(tokens[k]!.lower)) {
      // ("put the total dead at": a noun after "total" names its own measure.)
      if (k === at - 1) return false;
      continue;
    }
    return THE_THIS_THAT_ITS_THEIR.has(tokens[k - 1]!.lower) && tokens[k + 1]?.lower !== "of";
  }
  return false;
}

/**
 * "estimated between 2,000 and …", "recognises 1,906", "spoke of 7,000", "count only 'about
 * 20,000'", "the names of 112": a verb (or noun) by which a source gives its count, before the
 * count (or its hedge) at `at`; its index, or -1.
 */
export function sourceCountBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  if (tokens[k]?.lower === "between") k--;
  while (k > at - 4 && BEFORE_A_QUOTED_COUNT.has(tokens[k]?.lower ?? "")) k--;
  const verb = tokens[k]?.lower ?? "";
  // ("the union published the names of 112": a list of names counts people.)
  if (verb === "of")
    return SPEAK_VERBS.has(tokens[k - 1]?.lower ?? "") || tokens[k - 1]?.lower === "names"
      ? k - 1
      : -1;
  // ("The figure has since been revised to 73", "later lowered to 60": the same count, revised.)
  if (verb === "to") {
    const j = UP_OR_DOWN.has(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1;
    return REVISING_VERBS.has(tokens[j]?.lower ?? "") ? j : -1;
  }
  // ("Residents say the real figure is 60": a bare figure noun as the subject; "the death toll
  // was 45" names its own measure and is read as any toll.)
  if (COPULAS_OF_A_FIGURE.has(verb)) {
    const noun = tokens[k - 1]?.lower ?? "";
    return FIGURE_NOUNS.has(noun) && !WORD_MEASURE.has(tokens[k - 2]?.lower ?? "") ? k - 1 : -1;
  }
  return ESTIMATE_VERBS.has(verb) ? k : -1;
}

/** Verbs by which a count is revised ("revised to 73", "lowered to 60"). */
const REVISING_VERBS = new Set([
  "revised",
  "corrected",
  "updated",
  "adjusted",
  "lowered",
  "reduced",
  "raised",
  "increased",
  "upped",
]);
const UP_OR_DOWN = new Set(["up", "down", "upward", "upwards", "downward", "downwards"]);
/** Nouns of a count with no measure of their own ("the figure", "the total"). */
const FIGURE_NOUNS = new Set(["figure", "total", "number", "count", "tally"]);
const COPULAS_OF_A_FIGURE = new Set(["is", "was", "were"]);

/** Nouns of a source's count after "by" ("by the Front's count", "by the priest's reckoning"). */
const COUNT_NOUNS = new Set(["count", "counts", "reckoning", "estimate", "estimates", "tally"]);

/**
 * "more than 100,000 by the Front's count", "close to 300, by the reckoning of the priest": a
 * count its source's words after it make one, though it has no noun of its own.
 */
export function ownersCountAfter(tokens: readonly Token[], at: number): boolean {
  const by = tokens[at]?.text === "," ? at + 1 : at;
  if (tokens[by]?.lower !== "by") return false;
  for (let k = by + 1; k <= by + 4; k++) {
    const t = tokens[k];
    if (t?.kind !== "word") return false;
    if (COUNT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Words that open a relative clause's subject right after "the N" ("the 300 the army …"). */
const SUBJECT_OPENERS = new Set(["the", "its", "their", "his", "her", "our", "my", "your"]);
/** Verbs of claiming a count after it ("the 50,000 its organisers boast of"). */
const BOAST_VERBS = new Set(["boast", "boasts", "boasted"]);

/**
 * "the 50,000 its organisers boast of", "the 300 the army admits to": a relative clause with no
 * "that" after the count at `at`, whose subject gives the count (a verb of saying, counting or
 * estimating within its first four words).
 */
export function sourceClauseAfter(tokens: readonly Token[], at: number): boolean {
  if (!SUBJECT_OPENERS.has(tokens[at]?.lower ?? "")) return false;
  for (let k = at + 2; k <= at + 4; k++) {
    const w = tokens[k];
    if (w?.kind !== "word") return false;
    if (SAY_VERBS.has(w.lower) || ESTIMATE_VERBS.has(w.lower) || BOAST_VERBS.has(w.lower))
      return true;
  }
  return false;
}

/** "put at", "put the number of dead at": a verb of estimating a few words before "at". */
export function putBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    if (PUT_VERBS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.kind !== "word") return false;
  }
  return false;
}
