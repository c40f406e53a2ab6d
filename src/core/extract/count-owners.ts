/**
 * Claimants that own a count rather than say it: "by the ministry's count", "on Amnesty's tally"
 * (tallyOwner), a party's case ("The prosecution case was that …": caseOwner) and a register's
 * keeper ("The ledger records 1,102 deaths": registerKeeper). They are asked before the clause's
 * reporting verbs, since an owned count names its owner even where a verb names someone else.
 */

import { lowerBound } from "../sorted/bounds.js";
import { isPossessive } from "../text/word-shapes.js";
import type { Attribution, AttributionContext } from "./attribution-context.js";
import { named } from "./claimant-name.js";
import { agentAfter } from "./reporting-verbs.js";
import { phraseAfter, subjectBefore, THE_A_AN } from "./speaker-phrase.js";
import { COUNT_ADJECTIVES, OWNER_REACH, TALLY_NOUNS } from "./tally-words.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

const WAS_OR_IS = new Set(["was", "is"]);

/**
 * "By the ministry's count, 340 people died", "… 90 killed, on Amnesty's tally": the owner of
 * the count in the claim's clause (not inside the claim's own span).
 */
export function tallyOwner(
  ctx: AttributionContext,
  from: number,
  to: number,
  start: number,
  end: number,
): Attribution | null {
  const { tokens } = ctx;
  // The clause's "by", "on" and "in" that may open an owner's count (tally-words.ts), in order.
  for (let o = lowerBound(ctx.tallyOpeners, from); o < ctx.tallyOpeners.length; o++) {
    const k = ctx.tallyOpeners[o]!;
    if (k >= to - 2) break;
    // "by the reckoning of a truth commission": the owner after "of".
    if (
      tokens[k + 1]!.lower === "the" &&
      TALLY_NOUNS.has(tokens[k + 2]!.lower) &&
      tokens[k + 3]?.lower === "of"
    ) {
      const span = phraseAfter(tokens, k + 4, to);
      if (span && (tokens[span[0]]!.start >= end || tokens[span[1] - 1]!.end <= start))
        return named(ctx, span);
    }
    for (let p = k + 1; p < Math.min(to - 1, k + OWNER_REACH + 1); p++) {
      const t = tokens[p]!;
      if (t.kind !== "word") break;
      if (!isPossessive(t.text)) continue;
      // ("by the navy's own count", "on the province's latest figures")
      const noun = COUNT_ADJECTIVES.has(tokens[p + 1]!.lower) ? p + 2 : p + 1;
      if (!TALLY_NOUNS.has(tokens[noun]?.lower ?? "")) break;
      if (t.start < end && start < tokens[noun]!.end) break;
      return named(ctx, [k + 1, p + 1]);
    }
  }
  return null;
}

/** Verbs that give an owned count its value ("the ministry's figure is 683", "stood at 40"). */
const OWNED_VALUE = new WordSet(["is", "was", "stood", "stands", "remains", "remained"]);
/** Words between "of" or a verb of value and the count ("the figure of about 400", "stood at"). */
const BEFORE_THE_VALUE = new WordSet(["at", "about", "some", "only", "just", "around", "nearly"]);
/** Most words of an owner's name before its possessive ("the Kerembe Tenants' Association's"). */
const OWNER_WORDS = 4;
/** How far after its noun an owned count's verb may stand ("… count of children born in captivity is"). */
const VALUE_REACH = 8;

/**
 * "The State's figure of 58 deaths", "The commission's own count of children born in captivity
 * is 74", "the municipality's final figure for violent deaths is 683": the count a possessive
 * owns, given by "of" right after its noun or by "is"/"was"/"stood at" after it, is the owner's —
 * the claim at token `at` only when it is that value (not a later figure of the sentence).
 */
export function ownedCount(ctx: AttributionContext, from: number, at: number): Attribution | null {
  const { tokens } = ctx;
  for (let o = lowerBound(ctx.owned, from); o < ctx.owned.length; o++) {
    const noun = ctx.owned[o]!;
    if (noun >= at) break;
    if (!valueAt(tokens, noun, at)) continue;
    let p = noun - 1;
    while (p > from && !isPossessive(tokens[p]!.text)) p--;
    // The owner: the possessive and the words of its name before it ("the Civil Defence's").
    let first = p;
    while (first > from && p - first < OWNER_WORDS && tokens[first - 1]!.kind === "word") {
      const w = tokens[first - 1]!;
      if (THE_A_AN.has(w.lower) || BOUNDARIES_OF_A_REGISTER.has(w.lower)) break;
      first--;
    }
    return named(ctx, [first, p + 1]);
  }
  return null;
}

/** Whether the claim at `at` is the value of the owned count whose noun is at `noun`. */
function valueAt(tokens: readonly Token[], noun: number, at: number): boolean {
  let k = noun + 1;
  if (tokens[k]?.lower === "of") {
    k++;
    while (k < at && BEFORE_THE_VALUE.hasToken(tokens[k])) k++;
    if (k === at) return true;
  }
  for (k = noun + 1; k < at && k - noun <= VALUE_REACH; k++) {
    if (tokens[k]!.kind === "punct") return false;
    if (!OWNED_VALUE.hasToken(tokens[k])) continue;
    let j = k + 1;
    while (j < at && BEFORE_THE_VALUE.hasToken(tokens[j])) j++;
    return j === at;
  }
  return false;
}

/** Verbs with which a register holds its count ("The ledger records 1,102 deaths"). */
const REGISTER_HOLDS = new Set([
  "has",
  "have",
  "had",
  "holds",
  "hold",
  "held",
  "records",
  "record",
  "recorded",
  "lists",
  "list",
  "listed",
  "contains",
  "contained",
  "names",
  "named",
]);
/** Participles of keeping a register, whose agent keeps it ("a list kept by the priest"). */
const KEPT = new Set(["kept", "compiled", "drawn", "prepared", "maintained", "gathered"]);
/** Words of a monument, whose names are the publisher's to report, not a keeper's count. */
const MONUMENT = new Set(["memorial", "monument", "plaque", "stone", "wall", "memorials"]);
/** How far a register's verb may stand from its noun, and the count from the verb. */
const REGISTER_REACH = 12;
const COUNT_REACH = 3;

/**
 * "The ledger records 1,102 deaths", "The centre's registers list 1,320 names", "The union's
 * list, kept for years by the widows' committee, has 17 names", "the camp's own death register,
 * which records 218 names": a register's count is its keeper's — the agent that keeps or
 * compiled it, else the register as the text names it (with its owner). Not a monument's names.
 */
export function registerKeeper(
  ctx: AttributionContext,
  from: number,
  at: number,
): Attribution | null {
  const { tokens } = ctx;
  for (let r = lowerBound(ctx.registers, from); r < ctx.registers.length; r++) {
    const noun = ctx.registers[r]!;
    if (noun >= at) break;
    const maker = listMaker(ctx, from, noun, at);
    if (maker) return maker;
    let verb = -1;
    for (let k = at - 1; k > noun && at - k <= COUNT_REACH; k--)
      if (REGISTER_HOLDS.has(tokens[k]!.lower)) verb = k;
    if (verb < 0 || verb - noun > REGISTER_REACH) continue;
    // ("kept for years by the widows' committee": the keeper after "by".)
    let kept = -1;
    for (let k = noun + 1; k < verb; k++) {
      if (KEPT.has(tokens[k]!.lower)) kept = k;
      if (kept >= 0 && tokens[k]!.lower === "by") {
        const span = agentAfter(tokens, k + 1, verb);
        if (span) return named(ctx, span);
      }
    }
    let first = noun;
    while (
      first > from &&
      noun - first < 5 &&
      tokens[first - 1]!.kind === "word" &&
      !BOUNDARIES_OF_A_REGISTER.has(tokens[first - 1]!.lower)
    )
      first--;
    const words = tokens.slice(first, noun + 1);
    if (words.some((t) => MONUMENT.has(t.lower))) return null;
    // ("its passenger list", "their own list": the owner is named elsewhere, by the sentence's
    // speaker; "Lists prepared in January", "a list": no one's in particular.)
    if (OWNER_PRONOUNS.has(tokens[first - 1]?.lower ?? "")) return null;
    if (first === noun || (first === noun - 1 && tokens[first]!.lower !== "the")) return null;
    while (first < noun && THE_A_AN.has(tokens[first]!.lower)) first++;
    return named(ctx, [first, noun + 1]);
  }
  return null;
}

/** Verbs of making a list public or handing it over ("published a list of 86 names"). */
const PUBLISHING = new Set([
  "published",
  "publishes",
  "presented",
  "presents",
  "gave",
  "gives",
  "drew",
  "draws",
  "released",
  "releases",
  "submitted",
  "produced",
  "issued",
  "compiled",
]);
/** Words between such a verb and its list: "gave us a list", "drew up a list". */
const BETWEEN_MAKER_AND_LIST = new Set(["a", "an", "the", "its", "their", "own", "up", "us", "me"]);
/** How far after "list of" the count may begin ("a list of 86 names"). */
const LIST_OF_REACH = 3;

/**
 * "The Tenants' Association later published a list of 86 names", "Village elders later drew up a
 * list of 86 names", "The village chief gave us a list of 47 people killed", "The Victims'
 * Association … has presented a list of twenty-four dead": the count of a list that a body made
 * public or handed over is that body's (the eval README's published lists), the subject of the
 * verb before "a list of".
 */
function listMaker(
  ctx: AttributionContext,
  from: number,
  noun: number,
  at: number,
): Attribution | null {
  const { tokens } = ctx;
  if (tokens[noun + 1]?.lower !== "of" || at - noun - 1 > LIST_OF_REACH || at <= noun + 1)
    return null;
  let v = noun - 1;
  while (v > from && BETWEEN_MAKER_AND_LIST.has(tokens[v]!.lower)) v--;
  if (v <= from || !PUBLISHING.has(tokens[v]!.lower)) return null;
  const span = subjectBefore(tokens, v, from, true);
  return span && !(span[1] - span[0] === 1 && OWNER_PRONOUNS.has(tokens[span[0]]!.lower))
    ? named(ctx, span)
    : null;
}

/** Words before a register's name that are not part of it. */
const BOUNDARIES_OF_A_REGISTER = new Set([
  "and",
  "but",
  "that",
  "which",
  "while",
  "whose",
  "where",
  "of",
  "in",
  "on",
  "to",
  "from",
  "by",
  "with",
  "its",
  "their",
  "his",
  "her",
]);
const OWNER_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my"]);

/** How far after "case of" its "that" may come ("The case of the prosecution, in brief, is that"). */
const CASE_REACH = 12;
/** Most words of an aside between commas ("in brief", "briefly stated", "shortly put"). */
const ASIDE_WORDS = 4;

/** The index after the comma that closes an aside opened by the comma at `comma`, or -1. */
function pastAside(tokens: readonly Token[], comma: number): number {
  for (let j = comma + 1; j <= comma + ASIDE_WORDS + 1 && j < tokens.length; j++) {
    if (tokens[j]!.text === ",") return j > comma + 1 ? j + 1 : -1;
    if (tokens[j]!.kind !== "word") return -1;
  }
  return -1;
}

/**
 * "The prosecution case was that …", "The defence's case is that …", "It is the prosecution case
 * that …", "It is the case of the prosecution that …": a party's case states what follows its
 * "that" (a claim after it only).
 */
export function caseOwner(
  ctx: AttributionContext,
  from: number,
  start: number,
): Attribution | null {
  const { tokens } = ctx;
  // The clause's "case", in text order, up to the claim.
  for (let c = lowerBound(ctx.cases, from + 1); c < ctx.cases.length; c++) {
    const k = ctx.cases[c]!;
    if (k >= tokens.length - 2 || tokens[k + 1]!.start >= start) break;
    // "It is the prosecution case that …": the party before "case".
    if (tokens[k + 1]!.lower === "that" && tokens[k - 1]?.kind === "word") {
      let first = k - 1;
      while (first > from && k - first < 3 && !THE_A_AN.has(tokens[first - 1]!.lower)) first--;
      if (!THE_A_AN.has(tokens[first - 1]?.lower ?? "") || first >= k) continue;
      return named(ctx, [first, k]);
    }
    // "It is the case of the prosecution that …", "The case of the prosecution is that …": the
    // party after "of".
    if (tokens[k + 1]!.lower === "of") {
      // ("The case of the prosecution, in brief, is that …": an aside between commas.)
      for (let j = k + 2; j < k + CASE_REACH && j < tokens.length && tokens[j]!.start < start; j++)
        if (tokens[j]!.lower === "that") {
          // ("The case of the prosecution is that …": the party, not its verb.)
          const to = WAS_OR_IS.has(tokens[j - 1]!.lower) ? j - 1 : j;
          const span = phraseAfter(tokens, k + 2, to);
          return span ? named(ctx, span) : null;
        }
      continue;
    }
    // ("The prosecution case, briefly stated, is that …": past an aside between commas.)
    const verb = tokens[k + 1]!.text === "," ? pastAside(tokens, k + 1) : k + 1;
    if (!WAS_OR_IS.has(tokens[verb]?.lower ?? "") || tokens[verb + 1]?.lower !== "that") continue;
    if (tokens[verb + 1]!.start >= start) break;
    const span = subjectBefore(tokens, k, from);
    return span ? named(ctx, span) : null;
  }
  return null;
}
