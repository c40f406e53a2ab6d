/** Helpers of figure finding: sibling ranges, lower bounds stated after a count, lone numbers. */
import { makeFigure } from "../model/claim.js";
import { startOf, upperBoundBy } from "../sorted/bounds.js";
import { YEAR_1800_2099 } from "../text/word-shapes.js";
import { phraseAt, phraseEndingBefore, wordsOf } from "./figure-context.js";
import type { FoundFigure } from "./found-figure.js";
import { HEADS, MEASURE_CUES, WORD_MEASURE } from "./lexicon.js";
import { mayStartNumber, type NumberRead, readNumber } from "./number-words.js";
import type { Token } from "./tokens.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const CROWD_CROWDS_TURNOUT = new Set(["crowd", "crowds", "turnout"]);

/**
 * "470-500 in Khojaly, 650-700 people by the stream": a bare range listed beside a counted one
 * counts the same thing. A range is rarely anything but a count once dates, times and ages are
 * filtered, so it takes the measure and unit of a sibling figure in the same sentence.
 */
export function siblingRanges(
  tokens: readonly Token[],
  bare: readonly { r: NumberRead; hi: NumberRead; found: number }[],
  found: readonly FoundFigure[],
): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const { r, hi, found: at } of bare) {
    const start = tokens[r.from]!;
    const end = tokens[hi.to - 1]!;
    const sibling = [found[at - 1], found[at]].find(
      (f) =>
        f &&
        f.fields.hedge === "range" &&
        Math.abs(f.start - start.start) < 120 &&
        tokens[tokenAt(tokens, f.start)]?.sentence === start.sentence,
    );
    if (!sibling) continue;
    const fields = makeFigure({
      ...sibling.fields,
      min: r.value,
      max: hi.value,
      hedge: "range",
      subgroup: null,
    });
    out.push({ start: start.start, end: end.end, fields });
  }
  return out;
}

/** Index of the token starting at or last before `offset` (the first token if none). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return Math.max(0, upperBoundBy(tokens, offset, startOf) - 1);
}

export function minimumAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 4 && k < tokens.length; k++) {
    if (tokens[k]!.text === "." || tokens[k]!.text === ",") return false;
    if (phraseAt(tokens, k, "a minimum") || phraseAt(tokens, k, "the minimum")) return true;
  }
  return false;
}

const AND_COMMA_PERIOD_SEMICOLON = new Set(["and", ",", ".", ";"]);
/** Prepositions that open a place or a time after a verb's object ("killing seven on the spot"). */
const PLACE_OR_TIME = new Set(["on", "in", "at", "near", "from", "during", "outside", "inside"]);

/**
 * Whether the object of an event verb ends at `tail`: "The blast killed nine and injured 27",
 * "… fired into it, killing seven on the spot", "We buried nine from our lane alone" — the next
 * clause, or a place or a time said of the event.
 */
export function objectEndsAt(tokens: readonly Token[], tail: number): boolean {
  const next = tokens[tail]?.lower ?? "";
  return AND_COMMA_PERIOD_SEMICOLON.has(next) || PLACE_OR_TIME.has(next);
}

/**
 * A lone number (no noun) needs its measure word right before it: "killed 20", "population of
 * 7,000" — or the verb that gives a group's size (sizeVerbBefore).
 */
export function tightWordBefore(tokens: readonly Token[], hedgedFrom: number): boolean {
  const prev = tokens[hedgedFrom - 1]?.lower ?? "";
  const prev2 = tokens[hedgedFrom - 2]?.lower ?? "";
  return (
    MEASURE_WORDS.has(prev) ||
    (prev === "of" && MEASURE_WORDS.has(prev2)) ||
    prev === "at" ||
    sizeVerbBefore(tokens, hedgedFrom) >= 0
  );
}

/** The forms of the verb that gives a group's size ("numbering about 60", "numbered 400"). */
const SIZE_VERBS = new Set(["numbering", "numbered", "number", "numbers"]);
/** How far back a parenthetical between the verb and its count may open, in tokens. */
const SIZE_ASIDE_REACH = 10;

/**
 * The index of the verb that gives the size of a group before the count at `hedgedFrom`, or -1:
 * "the attackers numbered between four and six" (past a range's "between"), "describing the
 * attackers as numbering \"more than a hundred\"" (past a quotation mark), "the crowds
 * numbered, by the police's own estimate, between 20,000 and 30,000" (past an aside between
 * commas), "are reported to number about 40", "the group numbers about 40" (the verb's other
 * forms: "number" only after "to", "numbers" only after a word that is no determiner — "the
 * numbers 40 and 41" are no verb). A few token lookups, asked of a bare number.
 */
export function sizeVerbBefore(tokens: readonly Token[], hedgedFrom: number): number {
  let k = hedgedFrom - 1;
  if (QUOTE_OPEN.has(tokens[k]?.text ?? "")) k--;
  if (tokens[k]?.lower === "between") k--;
  // (", by the police's own later estimate,": an aside closed right before the count.)
  if (tokens[k]?.text === ",") {
    const sentence = tokens[k]!.sentence;
    let open = k - 1;
    while (open > 0 && k - open < SIZE_ASIDE_REACH && tokens[open]!.text !== ",") {
      // (Words only: a list of numbers, "2,310, 1,045", stops at once.)
      if (tokens[open]!.sentence !== sentence || tokens[open]!.kind !== "word") return -1;
      open--;
    }
    if (tokens[open]?.text !== ",") return -1;
    k = open - 1;
  }
  const w = tokens[k]?.lower ?? "";
  if (!SIZE_VERBS.has(w)) return -1;
  if (w === "number" && tokens[k - 1]?.lower !== "to") return -1;
  if (w === "numbers" && (tokens[k - 1]?.kind !== "word" || DETERMINERS.has(tokens[k - 1]!.lower)))
    return -1;
  return k;
}
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "these",
  "those",
  "their",
  "its",
  "his",
  "her",
  "our",
]);

const MEASURE_WORDS = new Set(
  MEASURE_CUES.flatMap(([, cues]) => cues.filter((c) => !c.includes(" "))),
);

const PREDICATES = [
  "was",
  "is",
  "were",
  "stood at",
  "rose to",
  "reached",
  "totalled",
  "totaled",
  "numbered",
  "climbed to",
  "risen to",
  "rise to",
  "grown to",
  "grew to",
  "fallen to",
  "fell to",
  "increased to",
  "lies",
  "lay",
  "runs to",
  "ran to",
  "amounted to",
  "amounts to",
  "came to",
  "stands at",
];
const QUOTE_OPEN = new Set(['"', "“", "‘"]);

/** "at 181", 'put the toll at "no more than 20"': "at" right before the count or its quotation. */
export function atBefore(tokens: readonly Token[], hedgedFrom: number): boolean {
  // ('put the toll at "no more than 20"', "put the dead at between 1,500 and 2,000")
  const k =
    QUOTE_OPEN.has(tokens[hedgedFrom - 1]?.text ?? "") ||
    tokens[hedgedFrom - 1]?.lower === "between"
      ? hedgedFrom - 2
      : hedgedFrom - 1;
  const word = tokens[k]?.lower;
  // ("gave the number of dead as 19", "the number of houses destroyed is reported as 23")
  return word === "at" || (word === "as" && givenAs(tokens, k));
}

/** Verbs that give a count as a value: "gave the number of dead as 19". */
const GIVING_VERBS = new Set([
  "gave",
  "give",
  "gives",
  "giving",
  "given",
  "put",
  "puts",
  "reported",
  "listed",
  "recorded",
  "registered",
  "stated",
  "fixed",
  "estimated",
  "confirmed",
]);
/**
 * Nouns of a count given as a value or carried to a new one ("gave the number of dead as 19",
 * "the death toll", "bringing the dead to 14": the dead counted so far).
 */
const COUNT_NOUNS = new Set([
  "toll",
  "count",
  "total",
  "tally",
  "number",
  "figure",
  "dead",
  "deaths",
]);

/** Whether "number" at k counts people or a measure ("the number of dead", not "of houses"). */
function numberOfPeople(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.lower !== "of") return false;
  const w = tokens[tokens[k + 2]?.lower === "the" ? k + 3 : k + 2]?.lower ?? "";
  return HEADS.has(w) || WORD_MEASURE.has(w);
}

/**
 * Whether "as" at `as` gives a count's value: a verb of giving and a noun of a count among the
 * few words before it, in its clause ("gave the number of dead as 19", "the toll was given as
 * 40"), not "as" of a comparison or a time ("such as", "as 19 people fled").
 */
function givenAs(tokens: readonly Token[], as: number): boolean {
  let verb = false;
  let noun = false;
  for (let j = as - 1; j >= Math.max(0, as - 8) && !(verb && noun); j--) {
    const t = tokens[j]!;
    if (t.kind !== "word") break;
    if (GIVING_VERBS.has(t.lower)) verb = true;
    else if (COUNT_NOUNS.has(t.lower)) noun ||= t.lower !== "number" || numberOfPeople(tokens, j);
  }
  return verb && noun;
}

/** Verbs that carry a running count up to a new figure ("bringing the toll to 45"). */
const RAISING_VERBS = new Set([
  "bring",
  "brings",
  "bringing",
  "brought",
  "raise",
  "raises",
  "raising",
  "raised",
  "take",
  "takes",
  "taking",
  "took",
  "push",
  "pushes",
  "pushing",
  "pushed",
]);
/**
 * "bringing the death toll to 45", "raising the number of dead to 61", "taking the hospital's
 * count to 13": a verb that carries a running count, its object and "to" right before the count.
 * The index of the count's noun ("toll", "count", "total", …), or -1.
 */
export function raisedTo(tokens: readonly Token[], hedgedFrom: number): number {
  if (tokens[hedgedFrom - 1]?.lower !== "to") return -1;
  let noun = -1;
  for (let k = hedgedFrom - 2; k >= Math.max(0, hedgedFrom - 9); k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return -1;
    // ("raising the number of dead to 61": the noun of the count, not the measure it is of.)
    if (COUNT_NOUNS.has(t.lower) && (noun < 0 || tokens[k + 1]?.lower === "of")) noun = k;
    else if (noun >= 0 && RAISING_VERBS.has(t.lower)) return noun - k <= 4 ? noun : -1;
  }
  return -1;
}

/**
 * Whether the running count whose noun is at `tally` names no measure of its own ("the
 * hospital's count"), so that it goes on counting what the figure before it counted — "the death
 * toll", "the number of dead" and "the dead" name theirs.
 */
export function measurelessTally(tokens: readonly Token[], tally: number): boolean {
  return (
    !WORD_MEASURE.has(tokens[tally - 1]?.lower ?? "") &&
    !WORD_MEASURE.has(tokens[tally]!.lower) &&
    !(tokens[tally + 1]?.lower === "of" && WORD_MEASURE.has(tokens[tally + 2]?.lower ?? ""))
  );
}

/**
 * "the death toll was \"no more than 800\"", "the number of dead rose to 212": a count stated
 * as the predicate of a measure noun standing just before the verb; or one a verb carries a
 * running count to ("bringing the toll to 45").
 */
export function predicateCount(tokens: readonly Token[], hedgedFrom: number): boolean {
  if (raisedTo(tokens, hedgedFrom) >= 0) return true;
  // "lies between 2,500 and 3,200": the verb stands before the range's "between".
  const at =
    QUOTE_OPEN.has(tokens[hedgedFrom - 1]?.text ?? "") ||
    tokens[hedgedFrom - 1]?.lower === "between"
      ? hedgedFrom - 1
      : hedgedFrom;
  const verb = phraseEndingBefore(tokens, at, PREDICATES);
  if (!verb) return false;
  const verbFrom = at - wordsOf(verb).length;
  for (let k = verbFrom - 1; k >= Math.max(0, verbFrom - 3); k--) {
    if (MEASURE_WORDS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text === "," && k === verbFrom - 1) break;
    // ("The crowd that night in 1996 numbered": a year among the subject's words.)
    if (tokens[k]!.kind === "number" && YEAR_1800_2099.test(tokens[k]!.text)) continue;
    if (tokens[k]!.kind !== "word") return false;
  }
  // "The death toll from two days of rioting in the capital has risen to 156": the subject's
  // head may stand further back, its modifiers between, as long as no punctuation intervenes.
  // ("The death toll of the flood, given separately by the Commissioner, was 1,284": an
  // apposition set off by two commas stands between.)
  let commas = 0;
  for (let k = verbFrom - 1; k >= Math.max(0, verbFrom - 20); k--) {
    const t = tokens[k]!;
    if (t.text === "," && tokens[verbFrom - 1]?.text === "," && ++commas <= 2) continue;
    if (t.kind === "punct" || t.sentence !== tokens[at]!.sentence) return false;
    if (t.lower === "toll" || (t.lower === "number" && tokens[k + 1]?.lower === "of")) return true;
    // ("The police figure, given to Parliament in July, was 22", "The Governor's figure for the
    // camp is 38, and …": a source's figure or count stated as the whole predicate, the number
    // alone before the clause ends — not "The count was 1,200 votes short".)
    if (FIGURE_OR_COUNT.has(t.lower)) return standsAlone(tokens, at);
    // ("The crowd that night numbered about 19,000": a crowd's size.)
    if (CROWD_CROWDS_TURNOUT.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of a count a source gives, whose predicate may state it ("the police figure was 22"). */
const FIGURE_OR_COUNT = new Set(["figure", "count"]);

/** Whether the number at or just after `at` (past a hedge) ends its clause: a punctuation mark. */
function standsAlone(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    if (!mayStartNumber(tokens[k]!)) continue;
    const r = readNumber(tokens, k);
    if (r === null) return false;
    const next = tokens[r.to];
    return next === undefined || (next.kind === "punct" && next.text !== "-");
  }
  return false;
}

const STATES = new Set(["missing", "homeless", "dead", "injured", "unaccounted"]);

/** "1,100 missing", "2.3 million homeless", "3,000 fled": a measure word right after the count. */
export function participleAfter(tokens: readonly Token[], at: number): boolean {
  // 'claims 12 "disappeared"': the word may stand in quotation marks of its own.
  const k = QUOTE_OPEN.has(tokens[at]?.text ?? "") ? at + 1 : at;
  const w = tokens[k]?.lower ?? "";
  return MEASURE_WORDS.has(w) && (STATES.has(w) || w.endsWith("ed"));
}
