/**
 * The measure the cue words give, in their order of trust (chooseByCues): a list the number
 * belongs to, a word right before it, the verb after its noun, the noun itself, then the nearest
 * cue either side, with the early decisions on people held (held-early-decisions.ts) in their
 * place. A stage of its own because the order is the policy: read top to bottom, it is the one
 * place that says which cue wins; the tests it asks live in measure-cue-checks.ts and
 * measure-relatives.ts, and figure-measure.ts decides what may overrule its answer.
 */
import type { Measure } from "../model/claim.js";
import { phraseAt, phraseEndingBefore } from "./figure-context.js";
import { atBefore, predicateCount, sizeVerbBefore } from "./figure-extras.js";
import type { MeasureChoice, MeasureQuery } from "./figure-measure.js";
import {
  deadBodiesRecovered,
  exchangedFor,
  heldAfterTaking,
  heldInPlace,
  inHandsOf,
  killedWhileHeld,
  releasedRightBefore,
  takenFrom,
} from "./held-early-decisions.js";
import { HEADS, UNIT_WORDS, WORD_MEASURE } from "./lexicon.js";
import {
  aliveAfter,
  atVerb,
  bodiesSeen,
  boreInjuries,
  boundCue,
  capacityBefore,
  clauseJointAfter,
  coordinatedCue,
  diedAfterCare,
  drawnBy,
  injuredWith,
  lostKin,
  NOT_SURVIVED_ALIVE,
  orphanedAfter,
  partOfTheDeadWounded,
  plainPeople,
  REFUSED,
  sentenceCue,
  settlementOwner,
  shelterBefore,
  shelterHolds,
  sizeAfter,
} from "./measure-cue-checks.js";
import {
  cueLength,
  cuesAt,
  farCueAt,
  LOOSE_ONLY_NEAR,
  NO_CUES,
  THEM_WHOM_THESE_THOSE,
} from "./measure-cues.js";
import { copulaCues, nearestCue, pastOfPhrase, skipParenthetical } from "./measure-nearest-cue.js";
import {
  amongBefore,
  amongBeforeCoordinated,
  governs,
  phraseGoverning,
  relativeAfterNoun,
  relativeCue,
  verbCueAt,
  verbCueOfPeople,
} from "./measure-relatives.js";
import {
  apposedFrame,
  type FrameReading,
  predicateFrame,
  stayMeasure,
} from "./predicate-frames.js";
import { identifiedRemainsAt } from "./remains-stage.js";
import type { Token } from "./tokens.js";

// Word lists and patterns this stage asks of tokens: each built once, found by its name
// (text/word-shapes.ts says why).
const AUXILIARIES_AFTER_A_HEAD = new Set(["had", "have", "has", "been", "later", "then", "all"]);
const AUXILIARIES_BEFORE_A_MEMBER_VERB = new Set([
  "had",
  "have",
  "has",
  "later",
  "then",
  "all",
  "subsequently",
  "since",
]);
const BETWEEN_ONLY_SOME_ABOUT_THE = new Set(["between", "only", "some", "about", "the"]);
const COUNTED_OR_SPOTTED = new Set(["counted", "spotted"]);
const CROWD_CROWDS_TURNOUT = new Set(["crowd", "crowds", "turnout"]);
const DREW_DRAWS_ATTRACTED_ATTRACTS = new Set([
  "drew",
  "draws",
  "attracted",
  "attracts",
  // ("the march, which its organisers said had drawn some 8,000 people": the other forms.)
  "drawn",
  "draw",
  "drawing",
  "attract",
  "attracting",
]);
const HAD_HAS_HAVE_OF_WERE = new Set(["had", "has", "have", "of", "were"]);
const HAD_OR_HAS = new Set(["had", "has"]);
/** Measures of the dead and their remains: "counted 30 dead with …" are no wounded. */
const DEATH_OR_REMAINS: ReadonlySet<Measure> = new Set([
  "killed",
  "bodies_recovered",
  "buried",
  "forensic_examined",
]);
/** How far back a subject may stand before the "and" that joins its second verb, in words. */
const SUBJECT_BEFORE_AND = 6;

/**
 * The index of the people noun a verb phrase joined by the "and" at `and` has for its subject
 * ("the rebels held eleven communities and numbered …"), or `and` when none stands within a few
 * words in the clause.
 */
function subjectBeforeAnd(tokens: readonly Token[], and: number): number {
  for (let j = and - 2; j >= Math.max(0, and - SUBJECT_BEFORE_AND); j--) {
    const t = tokens[j]!;
    if (t.kind === "punct") break;
    const named = HEADS.get(t.lower);
    if (named?.role !== undefined || named?.subgroup === "combatants") return j;
  }
  return and;
}

/** Words between a group's noun and the verb of its size: "the attackers are reported to number". */
const BEFORE_A_SIZE = new Set([
  "to",
  "as",
  "are",
  "were",
  "is",
  "was",
  "said",
  "reported",
  "thought",
  "believed",
  "estimated",
  "known",
  "understood",
  "now",
  "then",
]);
/** How many such words may stand between. */
const BEFORE_A_SIZE_REACH = 4;

/**
 * The index of the group's noun the verb of its size before `k` (inclusive) is said of, past
 * "to", "as", a form of "be" and a verb of report: "the attackers are reported to number",
 * "described the attackers as numbering".
 */
function subjectOfSize(tokens: readonly Token[], k: number): number {
  let j = k;
  while (k - j < BEFORE_A_SIZE_REACH && BEFORE_A_SIZE.has(tokens[j]?.lower ?? "")) j--;
  return j;
}

/** The verb that gives a group's size after its noun ("numbering about 400", "numbered 400"). */
const NUMBERING_OR_NUMBERED = new Set(["numbering", "numbered"]);
/** Nouns of the people of a body, armed by their body rather than by a sentence. */
const OF_A_BODY = new Set(["members", "officers"]);
const MORE_OR_OTHER = new Set(["more", "other", "further"]);
/** Prepositions that open a place ("in hospital", "on board", "under arrest"). */
const PLACE_PREPOSITIONS = new Set(["in", "into", "on", "under", "at"]);
const RESIDENTS_OR_INHABITANTS = new Set(["residents", "inhabitants"]);
const SUFFERED_OR_SUSTAINED = new Set(["suffered", "sustained"]);
const WERE_OR_ARE = new Set(["were", "are"]);
const WERE_OR_WAS = new Set(["were", "was"]);
const ED_OR_GHT_END = /(ed|ght)$/;
const SETTLEMENT_OF = [
  "town of",
  "village of",
  "city of",
  "settlement of",
  "community of",
  "hamlet of",
];
/** Nouns for people in general: "a community of about 4,500 persons" counts its population. */
const ANYONE = new Set(["people", "persons", "inhabitants", "residents", "souls"]);
const WINDOW = 10;
const SETTLEMENT_NOUNS = new Set(["village", "town", "city", "settlement", "hamlet", "camp"]);
/** Verbs of attacking right after the attackers' noun ("300 armed men attacked the post"). */
const ATTACK_VERBS =
  /^(attacked|raided|stormed|ambushed|overran|besieged|invaded|assaulted|occupied|seized)$/;

/** The words that set a value after its noun: "put the dead at 12", "gave the dead as eleven". */
const AT_OR_AS = new Set(["at", "as"]);
/** How far before the value's "at" a "number of" phrase it closes may open, in tokens. */
const NUMBER_OF_REACH = 5;

/**
 * The measure of the word right before the "at" or "as" that sets the count at `hedgedFrom` as a
 * value ("the injured at 40", "the dead as eleven"; past an opening quotation mark or "between"),
 * or undefined.
 */
function valueNoun(tokens: readonly Token[], hedgedFrom: number): Measure | undefined {
  let a = hedgedFrom - 1;
  if (QUOTE_OPEN.has(tokens[a]?.text ?? "") || tokens[a]?.lower === "between") a--;
  if (!AT_OR_AS.has(tokens[a]?.lower ?? "")) return undefined;
  // ("the number of insurgents killed at 11,503": a "number of" phrase the word closes is read
  // below, with the people it names.)
  for (let k = a - 2; k >= Math.max(0, a - NUMBER_OF_REACH); k--)
    if (phraseAt(tokens, k, "number of") > 0) return undefined;
  return farCueAt(tokens, a - 1, null);
}
const QUOTE_OPEN = new Set(['"', "“", "‘"]);

/** The count's predicate frame (predicate-frames.ts), or null. */
export function frameOf(q: MeasureQuery): FrameReading | null {
  return predicateFrame({
    tokens: q.tokens,
    hedgedFrom: q.hedgedFrom,
    // ("another 12,000 or so were taken in by relatives": past an approximation after the number.)
    after: phraseAt(q.tokens, q.hi.to, "or so") > 0 ? q.hi.to + 2 : q.hi.to,
    // ("another 12,000 or so": the number standing as its own noun is no noun the frame reads.)
    head: q.head && q.head.index >= q.hi.to ? q.head.index : -1,
    verbCue: q.head?.unit === "bodies" ? verbCueAt : verbCueOfPeople,
  });
}

/** The measure the cue words give, in their order of trust. */
export function chooseByCues(q: MeasureQuery): MeasureChoice {
  const { tokens, hi, head, clause, hedgedFrom } = q;
  if (q.inherited) {
    // "…, of whom 600 were later found dead", "including some 70,000 who fled there": a member's
    // own verb says what happened to it (a repetition, "the 62 had been shot", stays what it was).
    let from = head ? head.index + 1 : hi.to;
    // ("40 of them later died": the verb follows the partitive.)
    if (tokens[from]?.lower === "of" && THEM_WHOM_THESE_THOSE.has(tokens[from + 1]?.lower ?? ""))
      from += 2;
    // "thirty-three bodies were examined …; twenty-nine of them bore burn injuries", "exhumed 63
    // bodies … and found that 57 of them had gunshot wounds": a part of the dead or of their
    // remains that bore wounds was killed by them — the toll, not the examination or the wounded.
    if (q.member && DEATH_OR_REMAINS.has(q.inherited) && boreInjuries(tokens, from))
      return { measure: "killed", cued: true };
    // "…, nearly 400 of them with untreated wounds": a member with wounds is wounded.
    if (q.member && head?.unit !== "bodies" && injuredWith(tokens, from))
      return { measure: "wounded", cued: true };
    const relative = q.member ? relativeCue(tokens, from, head) : null;
    if (relative) return { measure: relative, cued: true };
    // "…, of whom at least 35 were killed": the measure word read as the member's noun across
    // its copula is its own verb.
    if (q.member && head && WERE_OR_WAS.has(tokens[head.index - 1]?.lower ?? "")) {
      const own = farCueAt(tokens, head.index, null);
      if (own && own !== q.inherited) return { measure: own, cued: true };
    }
    const own = q.member ? copulaCues(tokens, from, clause.to, head) : NO_CUES;
    const verb = own.length === 1 ? own[0]! : killedWhileHeld(own) ? "killed" : null;
    if (verb && verb !== q.inherited && !LOOSE_ONLY_NEAR.has(verb))
      return { measure: verb, cued: true };
    // "…, nine of them later died": a member's verb right after it, without a copula.
    if (q.member) {
      let k = from;
      while (AUXILIARIES_BEFORE_A_MEMBER_VERB.has(tokens[k]?.lower ?? "")) k++;
      const direct = farCueAt(tokens, k, head);
      // ("Three detainees have died in custody, two of them in hospital": a place with no verb is
      // where the whole's event befell the member, not an event of its own.)
      const placeOnly = k === from && PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? "");
      if (direct && direct !== q.inherited && !placeOnly) return { measure: direct, cued: true };
      // "of whom 170 needed hospital care": a member's own predicate, a few words on.
      if (!direct && tokens[k]?.kind === "word" && ED_OR_GHT_END.test(tokens[k]!.lower))
        for (let j = k + 1; j < k + 4 && tokens[j]?.kind === "word"; j++) {
          const m = farCueAt(tokens, j, head);
          if (m) return { measure: m, cued: true };
        }
    }
    // "the nineteen killed on 5 February", "the names of the eleven dead", "the 11 missing": a
    // repetition named by an adjective or a participle right after the number (which, unlike a
    // noun, takes no plural "-s") is named by what befell it, and is that measure's — the count
    // it seemed to repeat was another group of as many. ("the murder of the 220 detainees": a
    // noun says who they were, and the repetition keeps its measure.) So is a member of a list
    // the count before it opened ("at least 48 of them were killed and about 20 wounded", "of
    // whom 29 were killed and three captured"): its own word, not the list's first verb.
    if (!tokens[hi.to]?.lower.endsWith("s")) {
      const own = farCueAt(tokens, hi.to, head);
      if (own && own !== q.inherited) return { measure: own, cued: true };
    }
    // "the 86 on the elders' list had been killed": a repetition of a count whose measure was
    // the catch-all says what happened to it in its own verb.
    if (!q.member && q.inherited === "other") {
      const again = copulaCues(tokens, from, clause.to, head);
      if (again.length === 1 && !LOOSE_ONLY_NEAR.has(again[0]!))
        return { measure: again[0]!, cued: true };
    }
    // (A member of a count no cue was found for is no better known than its whole.)
    return { measure: q.inherited, cued: true, uncued: q.inheritedUncued === true };
  }
  // Distances before the count are taken from its hedge ("population of about 6,000" is close),
  // or from "all" before it ("killing all 157 people on board" is killed right before them).
  const nearFrom = tokens[hedgedFrom - 1]?.lower === "all" ? hedgedFrom - 1 : hedgedFrom;
  // The count's own phrase ends after its noun (the span a cue bound elsewhere is checked from).
  const countEnd = head ? Math.max(hi.to, head.index + 1) : hi.to;
  const nearest = nearestCue(
    tokens,
    Math.max(clause.from, nearFrom - WINDOW),
    nearFrom,
    nearFrom - 1,
    head,
  );
  // (A cue bound to another number is not this one's: cue-binding.ts.)
  const before = nearest && !boundCue(tokens, nearest, nearFrom, countEnd) ? nearest : null;
  // (Counted from a phrase's last word: "gunned down 14 protesters", "rounded up 80 strikers"
  // stand right before the count, as "shot 14 protesters" does.)
  const gapBefore = before
    ? Math.max(0, before.distance + 1 - cueLength(tokens, before.index, before.measure))
    : Number.POSITIVE_INFINITY;
  const settlement = phraseEndingBefore(tokens, hedgedFrom, SETTLEMENT_OF) !== null;
  // "estimated the number of deaths … at 181", "The number of demonstrators on 16 January, the
  // largest day, is estimated … at 35,000": the measure is the noun after "number of", which may
  // stand before an apposition that closes the count's own clause.
  // So does "the number of hunger strikers had risen to more than 700".
  if (atBefore(tokens, hedgedFrom) || predicateCount(tokens, hedgedFrom)) {
    // "gave the dead as eleven and the injured as about 300", "put the dead at 12 and the
    // injured at 40": a measure word right before "at" or "as" names what that value counts —
    // each value its own, before any "number of" further back.
    const valued = valueNoun(tokens, hedgedFrom);
    if (valued) return { measure: valued, cued: true };
    const sentence = tokens[hedgedFrom]!.sentence;
    let from = hedgedFrom - 1;
    while (from > 0 && hedgedFrom - from < 30 && tokens[from - 1]!.sentence === sentence) from--;
    // The nearest noun first: "put the number of dead at 300 and the number of wounded at
    // 1,200" — each "at" takes the "number of" just before it.
    for (let k = hedgedFrom - 1; k >= Math.min(from, clause.from); k--) {
      // ("The crowd that night numbered about 19,000": a crowd's size is how many took part.)
      if (CROWD_CROWDS_TURNOUT.has(tokens[k]!.lower) && predicateCount(tokens, hedgedFrom))
        return { measure: "participants", cued: true };
      const noun = phraseAt(tokens, k, "number of") || phraseAt(tokens, k, "toll");
      if (noun) {
        // Distances from the noun's last word: "the number of demonstrators" is close.
        // "the number of people who have fled into the hills": a relative clause on that noun.
        const cue =
          nearestCue(tokens, k, Math.min(k + 4, hedgedFrom), k + noun - 1, head) ??
          relativeAfterNoun(tokens, k + noun, hedgedFrom);
        // "the number of insurgents killed": the people named there are the count's subgroup.
        const named = HEADS.get(tokens[k + noun]?.lower ?? "")?.subgroup ?? null;
        if (cue) return { measure: cue.measure, cued: true, subgroup: named };
        // ("put the number of gunmen at no more than ten": a role noun with no cue after it is
        // its own measure, and still names the people.)
        const role = HEADS.get(tokens[k + noun]?.lower ?? "")?.role;
        if (role) return { measure: role, cued: true, subgroup: named };
      }
    }
    // "Casualties among the police were put at four": the sentence's subject, a measure noun.
    // ("Crowds … were estimated by organisers at up to 80,000": the agent between.)
    const at = atVerb(tokens, hedgedFrom);
    if (at > 0)
      for (let k = from; k < at; k++) {
        // ("The indigenous population of the region, estimated at 75,000": the subject's noun
        // within its first words.)
        const subject =
          HEADS.has(tokens[k]!.lower) || k <= from + 2 ? cuesAt(tokens, k, null)[0] : undefined;
        if (subject) return { measure: subject, cued: true };
        // ("The raiders, estimated by the army at between 25 and 40": a role noun's own measure.)
        const role = k <= from + 2 ? HEADS.get(tokens[k]!.lower)?.role : undefined;
        if (role) return { measure: role, cued: true };
        if (tokens[k]!.kind === "punct") break;
      }
  }
  if (capacityBefore(tokens, hedgedFrom)) return { measure: "other", cued: true };
  // "she lost eleven relatives", "lost three of her children": kin a family lost are its dead.
  if (head && lostKin(tokens, hedgedFrom, head)) return { measure: "killed", cued: true };
  // "exhumed … remains and identified some 650": the remains identified, their noun left out.
  if (!head && identifiedRemainsAt(tokens, hedgedFrom))
    return { measure: "forensic_examined", cued: true };
  // "… lost both parents and about 150 lost one": the parents left out after "one" or "both".
  const orphaned = head ? null : orphanedAfter(tokens, countEnd);
  if (orphaned) return { measure: orphaned.measure, cued: true, subgroup: orphaned.subgroup };
  // "The rally drew 20,000 people": what a march or a rally drew took part in it.
  if (
    DREW_DRAWS_ATTRACTED_ATTRACTS.has(tokens[hedgedFrom - 1]?.lower ?? "") &&
    drawnBy(tokens, hedgedFrom - 1, clause.from)
  )
    return { measure: "participants", cued: true };
  // "The two camps now hold about 8,600 people": a camp or shelter that holds people holds the
  // displaced (a prison's or a detention camp's holding stays detained).
  if (
    shelterHolds(tokens, hedgedFrom, clause.from) &&
    (!head || ANYONE.has(tokens[head.index]!.lower))
  )
    return { measure: "displaced", cued: true };
  // "Among the dead recorded by the hospital were 187 children": the measure the list is of.
  // ("… were 187 children and 95 women": a count coordinated with the first is in the list too.)
  const among =
    amongBefore(tokens, hedgedFrom) ?? amongBeforeCoordinated(tokens, hedgedFrom, countEnd);
  if (among) return { measure: among, cued: true };
  // ("a settlement of 46 households", "a village of some 95 families": a place's size counted in
  // its households, as in its people.)
  if (settlement && (!head || ANYONE.has(tokens[head.index]!.lower) || head.unit === "families"))
    return { measure: "population", cued: true };
  // "The strikers, numbering about 4,000", "the attackers numbered not fewer than 5,000": the
  // role noun the count describes (a crowd's noun its measure: "The crowd numbered some 20,000").
  const sizeVerb =
    before && NUMBERING_OR_NUMBERED.has(tokens[before.index]!.lower)
      ? before.index
      : head
        ? -1
        : sizeVerbBefore(tokens, hedgedFrom);
  if (sizeVerb >= 0) {
    let k = subjectOfSize(tokens, sizeVerb - 1);
    if (tokens[k]?.text === ",") k--;
    // ("the rebels held eleven communities and numbered perhaps 3,000": the subject of the
    // verbs "and" joins.)
    if (tokens[k]?.lower === "and") k = subjectBeforeAnd(tokens, k);
    const named = HEADS.get(tokens[k]?.lower ?? "");
    if (named?.role) return { measure: named.role, cued: true, subgroup: named.subgroup };
    const crowd = WORD_MEASURE.get(tokens[k]?.lower ?? "");
    if (crowd !== undefined) return { measure: crowd, cued: true };
    // ("Their houses numbered about 300": things, no people.)
    if (UNIT_WORDS.has(tokens[k]?.lower ?? "")) return { measure: "other", cued: false };
    // "armed men, numbering about 60", "the rebels, numbering some 3,000": an armed group's size
    // is how many took part (the eval README's attackers, "the attackers, numbering about 40").
    if (named?.subgroup === "combatants" || tokens[k - 1]?.lower === "armed")
      return { measure: "participants", cued: true, subgroup: "combatants" };
  }
  // "The bandits, some forty in number, came by night", "a group of agitators, some forty in
  // number", "The garrison, 1,150 strong, withdrew": a group's size set after its noun, as
  // "numbering" sets it before — the noun's role, or for an armed group taking part.
  if (!head && tokens[hedgedFrom - 1]?.text === "," && sizeAfter(tokens, hi.to)) {
    const named = HEADS.get(tokens[hedgedFrom - 2]?.lower ?? "");
    if (named?.role) return { measure: named.role, cued: true, subgroup: named.subgroup };
    if (named?.subgroup === "combatants")
      return { measure: "participants", cued: true, subgroup: "combatants" };
  }
  // "its inhabitants, some 300 persons, were compelled to leave": a count in apposition takes
  // the verb after it, which outranks a cue of the noun phrase it stands beside.
  // (Only against a cue of that phrase: with none, the count's frame is read as any count's.)
  if (before && (!head || head.index >= hi.to)) {
    const apposed = apposedFrame(tokens, hedgedFrom, head ? head.index + 1 : hi.to);
    if (apposed && apposed !== before.measure)
      return { measure: apposed, cued: true, framed: "subject" };
  }
  if (
    before &&
    (gapBefore === 0 || (before.measure === "population" && gapBefore <= 1)) &&
    (before.measure === "population" || !head)
  ) {
    if (before.measure === "population" && shelterBefore(tokens, before.index))
      return { measure: "displaced", cued: true };
    return { measure: before.measure, cued: true };
  }
  // "captured by 30 soldiers": armed people by whom something was done took part in it (the
  // eval set's rule on attackers).
  if (tokens[hedgedFrom - 1]?.lower === "by" && head?.subgroup === "combatants")
    return { measure: "participants", cued: true };
  // The early decisions of the policy for people held and for remains (held-early-decisions.ts),
  // each where the order of trust places it.
  if (exchangedFor(tokens, clause.from, hedgedFrom)) return { measure: "other", cued: true };
  // "the deaths of 19 detainees", "the killing of at least 1,500 men": a measure noun that
  // governs the count outranks the count's own noun.
  if (before && governs(tokens, before.index, hedgedFrom))
    return { measure: before.measure, cued: true };
  // "the forced transfer of some 1,400 inhabitants": a cue phrase of several words that ends
  // right before "of" governs the count as well (too far for a scene-setting cue's distance).
  const governing = phraseGoverning(tokens, hedgedFrom);
  if (governing) return { measure: governing, cued: true };
  // "nearly half of the city's 30,000 transport workers had walked out", "many of the city's
  // 100,000 Greeks spent the night in churches": a place's people counted whole, of whom a part
  // is the subject — the verb is the part's, the count the place's population (unless its own
  // noun says more: "half of the town's 3,000 refugees").
  if (
    tokens[hedgedFrom - 3]?.lower === "of" &&
    tokens[hedgedFrom - 2]?.lower === "the" &&
    settlementOwner(tokens[hedgedFrom - 1]?.lower ?? "") &&
    (!head || plainPeople(tokens[head.index]!.lower))
  )
    return { measure: "population", cued: true };
  const afterFrom = pastOfPhrase(
    tokens,
    skipParenthetical(tokens, head ? head.index + 1 : hi.to, clause.to),
    clause.to,
    head,
  );
  // "… 20,000 demonstrators and that seven constables were hurt": "and that" opens another clause.
  const afterTo = clauseJointAfter(tokens, afterFrom, clause.to);
  const onHead = head ? nearestCue(tokens, hi.to, head.index + 1, hi.to, head) : null;
  const verbCues = copulaCues(tokens, afterFrom, clause.to, head);
  // "thirty-three bodies were examined …; twenty-nine of them bore burn injuries": a part of
  // the dead that bore wounds was killed by them (as the member above).
  if (partOfTheDeadWounded(tokens, hedgedFrom, hi.to)) return { measure: "killed", cued: true };
  // "Some 30 passengers are still in the hands of the kidnappers": held by whose hands they are in.
  const hands = inHandsOf(tokens, afterFrom, clause.to);
  if (hands !== null) return { measure: hands, cued: true };
  // "pulled 462 people alive from the sea", "only three of those held there came out alive":
  // people found or come out alive survived (not people burned alive).
  if (
    !(before && gapBefore === 0 && before.measure === "killed") &&
    !NOT_SURVIVED_ALIVE.has(tokens[hedgedFrom - 1]?.lower ?? "") &&
    aliveAfter(tokens, head ? head.index + 1 : hi.to)
  )
    return { measure: "survivors", cued: true };
  // "some 40 survivors with machete wounds": people with wounds are the wounded, whoever they are
  // (not bodies, nor the dead a verb right before them names: "counted 30 dead with …").
  if (
    head?.unit !== "bodies" &&
    !(before && gapBefore === 0 && DEATH_OR_REMAINS.has(before.measure)) &&
    injuredWith(tokens, head ? head.index + 1 : hi.to)
  )
    return { measure: "wounded", cued: true };
  if (heldAfterTaking(verbCues)) return { measure: "hostage", cued: true };
  if (heldInPlace(tokens, afterFrom, clause.to, verbCues))
    return { measure: "detained", cued: true };
  if (verbCues.length > 1) return { measure: "other", cued: true };
  if (releasedRightBefore(before?.measure ?? null, gapBefore))
    return { measure: "other", cued: true, released: true };
  if (head && takenFrom(tokens, hedgedFrom, head.index)) return { measure: "hostage", cued: true };
  // "about 60 militia members armed with spears …": armed attackers took part (unless a verb of
  // their own says what happened to them).
  if (head && tokens[head.index + 1]?.lower === "armed" && verbCues.length === 0)
    return { measure: "participants", cued: true, subgroup: "combatants" };
  // "a band of about 300 armed men attacked the police post, killing seven constables": those
  // who attacked took part (what they did to others later in the clause is not their measure).
  // ("between 5,000 and 7,000 rebels, most of them armed with machetes, took control of …")
  if (
    head &&
    verbCues.length === 0 &&
    (ATTACK_VERBS.test(tokens[afterFrom]?.lower ?? "") ||
      phraseAt(tokens, afterFrom, "took control") > 0 ||
      phraseAt(tokens, afterFrom, "seized control") > 0)
  )
    return { measure: "participants", cued: true };
  // A noun that is itself a measure ("hostages", "patients") outranks the verb, except the
  // catch-all "victims" before a precise verb ("213 victims were buried").
  // A role noun ("protesters", "detainees") gives way to what the verb says happened to them.
  const role = head ? HEADS.get(tokens[head.index]!.lower)?.role : undefined;
  // "212 detainees died", "40 protesters had been shot", "nine of the wounded died": the verb
  // right after a role noun or after the whole a part is taken from.
  // ("Two more of the injured died": "more" or "other" before the partitive.)
  const partFrom = MORE_OR_OTHER.has(tokens[hi.to]?.lower ?? "") ? hi.to + 1 : hi.to;
  const partOf =
    head !== null &&
    head.index === partFrom + 2 &&
    tokens[partFrom]?.lower === "of" &&
    tokens[partFrom + 1]?.lower === "the";
  if ((role || partOf) && head) {
    // ("two of the hostages, both men with tuberculosis, had died": past an apposition.)
    let k = skipParenthetical(tokens, head.index + 1, clause.to);
    while (AUXILIARIES_AFTER_A_HEAD.has(tokens[k]?.lower ?? "")) k++;
    // "twelve detainees suffered serious injuries": what they suffered, a word or two on.
    const suffered = SUFFERED_OR_SUSTAINED.has(tokens[k]?.lower ?? "");
    for (let j = suffered ? k + 1 : k; j <= (suffered ? k + 3 : k); j++) {
      const direct = farCueAt(tokens, j, head);
      if (direct && diedAfterCare(tokens, direct, j)) return { measure: "killed", cued: true };
      if (direct && direct !== onHead?.measure) return { measure: direct, cued: true };
    }
  }
  // "3,000 people who fled", "the 159 who survived": the verb of a relative clause on the count.
  const relative = relativeCue(tokens, head ? head.index + 1 : hi.to, head);
  // (Scene-setting verbs only on members: "60 people who had fled" may be counted for another
  // reason, "including 70,000 who fled there" is a part of the displaced.)
  if (relative && !LOOSE_ONLY_NEAR.has(relative) && (!onHead || role))
    return { measure: relative, cued: true };
  // "Four survivors were treated in hospital": survivors whose injury the verb names are wounded.
  if (onHead?.measure === "survivors" && verbCues.length === 1 && verbCues[0] === "wounded")
    return { measure: "wounded", cued: true };
  // "Police shot dead 16 striking miners": what was done to them right before the count outranks
  // what they were doing.
  if (
    onHead?.measure === "participants" &&
    before &&
    gapBefore === 0 &&
    !LOOSE_ONLY_NEAR.has(before.measure) &&
    before.measure !== "other"
  )
    return { measure: before.measure, cued: true };
  // "Hunger and dysentery killed at least 130 detainees", "the gunmen killed four hostages":
  // people held whom the verb right before kills are the dead, as "130 detainees were killed"
  // are (their noun says only who they were).
  if (
    before?.measure === "killed" &&
    gapBefore === 0 &&
    (onHead?.measure === "detained" || onHead?.measure === "hostage")
  )
    return { measure: "killed", cued: true };
  if (deadBodiesRecovered(head?.unit ?? null, onHead?.measure ?? null, before?.measure ?? null))
    return { measure: "bodies_recovered", cued: true };
  // "300 striking miners were arrested": what they were doing, an adjective before their noun,
  // gives way to what the verb says happened to them, as a role noun does ("212 protesters were
  // arrested"); not to a scene-setting verb ("3,000 striking workers gathered").
  const doing =
    onHead?.measure === "participants" &&
    head !== null &&
    onHead.index < head.index &&
    verbCues.length === 1 &&
    !LOOSE_ONLY_NEAR.has(verbCues[0]!);
  if (onHead && onHead.measure !== "killed" && !(role && verbCues.length === 1) && !doing)
    return { measure: onHead.measure, cued: true };
  // "The bodies of nine victims showed signs of mutilation": the catch-all "victims" gives way to
  // a precise cue later in the clause.
  if (onHead && tokens[onHead.index]!.lower === "victims" && verbCues.length === 0) {
    const later = nearestCue(
      tokens,
      head!.index + 1,
      Math.min(afterTo, head!.index + WINDOW),
      head!.index,
      head,
    );
    if (later && later.measure !== "killed" && !LOOSE_ONLY_NEAR.has(later.measure))
      return { measure: later.measure, cued: true };
  }
  // ("3,000 refugees had gathered": a role noun outranks a scene-setting verb.)
  if (verbCues.length === 1 && !(role && LOOSE_ONLY_NEAR.has(verbCues[0]!)))
    return { measure: verbCues[0]!, cued: true };
  // (A role noun outranks a verb that only says someone counted: "counted around 7,000
  // prisoners"; "arrested 212 protesters" says what happened to them.)
  const counting = before !== null && COUNTED_OR_SPOTTED.has(tokens[before.index]!.lower);
  // "counted some 9,000 people sheltering in the cathedral": a verb of counting says nothing of
  // what happened to them; the word right after their noun does.
  if (counting && head) {
    const right = cuesAt(tokens, head.index + 1, head)[0];
    if (right) return { measure: right, cued: true };
  }
  if (before && gapBefore === 0 && !onHead && !(role && counting))
    return { measure: before.measure, cued: true };
  const next =
    onHead ?? nearestCue(tokens, afterFrom, Math.min(afterTo, afterFrom + WINDOW), afterFrom, head);
  // "Soldiers fired on 5,000 demonstrators, killing 30": a verb bound to another number says what
  // happened to that number, not to this one (cue-binding.ts).
  const after =
    next && next !== onHead && boundCue(tokens, next, hedgedFrom, countEnd) ? null : next;
  // "3,000 refugees had gathered": a role noun outranks a scene-setting verb after it.
  if (role && (!after || (LOOSE_ONLY_NEAR.has(after.measure) && !onHead)))
    return { measure: role, cued: true };
  if (after) return { measure: after.measure, cued: true };
  if (before) return { measure: before.measure, cued: true };
  // "Witnesses saw about 20 bodies in the street": bodies seen where they lay are the toll, as
  // bodies counted are (the eval set's convention; bodies found or brought in are recovered).
  // ("described seeing 'about twenty' bodies": past a quotation mark; "fewer than 100 bodies
  // were ever seen by any witness": the passive.)
  if (head?.unit === "bodies" && bodiesSeen(tokens, hedgedFrom, head.index))
    return { measure: "killed", cued: true };
  if (head?.unit === "bodies") return { measure: "bodies_recovered", cued: false };
  const headWord = head ? tokens[head.index]!.lower : "";
  let p = hedgedFrom - 1;
  while (p > 0 && BETWEEN_ONLY_SOME_ABOUT_THE.has(tokens[p]!.lower)) p--;
  // ("called on the city's 220,000 inhabitants to …": the place's own, nothing said of them.)
  if (
    RESIDENTS_OR_INHABITANTS.has(headWord) &&
    (HAD_HAS_HAVE_OF_WERE.has(tokens[p]?.lower ?? "") || settlementOwner(tokens[p]?.lower ?? ""))
  ) {
    return { measure: "population", cued: true };
  }
  // "97 residents were registered at the hostel": residents nothing else is said of are the
  // place's population.
  // ("300 residents took shelter": a verb of their own says more, even one no cue knows — or
  // one a predicate frame reads: "1,200 residents were moved to relief centres".)
  if (
    head &&
    RESIDENTS_OR_INHABITANTS.has(headWord) &&
    WERE_OR_ARE.has(tokens[head.index + 1]?.lower ?? "") &&
    !sentenceCue(tokens, hedgedFrom, hi.to, head) &&
    frameOf(q) === null
  )
    return { measure: "population", cued: true };
  // "There were twenty-five families in our street": people there are its population — unless
  // the place says more ("… 3,000 people in Liberty Square" are a crowd, "… in the screening
  // camps" are held, "… in the school" shelter there: predicate-frames.ts stayMeasure).
  if (
    head &&
    (ANYONE.has(headWord) || head.unit === "families") &&
    WERE_OR_ARE.has(tokens[hedgedFrom - 1]?.lower ?? "") &&
    tokens[hedgedFrom - 2]?.lower === "there" &&
    tokens[head.index + 1]?.lower === "in"
  )
    return { measure: stayMeasure(tokens, head.index + 1) ?? "population", cued: true };
  // "My village had 1,200 people before the war": a settlement that has people is their number.
  if (
    head?.unit === "people" &&
    HAD_OR_HAS.has(tokens[p]?.lower ?? "") &&
    SETTLEMENT_NOUNS.has(tokens[p - 1]?.lower ?? "")
  )
    return { measure: "population", cued: true };
  // "9 civilians and 2 soldiers killed": coordinated counts share the verb after the last.
  const shared = coordinatedCue(tokens, head ? head.index + 1 : hi.to, head);
  if (shared) return { measure: shared, cued: true };
  // "a band of about 500 armed youths", "some two hundred armed men": people the adjective makes
  // armed, nothing else said of them, took part in the attack (the eval set's rule: attackers
  // are participants, their subgroup combatants) — not a verb elsewhere in the sentence ("…
  // entered the settlement, that 71 residents were killed"). A soldier is armed by trade, not by
  // an adjective: bare "300 soldiers" says nothing of an attack, nor "17 members of the
  // territorial defence" or "two former officers of the battalion" (a body's members, armed by
  // their body, not by the sentence).
  if (
    head?.subgroup === "combatants" &&
    HEADS.get(headWord)?.subgroup !== "combatants" &&
    !OF_A_BODY.has(headWord)
  )
    return { measure: "participants", cued: false };
  // Nothing in the clause: a verb elsewhere in the sentence ("Fifty-four police officers and an
  // estimated 130 demonstrators were injured", "had killed, by the reckoning of …, 767 people").
  const wide = sentenceCue(tokens, hedgedFrom, hi.to, head);
  if (wide === REFUSED) return { measure: "other", cued: false };
  if (wide) return { measure: wide, cued: false, distant: true };
  return { measure: "other", cued: false, uncued: true };
}
