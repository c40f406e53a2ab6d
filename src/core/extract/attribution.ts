/**
 * Who states a claim inside its source. A claim inside a quotation belongs to the quoted speaker
 * ("…”, said Raisa Aslanova); otherwise an attribution in its sentence ("according to X",
 * "X said/told/estimated …") names the claimant; failing both, the publisher speaks.
 *
 * This file holds the order in which the stages are asked (claimantFor) and reported speech that
 * runs on past a semicolon; the stages live beside it: attribution-context.ts (what is prepared
 * once a text), claimant-name.ts (a phrase as a claimant), quote-speaker.ts (a quotation's
 * speaker), parenthesised-claimant.ts (a name in parentheses after a claim), count-owners.ts (an
 * owner's count, a party's case, a register's keeper) and reporting-verbs.ts (what a reporting
 * verb says, its agent, and whom a pronoun stands for).
 */

import { lowerBound } from "../sorted/bounds.js";
import { startsUpper } from "../text/char-class.js";
import {
  type Attribution,
  type AttributionContext,
  sentenceAt,
  tokenIndexAt,
} from "./attribution-context.js";
import { named } from "./claimant-name.js";
import { caseOwner, ownedCount, registerKeeper, tallyOwner } from "./count-owners.js";
import { parenthesisedClaimant } from "./parenthesised-claimant.js";
import { HE_OR_SHE, personBefore, quoteSpeaker } from "./quote-speaker.js";
import { quoteAt } from "./quotes.js";
import {
  AMBIGUOUS,
  agentAfter,
  antecedent,
  describedEstimateEnd,
  earlierVerb,
  nounUse,
  pronounAt,
  pronounBefore,
  subjectOfJoinedClause,
  subjectOfSentenceBefore,
  titleHolder,
  WERE_WAS_BEEN_IS_ARE,
} from "./reporting-verbs.js";
import {
  INVERTIBLE,
  isPronoun,
  pastDocumentNoun,
  phraseAfter,
  roleOf,
  sourceAfterAccording,
  subjectBefore,
} from "./speaker-phrase.js";
import { turnAt } from "./speaker-turns.js";
import type { Token } from "./tokens.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const AND_OR_BUT = new Set(["and", "but"]);
const AND_OR = new Set(["and", "or"]);
const COMMA_OR_RELATIVE = new Set([",", "who", "which", "whose", "whom"]);
/**
 * Verbs that say and do nothing else: whatever noun phrase is their subject speaks ("the coast
 * guard said", "state media reported"), where "found", "counted" or "registered" may be done by
 * whatever acts (and their subject must name a speaker outright). Not "claimed" ("cholera has
 * claimed 1,900 lives"), nor a passive ("their families were told", "land claimed by").
 */
const PLAIN_SAYING = new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "stated",
  "announced",
  "reported",
  "estimated",
  "insisted",
  "explained",
  "confirmed",
  "put",
  "puts",
]);

/** Verbs whose agent made the document a count is in, and owns it (a register's keeper). */
const COMPILING = new Set(["compiled", "prepared", "kept", "drawn", "maintained", "gathered"]);
/** Shorter quotations are names or scare quotes ("free corridor"), not speech. */
const MIN_QUOTE = 15;
/** How many tokens either side of a claim its attribution is looked for in. */
const CLAUSE_REACH = 80;

/** Keys of ctx.subjects and ctx.names: token indices stay far below 2^26 in any text read. */
const KEY_STEP = 67_108_864;

/** subjectBefore(tokens, verb, floor, loose), remembered for the text (ctx.subjects). */
function subjectOf(
  ctx: AttributionContext,
  verb: number,
  floor: number,
  loose: boolean,
): [number, number] | null {
  const key = (verb * 2 + (loose ? 1 : 0)) * KEY_STEP + floor;
  let subject = ctx.subjects.get(key);
  if (subject === undefined) {
    subject = subjectBefore(ctx.tokens, verb, floor, loose);
    ctx.subjects.set(key, subject);
  }
  return subject;
}

/** named(ctx, span), remembered for the text (ctx.names): a pure reading of the span. */
function nameOf(ctx: AttributionContext, span: [number, number]): Attribution | null {
  const key = span[0] * KEY_STEP + span[1];
  let name = ctx.names.get(key);
  if (name === undefined) {
    name = named(ctx, span);
    ctx.names.set(key, name);
  }
  return name;
}

/** Who states the claim at cleaned offsets [start, end). */
export function claimantFor(ctx: AttributionContext, start: number, end: number): Attribution {
  // In a record of proceedings, the speaker whose turn it is speaks unless someone else is named.
  const turn = turnAt(ctx.turns, start);
  const publisher: Attribution = turn
    ? { name: turn.name, role: roleOf(turn.name), span: turn.span }
    : { name: ctx.publisher, role: "publisher", span: null };
  const { tokens } = ctx;
  if (tokens.length === 0) return publisher;
  const q = quoteAt(ctx.quotes, start);
  if (q && q.end - q.start > MIN_QUOTE) {
    const speaker = quoteSpeaker(ctx, q);
    if (speaker) return speaker;
  }
  const inParens = parenthesisedClaimant(ctx.text, end, ctx.parens);
  if (inParens) return inParens;
  const at = tokenIndexAt(ctx, start);
  const range = sentenceAt(ctx, at);
  // Attribution stays inside its clause: "…; and WHEREAS, X reported …" speaks for its own part.
  // Bounded either side, so that an unpunctuated resolution of thousands of words stays cheap.
  let from = Math.max(range[0], at - CLAUSE_REACH);
  let to = Math.min(range[1], at + CLAUSE_REACH);
  // The last semicolon before the claim's token and the first at or after it, by binary search.
  const semi = lowerBound(ctx.semicolons, at);
  const before = ctx.semicolons[semi - 1];
  const opensClause = before !== undefined && before >= from;
  if (opensClause) from = before + 1;
  const after = ctx.semicolons[semi];
  if (after !== undefined && after < to) to = after;
  // ("Some 3,000 reached Urmia, where the Consul reports that they are fed": a place's clause
  // after the claim states its own, to its comma; "…, where according to the inquiry at least
  // three died". A tag after that comma is the sentence's: "…, where 8 million live, the
  // ministry said".)
  const where = ctx.wheres[lowerBound(ctx.wheres, at + 1)] ?? to;
  const whereEnd = where < to ? clauseComma(tokens, where, to) : -1;
  const tally =
    tallyOwner(ctx, from, to, start, end) ??
    ownedCount(ctx, from, at) ??
    caseOwner(ctx, from, start) ??
    registerKeeper(ctx, from, at);
  if (tally) return tally;
  let verbBefore = -1;
  let verbAfter = -1;
  // Only the reporting verbs of the clause need a look.
  for (let v = lowerBound(ctx.verbs, from); v < ctx.verbs.length; v++) {
    const k = ctx.verbs[v]!;
    if (k >= to) break;
    if (k > where && k < whereEnd) continue;
    const t = tokens[k]!;
    // ("The strikers, estimated by the harbour board at some 3,000, had marched … to demand the
    // release of 14 union leaders": an estimate describing a noun phrase speaks for its own figure.)
    if (t.start < start) {
      const described = describedEstimateEnd(tokens, k, to);
      if (described >= 0 && tokens[described - 1]!.end <= start) continue;
    }
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      // ("according to figures from the Red Cross": the issuer, not the document.)
      const span = sourceAfterAccording(tokens, pastDocumentNoun(tokens, k + 2), to);
      if (span) return named(ctx, span) ?? publisher;
    }
    // "is estimated by the police at 35,000", "41 identified by the truth commission", "has been
    // told by the regional authorities that", "reports from the United Nations that": the agent.
    // ("I am informed by the General Officer Commanding that …" is the Member's own word.)
    // ("blood samples given by relatives", "names given by witnesses": a giving that gives no
    // figure names no source.)
    if (
      ((tokens[k + 1]?.lower === "by" &&
        t.lower !== "informed" &&
        !(t.lower === "given" && nounUse(tokens, k))) ||
        (tokens[k + 1]?.lower === "from" && AMBIGUOUS.has(t.lower))) &&
      !quoteAt(ctx.quotes, t.start)
    ) {
      const span = agentAfter(tokens, k + 2, to);
      const agent = span ? named(ctx, span) : null;
      // "documented by our researchers" names the publisher, which has no span in the text.
      // ("Police said 34 men had been arrested … and that nine of them had been identified by
      // survivors", "The Chamber finds that … 3,000 … had taken refuge …, after being told by
      // local officials": an agent after the claim, where a verb of saying before it already
      // reports the clause, acts in what is reported and does not speak for it.)
      // (Not a list's compiler: "relied on a list of 112 names compiled by the village council".)
      const reported = verbBefore >= 0 && t.start >= end && !COMPILING.has(t.lower);
      if (agent && !reported && (!agent.span || agent.span.end <= start || agent.span.start >= end))
        return agent;
    }
    if (t.lower === "according" || nounUse(tokens, k)) continue;
    if (quoteAt(ctx.quotes, t.start) && !q) continue;
    if (t.start < start) verbBefore = k;
    else if (t.start >= end && verbAfter < 0) verbAfter = k;
  }
  for (const verb of [verbBefore, verbAfter]) {
    if (verb < 0) continue;
    // "It further found that …", "In all she has recorded …": the speaker named just before.
    if (pronounBefore(tokens, verb)) {
      // ("Doña Rosa, now 78, described the morning. Twenty-six were shot, she said": a person
      // named just before, when no one was said to speak.)
      const he = HE_OR_SHE.has(tokens[verb - 1]!.lower);
      const prior =
        antecedent(ctx, verb) ??
        (he ? personBefore(ctx, verb - 1) : null) ??
        subjectOfSentenceBefore(ctx, pronounAt(tokens, verb));
      if (prior) return prior;
      continue;
    }
    // "Police confirmed that …, but gave a lower toll": a coordinated verb shares its subject.
    const joined = AND_OR_BUT.has(tokens[verb - 1]?.lower ?? "");
    const shared = joined ? earlierVerb(ctx, verb, from) : -1;
    // ("The defence does not dispute that …, but submits that fewer than 40 …": the subject of
    // the clause the verb is joined to, whose own verb says nothing.)
    if (joined && shared < 0 && verb === verbBefore && reportsClause(tokens, verb, to)) {
      const subject = subjectOfJoinedClause(ctx, verb, from);
      if (subject) return subject;
    }
    const said = shared >= 0 ? shared : verb;
    const plain =
      PLAIN_SAYING.has(tokens[said]!.lower) &&
      tokens[said + 1]?.lower !== "by" &&
      !WERE_WAS_BEEN_IS_ARE.has(tokens[said - 1]?.lower ?? "");
    const subject = subjectOf(ctx, said, from, plain);
    // ("Thirty-eight women and girls reported …": a subject that is the figure speaks of itself.)
    const figureInside =
      subject &&
      ((tokens[subject[0]]!.start < end && tokens[subject[1] - 1]!.end > start) ||
        (AND_OR.has(tokens[subject[0] - 1]?.lower ?? "") && tokens[subject[0] - 2]?.end === end));
    // ("Archbishop Ocampo, who opened the doors to some 200 people, said", "P.W.7, one of three
    // survivors, told": a figure between the subject and its verb describes the speaker.)
    // ("The families of at least 60 detainees told us": a figure inside the subject is not.)
    const describing =
      subject &&
      tokens[verb]!.start >= end &&
      COMMA_OR_RELATIVE.has(tokens[subject[1]]?.lower ?? "") &&
      tokens[subject[1]]!.end <= start;
    if (subject && !figureInside && !describing && !isPronoun(tokens, subject))
      return nameOf(ctx, titleHolder(tokens, subject) ?? subject) ?? publisher;
    const invertible =
      INVERTIBLE.has(tokens[verb]!.lower) && startsUpper(tokens[verb + 1]?.text ?? "");
    const inverted = invertible ? phraseAfter(tokens, verb + 1, to) : null;
    if (inverted) return named(ctx, inverted) ?? publisher;
  }
  // "Police said 12 people died in the blast; 31 others were treated for burns": reported
  // speech goes on past a semicolon until a clause names its own source.
  const carried = opensClause ? speechBefore(ctx, semi - 1, range[0], start) : null;
  return carried ?? publisher;
}

/** The first comma after `from` before `to`, or `to`: where a clause set off by commas ends. */
function clauseComma(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) if (tokens[j]!.text === ",") return j;
  return to;
}

/**
 * The speaker of the clause before semicolon number `semi` when that clause reports speech that
 * runs on ("X said …", "The Chamber found that …"), or null — not a tag that closes its clause
 * ("…, police said;") nor "according to X", which speak for that clause alone.
 */
function speechBefore(
  ctx: AttributionContext,
  semi: number,
  floor: number,
  start: number,
): Attribution | null {
  const { tokens } = ctx;
  const end = ctx.semicolons[semi]!;
  // ("…; the American consul cabled that more than 1,000 …": the clause reports speech of its own.)
  const that = ctx.thats[lowerBound(ctx.thats, end + 1)];
  if (that !== undefined && tokens[that]!.start < start) return null;
  const earlier = ctx.semicolons[semi - 1];
  const from = earlier !== undefined && earlier >= floor ? earlier + 1 : floor;
  for (let v = lowerBound(ctx.verbs, from); v < ctx.verbs.length; v++) {
    const k = ctx.verbs[v]!;
    if (k >= end) break;
    const t = tokens[k]!;
    if (t.lower === "according" || nounUse(tokens, k) || quoteAt(ctx.quotes, t.start)) continue;
    // Only a verb whose reported clause runs on to the semicolon ("said 12 people died",
    // "found that …", "told reporters that …"): not "put the toll at 38", "documented 41
    // deaths", a passive ("were reported to be leaving") or a tag ("…, police said;").
    if (WERE_WAS_BEEN_IS_ARE.has(tokens[k - 1]?.lower ?? "")) return null;
    if (!reportsClause(tokens, k, end)) return null;
    if (pronounBefore(tokens, k)) return antecedent(ctx, k);
    const subject = subjectOf(ctx, k, from, PLAIN_SAYING.has(t.lower));
    return subject && !isPronoun(tokens, subject) ? nameOf(ctx, subject) : null;
  }
  return null;
}

/** Verbs of saying whose object is a clause, with or without its "that" ("Police said 12 died"). */
const CLAUSE_VERBS = new Set(["said", "says", "say", "stated", "added", "insisted", "explained"]);
/** How far after a verb its "that" may come ("told a foreign reporter that"). */
const THAT_REACH = 6;

/** Whether the verb at `k` reports a clause that reaches the semicolon at `end`. */
function reportsClause(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k + 1; j < end && j <= k + THAT_REACH; j++) {
    if (tokens[j]!.lower === "that") return true;
    if (tokens[j]!.kind === "punct") return false;
  }
  return CLAUSE_VERBS.has(tokens[k]!.lower) && tokens[k + 1]?.kind !== "punct";
}
