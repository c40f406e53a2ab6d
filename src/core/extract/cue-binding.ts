/**
 * Each figure its own cue: the policy that keeps one number from taking the measure word of
 * another in a long clause with several figures for several measures ("police opened fire,
 * killing 11 and wounding about 40, before 200 more were rounded up").
 *
 * A number is bound to the cue its own phrase carries: a verb or a noun right before it, hedges
 * and "of (the)" aside ("killing 11", "the abduction of 58 people", "rounded up more than 300"),
 * or its predicate right after its noun phrase ("11 killed", "seven of the passengers were
 * killed"). A cue bound so to another number does not also govern this one:
 *
 * - a cue between the two belongs to the number it is bound to ("fired on 5,000 marchers,
 *   killing 30": 5,000 are not killed; "200 of our comrades lie wounded …, and ninety have been
 *   thrown into cells": the ninety are not wounded);
 * - a cue beyond the other number reaches this one only when the two are coordinated, one verb
 *   for both ("killed 11 soldiers and 40 civilians", "nine civilians and two soldiers were
 *   killed") — not when this number has its own governor or stands in another clause ("the
 *   abduction of 58 people and the flight of some 14,000 villagers", "… rounded up more than 300
 *   people, and that at least two have been shot").
 *
 * - a cue in another clause (a semicolon, "that", "where", "while", "before", a relative pronoun
 *   between) says nothing of a count with a predicate of its own ("the union claimed that some
 *   9,000 were marching": not a toll);
 * - a part of a number shares that number's cue ("nine … were shot dead, two of them women");
 * - counts coordinated in a list share its governor ("Among the dead were 87 children and 35
 *   women": earlierInList, read by measure-relatives.ts's amongBefore), unless the later count has a
 *   predicate of its own ("…, and 95 women were injured").
 *
 * A number inside another's noun phrase ("nine of the 23 miners were killed") binds nothing: the
 * predicate is its whole's. Nor does a date. Only the cue a rule has already chosen is checked (once per figure,
 * over the few tokens between it and the count), so the policy adds no per-token work.
 */
import { monthNumber } from "./calendar.js";
import { mayStartNumber } from "./number-words.js";
import type { Token } from "./tokens.js";

/** Words that may stand between a cue and the number it governs ("killing at least 12"). */
const BETWEEN_A_CUE_AND_ITS_NUMBER = new Set([
  "at",
  "least",
  "most",
  "about",
  "some",
  "around",
  "nearly",
  "almost",
  "over",
  "more",
  "than",
  "up",
  "approximately",
  "roughly",
  "an",
  "estimated",
  "the",
  "of",
  "all",
  "a",
  "further",
  "another",
  "only",
  "just",
]);

/** Hedges a participle's object may open with ("killing at least 12", "injuring some 40"). */
const HEDGES_AFTER_A_PARTICIPLE = new Set([
  "at",
  "about",
  "some",
  "around",
  "nearly",
  "almost",
  "over",
]);

/** Words that end a clause: a cue on their other side is another clause's predicate. */
const CLAUSE_BREAKS = new Set([
  ";",
  ":",
  "that",
  "who",
  "which",
  "whom",
  "where",
  "when",
  "while",
  "whereas",
  "as",
  "before",
  "after",
  "since",
  "because",
  "until",
  "but",
]);

/** Coordinators that let two counts share one verb ("11 soldiers and 40 civilians"). */
const COORDINATORS = new Set(["and", "or", ",", "&"]);

/** How many words a number's noun phrase and auxiliaries may span before its predicate. */
const PREDICATE_REACH = 8;
/** Words of round counts that follow "a" or stand alone ("a dozen", "hundreds"). */
const DOZENS = new Set(["dozen", "dozens", "score", "scores", "hundreds", "thousands"]);
/** A year written as one: four digits, no comma. */
const YEAR = /^1\d{3}$|^20\d{2}$/;
/** How far apart two coordinated counts may stand. */
const COORDINATION_REACH = 8;

/** Whether token k is (the start or last word of) a count: digits or a number word, no date. */
function numberAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // ("wounding at least a dozen people": a dozen is a number, "a" alone is not.)
  if (DOZENS.has(t.lower)) return true;
  if (t.kind === "number")
    // ("on or about 19 April the accused ordered …", "since 1952": a date binds no cue.)
    return !(
      monthAt(tokens, k + 1) ||
      monthAt(tokens, k - 1) ||
      (YEAR.test(t.text) && Number(t.text) < 2100)
    );
  // ("a", "half" and "one" open phrases more often than counts: "a crowd", "one of the".)
  return mayStartNumber(t) && t.lower !== "a" && t.lower !== "half" && t.lower !== "one";
}

/** Whether the cue ending before `cueEnd` governs the number at `m` after it ("killing 11"). */
function objectOf(tokens: readonly Token[], cueEnd: number, m: number): boolean {
  if (m - cueEnd > 4) return false;
  for (let k = cueEnd; k < m; k++)
    if (!BETWEEN_A_CUE_AND_ITS_NUMBER.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * Whether the cue at `cue` is the predicate of the number whose last token is at `m` ("seven of
 * the passengers were killed"): a number that opens its clause (not "children under 12", not
 * "nine of the 23 miners"), then only its noun phrase and auxiliaries before the cue.
 */
function predicateOf(tokens: readonly Token[], m: number, cue: number): boolean {
  if (cue - m - 1 > PREDICATE_REACH || !opensClause(tokens, firstOf(tokens, m))) return false;
  for (let k = m + 1; k < cue; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || CLAUSE_BREAKS.has(t.lower) || COORDINATORS.has(t.lower)) return false;
  }
  return true;
}

/** Whether token k is a month's name ("April", "Sept."). */
function monthAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && monthNumber(t.text) > 0;
}

/** Verb forms, and the particles of phrasal verbs ("rounded up"), before a count they govern. */
const GOVERNOR = /(ed|ing)$|^(held|kept|shot|fled|hurt|slain|taken|took|froze|left|up|away|off)$/;

/** Whether a verb or a governing noun stands right before the count at `from` ("killing 11"). */
function governedBefore(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && BETWEEN_A_CUE_AND_ITS_NUMBER.has(tokens[k]!.lower)) k--;
  const w = tokens[k]?.lower ?? "";
  // ("during 3 days" is no verb.)
  return w !== "during" && GOVERNOR.test(w);
}

/** Whether the number starting at `first` (its hedge aside) opens a clause or a coordinated part. */
function opensClause(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && tokens[k]!.lower !== "of" && BETWEEN_A_CUE_AND_ITS_NUMBER.has(tokens[k]!.lower))
    k--;
  const t = tokens[k];
  if (!t || t.sentence !== tokens[first]!.sentence) return true;
  // ("…, of whom nine": a member, whose own verb the rules for members read.)
  if (t.lower === "of" || t.lower === "whom") return false;
  return CLAUSE_BREAKS.has(t.lower) || COORDINATORS.has(t.lower);
}

/**
 * Whether the counts on either side of [from, to) are coordinated, one verb for both: the later
 * opens right after "and", "or" or a comma (its hedge and determiners aside), with no clause
 * break between them.
 */
function coordinated(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > COORDINATION_REACH) return false;
  let k = to - 1;
  while (k >= from && BETWEEN_A_CUE_AND_ITS_NUMBER.has(tokens[k]!.lower)) k--;
  if (k < from || !COORDINATORS.has(tokens[k]!.lower)) return false;
  for (let j = from; j < to; j++) if (CLAUSE_BREAKS.has(tokens[j]!.lower)) return false;
  return true;
}

/**
 * Whether the cue spanning [cueFrom, cueTo) is bound to another number than the count spanning
 * [countFrom, countTo) (its hedge and noun included), and so says nothing of the count.
 */
export function boundToAnother(
  tokens: readonly Token[],
  cueFrom: number,
  cueTo: number,
  countFrom: number,
  countTo: number,
): boolean {
  if (cueFrom >= countTo) {
    // After the count. A participle with an object of its own ("…, killing a boy", "…, wounding
    // some of the guards") or a number right after the cue ("…, killing 30") is that object's.
    const next = tokens[cueTo];
    if (
      next !== undefined &&
      tokens[cueTo - 1]!.lower.endsWith("ing") &&
      (mayStartNumber(next) || HEDGES_AFTER_A_PARTICIPLE.has(next.lower))
    )
      return true;
    let m = cueTo;
    while (m < cueTo + 4 && BETWEEN_A_CUE_AND_ITS_NUMBER.has(tokens[m]?.lower ?? "")) m++;
    if (numberAt(tokens, m) && tokens[m]!.sentence === tokens[cueFrom]!.sentence) return true;
    // The nearest number between the count and the cue, whose predicate the cue may be.
    for (let k = cueFrom - 1; k >= countTo; k--)
      if (numberAt(tokens, k))
        return (
          predicateOf(tokens, k, cueFrom) &&
          // ("rounded up 200 men and two have been shot": an object has its own verb.)
          (governedBefore(tokens, countFrom) || !coordinated(tokens, countTo, firstOf(tokens, k)))
        );
    return false;
  }
  // Before the count. A cue that governs the count itself is its own ("the killing of eight").
  if (cueTo > countFrom || objectOf(tokens, cueTo, countFrom)) return false;
  // The first number between them, which the cue may govern; and whether a clause ends between.
  let between = false;
  let broken = false;
  for (let k = cueTo; k < countFrom; k++) {
    broken ||= CLAUSE_BREAKS.has(tokens[k]!.lower);
    if (between || !numberAt(tokens, k)) continue;
    if (objectOf(tokens, cueTo, k) && !coordinated(tokens, lastOf(tokens, k) + 1, countFrom))
      return true;
    between = true;
  }
  // A count with a predicate of its own ("and that at least 23 others were hit") takes no cue
  // from another clause ("…, to be held at the command, and that twelve of those 46 were taken
  // out").
  const own = ownPredicate(tokens, countTo);
  if (broken && own) return true;
  // The cue may be the predicate of a number before it ("200 lie wounded, …, and ninety have
  // been thrown into cells"), unless it stands right before this count.
  // (A part of that number shares its cue: "nine … were shot dead, two of them women".)
  if (cueTo === countFrom || (between && !own) || partOfAnother(tokens, countFrom, countTo))
    return false;
  for (let k = cueFrom - 1; k >= Math.max(0, cueFrom - PREDICATE_REACH - 1); k--)
    if (numberAt(tokens, k)) return predicateOf(tokens, k, cueFrom);
  return false;
}

/** Pronouns after "of" that make a count a part of the one before ("two of them"). */
const PARTITIVE_PRONOUNS = new Set(["them", "whom", "these", "those"]);

/** Whether the count is a part of a count before it: "two of them", "of whom two", "among them". */
function partOfAnother(tokens: readonly Token[], countFrom: number, countTo: number): boolean {
  for (let k = countFrom; k < countTo + 1; k++)
    if (tokens[k]?.lower === "of" && PARTITIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? ""))
      return true;
  const w = tokens[countFrom - 1]?.lower;
  return (
    (w === "whom" && tokens[countFrom - 2]?.lower === "of") ||
    (w === "them" && tokens[countFrom - 2]?.lower === "among")
  );
}

/** Auxiliaries that open a count's own predicate ("23 others were hit", "nine had gone"). */
const AUXILIARIES = new Set(["were", "was", "are", "is", "had", "have", "has", "will", "would"]);

/**
 * Whether the count ending before `countTo` has a predicate of its own: an auxiliary within its
 * noun phrase's few words ("twelve of those 46 were taken out"), before any punctuation.
 */
function ownPredicate(tokens: readonly Token[], countTo: number): boolean {
  for (let k = countTo; k < countTo + PREDICATE_REACH; k++) {
    const t = tokens[k];
    if (!t || t.kind === "punct" || CLAUSE_BREAKS.has(t.lower)) return false;
    if (AUXILIARIES.has(t.lower)) return tokens[k + 1]?.kind === "word";
  }
  return false;
}

/** The first token of the number whose last token is at k ("twenty - three", "4,000 and 6,000"). */
function firstOf(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && (numberAt(tokens, j - 1) || tokens[j - 1]!.text === "-")) j--;
  return j;
}

/** The last token of the number starting at k. */
function lastOf(tokens: readonly Token[], k: number): number {
  let j = k;
  while (numberAt(tokens, j + 1) || (tokens[j + 1]?.text === "-" && numberAt(tokens, j + 2))) j++;
  return j;
}

/** What may end a count's phrase when it closes a list ("… and 95 women."). */
const LIST_ENDS = new Set([".", ",", ";", "and", "or", ")"]);

/**
 * The first token (its hedge included) of the count before the one at [from, end) in a list of
 * counts ("187 children and 95 women", "1,200 children, 300 women and 40 old men"), or -1: only
 * "and" or a comma between the earlier count's noun and this count, and nothing of this count's
 * own after it (no predicate: "…, and 95 women were injured" is a clause of its own).
 */
export function earlierInList(tokens: readonly Token[], from: number, end: number): number {
  if (end < tokens.length && !LIST_ENDS.has(tokens[end]!.lower)) return -1;
  let k = from - 1;
  if (!COORDINATORS.has(tokens[k]?.lower ?? "")) return -1;
  k--;
  // Back over the earlier count's noun (a few lower-case words) to its number and hedge.
  let words = 0;
  while (k > 0 && tokens[k]!.kind === "word" && !mayStartNumber(tokens[k]!) && words < 3) {
    k--;
    words++;
  }
  if (!numberAt(tokens, k)) return -1;
  k = firstOf(tokens, k);
  while (
    k > 0 &&
    tokens[k - 1]!.lower !== "of" &&
    BETWEEN_A_CUE_AND_ITS_NUMBER.has(tokens[k - 1]!.lower)
  )
    k--;
  return k;
}
