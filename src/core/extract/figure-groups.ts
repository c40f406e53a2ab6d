/**
 * A count as a group's or a list's: a bulleted line under a line that opens a list ("Of these:"),
 * a group giving its own size ("we were eleven"), a part of someone's people ("two of her
 * brothers"), a second predicate between a count and its part. figures.ts asks these to decide
 * whether a number is a member of the count before it, or the size of the group that speaks.
 */
import type { Measure } from "../model/claim.js";
import { phraseEndingBefore } from "./figure-context.js";
import { heldSpeaker } from "./held-speaker.js";
import { HEADS, PROCEDURAL, WORD_MEASURE } from "./lexicon.js";
import type { Head } from "./measure-cues.js";
import { verbCueAt } from "./measure-relatives.js";
import { mayStartNumber, readNumber } from "./number-words.js";
import { startsSentence } from "./sentence-starts.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

export const LIST_OPENERS = ["including", "among them", "of whom", "of them", "among whom", "("];
/** Words that open a bulleted list before its colon ("Of these:", "They include:"). */
const LIST_OPENERS_COLON = [
  ...LIST_OPENERS,
  "of these",
  "of those",
  "include",
  "includes",
  "among these",
];

const BULLETS = new Set(["•", "-", "–", "—", "*", "·"]);

/**
 * "Of these:" and then "• 1,720 released", "• 940 charged": a bulleted line under a line that
 * opens a list is a member of the count before it.
 */
export function bulletOfList(tokens: readonly Token[], lead: number): boolean {
  if (!BULLETS.has(tokens[lead - 1]?.text ?? "") || !startsSentence(tokens, lead - 1)) return false;
  // Back over the list's earlier bullets to the line that opens it.
  let end = lead - 2;
  for (let lines = 0; end >= 0 && lines < 12; lines++) {
    let start = end;
    while (start > 0 && tokens[start - 1]!.sentence === tokens[end]!.sentence) start--;
    if (BULLETS.has(tokens[start]!.text)) {
      end = start - 1;
      continue;
    }
    return (
      tokens[end]!.text === ":" && phraseEndingBefore(tokens, end, LIST_OPENERS_COLON) !== null
    );
  }
  return false;
}

/**
 * "We were eleven in my row, and four of us got out": a group giving its own size is counted as
 * the group, whatever the rest of the sentence says of a part of it; only a verb right after the
 * count ("we were twenty wounded") says what happened to all of them. (Not "two hundred of us",
 * whose "of us" may be a part: "four of us got out".)
 */
export function weWere(tokens: readonly Token[], to: number, tail: number): boolean {
  // (A former detainee's or hostage's "we" are the people held with them: held-speaker.ts.)
  return (
    tokens[to]?.lower !== "of" &&
    verbCueAt(tokens, tail) === null &&
    heldSpeaker(tokens, to - 1, tail) === null
  );
}

/** "… were killed and a similar number wounded, one of them …": a second predicate between. */
export function otherPredicate(
  tokens: readonly Token[],
  from: number,
  to: number,
  measure: Measure,
) {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.lower !== "and") continue;
    for (let j = k + 1; j < Math.min(to, k + 5); j++) {
      const m = WORD_MEASURE.get(tokens[j]!.lower);
      if (m && m !== measure) return true;
    }
  }
  return false;
}

const POSSESSIVES = new Set(["our", "their", "his", "her", "its", "my", "your"]);
/** "of our own", "of their number": the people of a group a count is part of. */
const OWN_OR_NUMBER = new Set(["own", "number"]);

/**
 * "two of her brothers", "three of our own", "two of their number": a part of someone's people,
 * whose noun (or "own", "number") stands after the possessive.
 */
export function possessedGroup(tokens: readonly Token[], at: number): Head | null {
  if (tokens[at]?.lower !== "of" || !POSSESSIVES.has(tokens[at + 1]?.lower ?? "")) return null;
  const noun = tokens[at + 2]?.lower ?? "";
  if (OWN_OR_NUMBER.has(noun)) return { index: at + 2, subgroup: null, unit: "people" };
  const people = HEADS.get(noun);
  return people?.unit === "people"
    ? { index: at + 2, subgroup: people.subgroup, unit: "people" }
    : null;
}

/**
 * "Nineteen women and eight children were lined up … and shot", "two children and one teacher
 * were killed": a count joined by "and" right after the figure before (its noun ends at `end`)
 * is a second subject of the same predicate, whose measure it shares however far its cue stands.
 */
export function joinedTo(tokens: readonly Token[], lead: number, end: number): boolean {
  return end === lead - 2 && tokens[lead - 1]?.lower === "and";
}

/** A possessive noun ("the hamlet's"). */
const POSSESSIVE_END = /['’]s$/;
/** Words that open the whole a part is counted of ("of the fourteen", "of their 160"). */
const THE_OR_POSSESSIVE = new WordSet([
  "the",
  "its",
  "their",
  "our",
  "his",
  "her",
  "these",
  "those",
]);
/** Adjectives of a whole's count between "the" and its number ("of the remaining 40"). */
const WHOLE_ADJECTIVES = new WordSet(["other", "remaining", "original", "first", "last", "same"]);
/** Verbs and states that may follow a whole's count with no noun ("of the fourteen were shot"). */
const AFTER_WHOLE = new WordSet([
  "were",
  "was",
  "are",
  "is",
  "have",
  "had",
  "has",
  "died",
  "remain",
  "remained",
  "dead",
  "killed",
  "wounded",
  "injured",
  "missing",
  "arrested",
  "detained",
]);

/**
 * "Eight of the fourteen were shot in the back", "127 of the hamlet's 160 or so inhabitants were
 * dead", "only 38 of the 143 had been charged": a part counted of a whole whose own count follows
 * "of the" (past a possessive or "other", "remaining") — the part is the clause's subject, its
 * verb after the whole's phrase. True when "of" at `at` opens such a whole, whose count is
 * followed by a people noun (no noun of a proceeding: "of the 73 accused"), a verb or a state,
 * or ends its clause ("14 of the 37 health centres" counts places).
 */
export function partOfCountAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== "of" || !THE_OR_POSSESSIVE.hasToken(tokens[at + 1])) return false;
  let k = at + 2;
  while (
    k < at + 4 &&
    (WHOLE_ADJECTIVES.hasToken(tokens[k]) || POSSESSIVE_END.test(tokens[k]?.text ?? ""))
  )
    k++;
  if (tokens[k] === undefined || !mayStartNumber(tokens[k]!)) return false;
  const whole = readNumber(tokens, k);
  if (whole === null) return false;
  let next = whole.to;
  if (tokens[next]?.lower === "or" && tokens[next + 1]?.lower === "so") next += 2;
  const t = tokens[next];
  if (t === undefined || (t.kind === "punct" && t.text !== "-")) return true;
  if (AFTER_WHOLE.hasToken(t)) return true;
  return HEADS.get(t.lower)?.unit === "people" && !PROCEDURAL.has(t.lower);
}
