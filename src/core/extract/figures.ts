/**
 * Figure claims: counts of people (or bodies, or families) with what happened to them, bounds,
 * hedge and subgroup. Numbers that are years, dates, times, ages, distances, labels (article 4,
 * the 366th) or units are not figures and are passed over.
 *
 * This file walks a text's numbers in order and assembles each figure (figuresIn: whether a number
 * is a count, a member of the count before or a repetition; its measure, hedge, bounds and
 * subgroup). The questions it asks on the way live with their stage: a number's shape, noun and
 * hedge in count-shape.ts, its clause in figure-context.ts, its measure in figure-measure.ts, its
 * role in figure-roles.ts, a source's count given again in source-counts.ts, a list's or a
 * group's member in figure-groups.ts, where a sentence begins in sentence-starts.ts.
 */
import { type Hedge, type Measure, makeFigure, type Subgroup } from "../model/claim.js";
import { startsUpper } from "../text/char-class.js";
import { ED_OR_ING_END } from "../text/word-shapes.js";
import {
  bounds,
  findHead,
  gravesAsPlaces,
  hedgeBefore,
  isNotCount,
  isYearLike,
  readNumbers,
} from "./count-shape.js";
import { clauseAround, openedOverNamed, phraseAt, phraseEndingBefore } from "./figure-context.js";
import {
  atBefore,
  measurelessTally,
  minimumAfter,
  objectEndsAt,
  participleAfter,
  predicateCount,
  raisedTo,
  siblingRanges,
  tightWordBefore,
} from "./figure-extras.js";
import {
  bulletOfList,
  joinedTo,
  LIST_OPENERS,
  otherPredicate,
  partOfCountAfter,
  possessedGroup,
  weWere,
} from "./figure-groups.js";
import { chooseMeasure } from "./figure-measure.js";
import {
  ageSubgroupAfter,
  continuesProceeding,
  isAgeAfterPart,
  isAgeOfOne,
  isAgeOfPeople,
  isProceduralCount,
  isWorkforceCount,
  ourNumber,
  ourSizeAt,
  partitiveAfter,
  partOfGroupBefore,
} from "./figure-roles.js";
import type { FoundFigure } from "./found-figure.js";
import { WORD_MEASURE } from "./lexicon.js";
import {
  capacityBefore,
  capacityDenied,
  orphanedAfter,
  shelterHolds,
  sizeAfter,
} from "./measure-cue-checks.js";
import { withCueMemo } from "./measure-cues.js";
import { skipParenthetical } from "./measure-nearest-cue.js";
import { eventVerbAfter, relativeCue, unknownPluralHead, verbCueAt } from "./measure-relatives.js";
import { type NumberRead, scaleValue } from "./number-words.js";
import { stayMeasure, subjectFrameAt } from "./predicate-frames.js";
import { ofArmedUnit, predicateSubgroup } from "./predicate-subgroups.js";
import { identifiedRemainsAt } from "./remains-stage.js";
import { previousSentenceStart, sentenceStart, startsSentence } from "./sentence-starts.js";
import {
  numberAgainBefore,
  ownersCountAfter,
  putBefore,
  sourceClauseAfter,
  sourceCountBefore,
} from "./source-counts.js";
import type { Token } from "./tokens.js";

export type { FoundFigure } from "./found-figure.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const A_OR_AN = new Set(["a", "an"]);
const ANOTHER_FURTHER_MORE = new Set(["another", "further", "more"]);
const ANOTHER_OR_FURTHER = new Set(["another", "further"]);
const COMMA_AND_SEMICOLON = new Set([",", "and", ";"]);
const COMMA_OR_AND = new Set([",", "and"]);
const EVERY_OR_EACH = new Set(["every", "each"]);
const SPEECH_VERBS = new Set(["told", "said", "says", "recalled", "testified", "explained"]);
const DETERMINERS = new Set([
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "these",
  "those",
  "a",
  "an",
]);
const DETERMINERS_OF_A_WHOLE = new Set(["these", "those", "the", "all", "its", "their", "our"]);
const ESTIMATES_FIGURES_COUNTS_TOLLS = new Set(["estimates", "figures", "counts", "tolls"]);
const EVERY_EACH_NO_NOT_ANY = new Set(["every", "each", "no", "not", "any"]);
const LIST_JOINERS = new Set([",", ";", "and", "—", "("]);
const MORE_OTHERS_OTHER = new Set(["more", "others", "other"]);
const PERIOD_COMMA_SEMICOLON_CLOSE_PAREN = new Set([".", ",", ";", ")"]);
const PERIOD_SEMICOLON_COMMA_CLOSE_PAREN = new Set([".", ";", ",", ")"]);
const RANGE_VERBS = new Set([
  "range",
  "ranged",
  "ranges",
  "ranging",
  "vary",
  "varied",
  "varies",
  "varying",
]);
const THESE_OR_THOSE = new Set(["these", "those"]);
const WERE_OR_WAS = new Set(["were", "was"]);
const WHERE_WHEN_WHOM_WHICH = new Set(["where", "when", "whom", "which"]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;
const LOWER_PLURAL = /^\p{Ll}+[^s]s$/u;

const ELLIPTIC_VERBS = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "had",
  "may",
  "might",
  "could",
  "would",
  "escaped",
  "remain",
  "remains",
  "remained",
  "died",
  "perished",
  "killed",
  "wounded",
  "imprisoned",
  "missing",
  "dead",
  "injured",
  "captured",
  "murdered",
  "froze",
  "survived",
]);
/** How many earlier figures "of these N" may refer back to. */
const RECENT = 20;
/** How far back (in characters) the figure an estimate repeats may stand. */
const ESTIMATE_REACH = 400;
const SETTLEMENT_OF = ["town of", "village of", "city of", "settlement of"];
/** Nouns of events, which a year may name ("the 1983 killings"). */
const EVENT_NOUNS = new Set([
  "killings",
  "massacres",
  "murders",
  "executions",
  "disappearances",
  "abductions",
  "deaths",
  "riots",
]);
const BODIES_OF = [
  "bodies of",
  "corpses of",
  "bodies of the",
  "remains of",
  "remains of the",
  "bodies of the other",
];
/** Words after a clause-opening count that show it is the clause's subject. */
const CLAUSE_CONTINUERS = new Set([
  ...ELLIPTIC_VERBS,
  // "…, and that over 40 needed hospital treatment"
  "needed",
  "required",
  "arrived",
  "reached",
  "came",
  "crossed",
  "fled",
  "returned",
  "walked",
  "marched",
  "gathered",
  "during",
  "in",
  "from",
  "on",
  "at",
  "after",
  "before",
  "by",
  "with",
  "had",
  "did",
  "have",
  "more",
  "others",
]);

/** Words that may follow a count whose verb is left out ("about 300 for machete wounds"). */
const GAPPED_PREPOSITIONS = new Set([
  "in",
  "for",
  "from",
  "at",
  "on",
  "by",
  "among",
  "with",
  "under",
  "aged",
]);

/** Words after "of" that name a group a count is part of, not a cause ("12 of them"). */
const GROUP_AFTER_OF = new Set([
  "the",
  "them",
  "these",
  "those",
  "whom",
  "which",
  "us",
  "our",
  "ours",
  "their",
  "theirs",
  "his",
  "her",
  "its",
  "my",
  "your",
  "all",
  "each",
  "a",
  "an",
  "this",
  "that",
]);

/** Reporting verbs right before a bare count ("organisers said 30,000"). */
const SAID = new Set(["said", "say", "says", "claimed", "claim", "claims", "counted", "reported"]);

/** Words that may open a clause before its counted subject ("All seven were charged"). */
const CLAUSE_OPENERS = new Set(["all", "today", "now", "later", "since", "then"]);

const CLAUSE_JOINERS = new Set([",", ";", "and", "but", "while", "that", "—", "–", '"', "“"]);

/**
 * A range's lower bound: "two to three thousand", "between 10 and 20 million" — the scale written
 * once, on the upper number, is the lower one's too (2,000 to 3,000, not 2 to 3,000); a lower
 * number with a scale of its own, or one the scale would lift above the upper, keeps its value.
 */
function lowerBound(tokens: readonly Token[], r: NumberRead, hi: NumberRead): number {
  if (hi === r) return r.value;
  const scale = scaleValue(tokens[hi.to - 1]?.lower ?? "");
  if (scale === undefined || scaleValue(tokens[r.to - 1]?.lower ?? "") !== undefined)
    return r.value;
  return r.value * scale <= hi.value ? r.value * scale : r.value;
}

/**
 * Every figure in the token stream of a (cleaned) text. `earlier` are figures read elsewhere (an
 * infobox's or a table's lines), which prose may name again ("the 112 names").
 */
export function findFigures(
  tokens: readonly Token[],
  earlier: readonly FoundFigure[] = [],
): FoundFigure[] {
  return withCueMemo(tokens, () => figuresIn(tokens, earlier));
}

function figuresIn(tokens: readonly Token[], earlier: readonly FoundFigure[]): FoundFigure[] {
  const known = earlier
    .filter((f) => f.fields.min !== null && f.fields.min === f.fields.max)
    .sort((a, b) => a.start - b.start);
  let knownAt = 0;
  const reads = readNumbers(tokens);
  const digitAt = new Uint8Array(tokens.length);
  for (const r of reads) {
    // "his group of 80": a number inside an of-phrase does not end the clause around another.
    if (tokens[r.from - 1]?.lower === "of" && !THESE_OR_THOSE.has(tokens[r.from - 2]?.lower ?? ""))
      continue;
    if (!r.words || r.value >= 10) for (let k = r.from; k < r.to; k++) digitAt[k] = 1;
  }
  const found: FoundFigure[] = [];
  const bareRanges: { r: NumberRead; hi: NumberRead; found: number }[] = [];
  const recent: { value: number; measure: Measure; at: number; uncued?: FoundFigure }[] = [];
  let parent: {
    measure: Measure;
    sentence: number;
    end: number;
    subgroup: Subgroup | null;
    /** Its figure, when its `other` is for want of a cue (its members' `other` is, too). */
    uncued: FoundFigure | null;
  } | null = null;
  /** True when the parent's `other` is a release (its members', "— four women and two", too). */
  let parentReleased = false;
  let lastListEnd = -1;
  let procedural = null as { sentence: number; head: string | null; end: number } | null;
  for (let n = 0; n < reads.length; n++) {
    const r = reads[n]!;
    for (; knownAt < known.length && known[knownAt]!.start < tokens[r.from]!.start; knownAt++) {
      const k = known[knownAt]!;
      recent.unshift({ value: k.fields.min!, measure: k.fields.measure, at: k.start });
      if (recent.length > RECENT) recent.pop();
    }
    let hi = r;
    const sep = tokens[r.to];
    const second = reads[n + 1];
    const between = tokens[r.from - 1]?.lower === "between" && sep?.lower === "and";
    if (
      second &&
      second.from === r.to + 1 &&
      second.value > r.value &&
      (sep?.text === "-" ||
        sep?.text === "–" ||
        sep?.lower === "to" ||
        between ||
        // "thirty or forty", "two or three": two round guesses are a range ("86 or 112" are
        // two different figures).
        (sep?.lower === "or" &&
          second.value <= r.value * 3 &&
          ((r.value % 10 === 0 && second.value % 10 === 0) || second.value < 10)))
    ) {
      hi = second;
      n++;
    }
    const last = hi.to - 1;
    if (isNotCount(tokens, r, last) || (hi !== r && isNotCount(tokens, hi, last))) continue;
    // "61,000 of them under eighteen": an age bound on a part, not a count of its own.
    if (hi === r && r.value <= 110 && isAgeAfterPart(tokens, r.from)) continue;
    // "I regret every one of those deaths": each of them, not a count of one.
    if (r.value === 1 && EVERY_OR_EACH.has(tokens[r.from - 1]?.lower ?? "")) continue;
    // "P.W.7, one of three survivors": one person of a group counted, not a count of one.
    if (r.value === 1 && r.words && tokens[r.to]?.lower === "of" && reads[n + 1]?.from === r.to + 1)
      continue;
    // "PW17, one of them, told the Court": an apposition naming one person of a group.
    if (
      r.value === 1 &&
      r.words &&
      tokens[r.from - 1]?.text === "," &&
      partitiveAfter(tokens, r.to) &&
      tokens[r.to + 2]?.text === ","
    )
      continue;
    // "11. The human rights centre …": a number opening a sentence with a full stop of its own
    // numbers a paragraph.
    if (
      hi === r &&
      !r.words &&
      startsSentence(tokens, r.from) &&
      tokens[r.to]?.text === "." &&
      startsUpper(tokens[r.to + 1]?.text ?? "")
    )
      continue;
    // "300 or so tried to return": the approximation stands between the count and its words.
    // "2,300+ held without charge": a plus sign written on the number stands before its words.
    // "a 1,500-strong crowd": the group's size written on the number stands before its noun.
    const tail =
      phraseAt(tokens, hi.to, "or so") > 0
        ? hi.to + 2
        : tokens[hi.to]?.text === "+" && tokens[hi.to]!.start === tokens[last]!.end
          ? hi.to + 1
          : tokens[hi.to]?.text === "-" && tokens[hi.to + 1]?.lower === "strong"
            ? hi.to + 1
            : hi.to;
    let head = findHead(tokens, tail);
    if (!head) {
      const noun = unknownPluralHead(tokens, tail);
      if (noun >= 0) head = { index: noun, subgroup: null, unit: "people" };
      else head = possessedGroup(tokens, tail);
      // "the bodies of two were found", "took the bodies of the other 13 home": bodies counted.
      if (!head && phraseEndingBefore(tokens, r.from, BODIES_OF) !== null)
        head = { index: last, subgroup: null, unit: "bodies" };
    }
    if (isYearLike(tokens, hi) && (!head || head.index > hi.to + 1)) continue;
    // "exhumed 97 bodies from four clandestine graves": graves counted as places hold no count.
    if (head && gravesAsPlaces(tokens, r.from, head.index)) continue;
    // "In 2000 its volunteers exhumed …": a year before a determiner opens the clause, it does
    // not count the noun of the phrase the determiner opens.
    if (isYearLike(tokens, r) && hi === r && DETERMINERS.has(tokens[r.to]?.lower ?? "")) continue;
    // '"They kept us in a barn," one woman told local radio': a speaker, not a count of one.
    if (r.value === 1 && head?.index === tail && SPEECH_VERBS.has(tokens[tail + 1]?.lower ?? ""))
      continue;
    // "every man in the village between sixteen and sixty", "boys under sixteen": an age.
    if (!head && isAgeOfPeople(tokens, r.from, hi.value)) continue;
    if (hi === r && r.value <= 110 && isAgeOfOne(tokens, r.from, r.to)) continue;
    // "the 1983 killings": a year before a noun of events names them, it does not count them.
    if (isYearLike(tokens, hi) && hi === r && head && EVENT_NOUNS.has(tokens[head.index]!.lower))
      continue;
    // "1921–1922": two years a few apart are a period, not a range of people.
    if (
      hi !== r &&
      isYearLike(tokens, r) &&
      isYearLike(tokens, hi) &&
      hi.value - r.value < 30 &&
      head?.index !== hi.to
    )
      continue;
    // "The company, which employs 16,500 people": a workforce, not people of the event.
    if (isWorkforceCount(tokens, r.from, hi.to)) continue;
    // Witnesses, exhibits, the accused, interviewees: counts of a proceeding, not of the event.
    const sentence = tokens[r.from]!.sentence;
    if (isProceduralCount(tokens, r.from, hi.to)) {
      // ("We interviewed 96 former detainees, 41 relatives … and 12 lawyers. Sixty-three of the
      // former detainees …": a list of a proceeding's people keeps its first noun, which the
      // next sentence names again.)
      const listHead = procedural?.sentence === sentence ? procedural.head : null;
      procedural = {
        sentence,
        head: listHead ?? (head ? tokens[head.index]!.lower : null),
        end: head?.index ?? last,
      };
      continue;
    }
    // "… heard 80 witnesses, of whom 62 were called by the Prosecution and 13 by the Defence",
    // "Sixty-three of the former detainees": the rest of a proceeding's count is one too.
    if (
      procedural &&
      ((procedural.sentence === sentence &&
        // "… reported 1,900 cases and 61 deaths": a count with a noun of its own is the event's,
        // unless it continues the proceeding's list ("96 detainees, 41 relatives and 12 lawyers",
        // "61 former detainees, 22 relatives of people killed and 9 medical workers").
        // ("12 survivors testified that 40 were shot": what they said is the event's count.)
        ((head === null && tokens[r.from - 1]?.lower !== "that") ||
          (head !== null && tokens[head.index]!.lower === procedural.head) ||
          continuesProceeding(tokens, r.from) ||
          (r.from - procedural.end <= 6 && COMMA_OR_AND.has(tokens[r.from - 1]?.lower ?? "")))) ||
        // (The next sentence: a line break after the full stop may count as one more.)
        (sentence - procedural.sentence <= 2 &&
          sentence > procedural.sentence &&
          head !== null &&
          tokens[head.index]!.lower === procedural.head &&
          tokens[hi.to]?.lower === "of"))
    ) {
      if (procedural) procedural.end = head ? head.index : last;
      continue;
    }
    // "Eight during the transfer", "Nine were in a critical condition": a count that opens its
    // clause with no noun is one more of what the previous figure counted.
    // The hedge before the count ("at least", "about"), read once.
    const hedgeAt = hedgeBefore(tokens, r.from);
    const lead = hedgeAt?.from ?? r.from;
    // "Eight died during …", "… to the hospital, where three later died": a count that opens
    // its clause with the event's verb after it.
    // "All seven were charged", "…; today nine are still living": one word
    // of these may stand between the clause's start and its subject.
    const opener = CLAUSE_OPENERS.has(tokens[lead - 1]?.lower ?? "") ? lead - 1 : lead;
    // ("Two more died in hospital": "more" or "others" may stand before the verb.)
    const verbAt = MORE_OTHERS_OTHER.has(tokens[tail]?.lower ?? "") ? tail + 1 : tail;
    const subjectOfEvent =
      (startsSentence(tokens, opener) ||
        WHERE_WHEN_WHOM_WHICH.has(tokens[opener - 1]?.lower ?? "")) &&
      eventVerbAfter(tokens, verbAt);
    const opensClause =
      !head &&
      found.length > 0 &&
      !ANOTHER_OR_FURTHER.has(tokens[r.from - 1]?.lower ?? "") &&
      (startsSentence(tokens, opener) || CLAUSE_JOINERS.has(tokens[opener - 1]?.lower ?? "")) &&
      CLAUSE_CONTINUERS.has(tokens[hi.to]?.lower ?? "") &&
      tokens[r.from]!.start - found[found.length - 1]!.end < 400;
    // "nine of them had died", "seven of those": a small count in words with a partitive is one.
    // ("every one of them", "not one of them" are no counts).
    // "Our volunteers, 2,500 strong, held the bridge", "a force 3,000 strong": a group's size.
    // Its size is how many took part, whatever the clause's verb ("held the bridge").
    const strength = tokens[tail]?.lower === "strong" && (!head || head.index > tail);
    // "a cell built for eight", "a school built for 600 pupils": a capacity is a figure however
    // small (`other`, no subgroup: places, not a group of pupils), though nothing happens to it.
    const capacity = capacityBefore(tokens, hedgeAt?.from ?? r.from);
    if (
      r.words &&
      r.value < 10 &&
      !head &&
      !opensClause &&
      !capacity &&
      !ourSizeAt(tokens, lead, hi.to) &&
      // "… has so far put names to four": remains identified, their noun left out.
      !identifiedRemainsAt(tokens, lead) &&
      // "Casualties … were put at four": the predicate of a toll.
      // ("put the dead at six": the verb's object may stand between it and "at".)
      !(tokens[lead - 1]?.lower === "at" && putBefore(tokens, lead - 1)) &&
      // "… taken to the hospital, where three later died": a clause's subject before its verb.
      !subjectOfEvent &&
      // "a further four died in hospital", "another seven died on the islands": more of the
      // count before, with an event of their own.
      !(ANOTHER_OR_FURTHER.has(tokens[r.from - 1]?.lower ?? "") && eventVerbAfter(tokens, hi.to)) &&
      // "Fifty-two were treated, of whom nine are still there": a member of the count before.
      !(tokens[lead - 1]?.lower === "whom" && tokens[lead - 2]?.lower === "of") &&
      // "The blast killed nine and injured 27": the object of an event verb.
      !(
        ED_OR_ING_END.test(tokens[lead - 1]?.lower ?? "") &&
        tightWordBefore(tokens, lead) &&
        objectEndsAt(tokens, tail)
      ) &&
      (!(partitiveAfter(tokens, hi.to) || partOfCountAfter(tokens, hi.to)) ||
        EVERY_EACH_NO_NOT_ANY.has(tokens[r.from - 1]?.lower ?? ""))
    )
      continue;
    // The clause runs on past a number inside the count's own noun phrase ("Nine of the 23 miners").
    const clause = clauseAround(
      tokens,
      r.from,
      Math.max(hi.to, head ? head.index + 1 : 0),
      (k) => digitAt[k] === 1,
    );
    const prevTok = tokens[r.from - 1];
    // "of whom about 250", "including at least 40": the list opens before the hedge (or before
    // a first member named, not counted: "among them the mayor and eleven councillors").
    const listOpen =
      phraseEndingBefore(tokens, lead, LIST_OPENERS) !== null ||
      bulletOfList(tokens, lead) ||
      openedOverNamed(tokens, lead, LIST_OPENERS);
    const chained =
      lastListEnd >= 0 && r.from - lastListEnd <= 5 && COMMA_OR_AND.has(prevTok?.lower ?? "");
    // "including 106 women": a member of the set just counted, even across a sentence break.
    const near =
      parent !== null &&
      (parent.sentence === sentence
        ? r.from - parent.end <= (listOpen ? 20 : 6)
        : listOpen && tokens[r.from]!.start - tokens[parent.end]!.end < 300);
    // "… were treated for injuries, about 300 for machete wounds": after a comma, a count with
    // only a place or a cause after it is a part of the count before, its verb left out.
    // "31 had died of gunshot wounds and 12 of machete wounds": a cause after "of" (not a group:
    // "12 of them", "12 of the wounded"), the verb left out.
    const causeAfter =
      tokens[hi.to]?.lower === "of" &&
      tokens[hi.to + 1]?.kind === "word" &&
      !startsUpper(tokens[hi.to + 1]!.text) &&
      !GROUP_AFTER_OF.has(tokens[hi.to + 1]!.lower);
    // ("41 of injuries": the cause is no noun of the count, though "injuries" may count people.)
    const causeHead = causeAfter && head?.index === hi.to + 1;
    const gapped =
      (!head || causeHead) &&
      parent !== null &&
      parent.sentence === sentence &&
      r.from - parent.end <= 12 &&
      (COMMA_AND_SEMICOLON.has(tokens[lead - 1]?.lower ?? "") ||
        SAID.has(tokens[lead - 1]?.lower ?? "")) &&
      (GAPPED_PREPOSITIONS.has(tokens[hi.to]?.lower ?? "") ||
        causeAfter ||
        // "Some 60 people were injured, 14 critically.": an adverb for the left-out verb.
        (LY_ADVERB.test(tokens[hi.to]?.text ?? "") &&
          PERIOD_COMMA_SEMICOLON_CLOSE_PAREN.has(tokens[hi.to + 1]?.text ?? "")) ||
        // "Police put the crowd at 8,000; organisers said 30,000.": another source's count.
        (tokens[lead - 1]?.text !== "," &&
          SAID.has(tokens[lead - 1]?.lower ?? "") &&
          PERIOD_SEMICOLON_COMMA_CLOSE_PAREN.has(tokens[hi.to]?.text ?? "")) ||
        // "at least 12 dead (police); 21 (residents)": another source's count of the same.
        (tokens[hi.to]?.text === "(" && tokens[lead - 1]?.text === ";"));
    if (gapped && causeHead) head = null;
    // "Whether the toll was 86 or 112": an alternative to the count just given, of the same.
    const alternative =
      !head &&
      parent !== null &&
      parent.sentence === sentence &&
      parent.end === lead - 2 &&
      tokens[lead - 1]?.lower === "or";
    const inList = parent !== null && ((near && (listOpen || chained)) || gapped || alternative);
    const hedged = hi !== r ? null : hedgeAt;
    const hedgedFrom = hedged?.from ?? r.from;
    // "Of these 184 people": the same count again, with the measure it had.
    // "the 180", "these 2,000", "hearings for the 180": a count already given, named again.
    const determined = DETERMINERS_OF_A_WHOLE.has(tokens[r.from - 1]?.lower ?? "");
    // A bare repetition ("The commission says 767,") stands alone before punctuation; a small
    // number or "another 31" is a new group.
    const bare =
      !head && tokens[hi.to]?.kind === "punct" && !hedgeAt && !tightWordBefore(tokens, r.from);
    const anaphor =
      hi === r &&
      r.value >= 10 &&
      (determined || bare) &&
      !ANOTHER_FURTHER_MORE.has(tokens[r.from - 1]?.lower ?? "")
        ? recent.find((x) => x.value === r.value && tokens[r.from]!.start - x.at < 3000)
        : undefined;
    // "200 of them", "612 of whom": part of the count just given.
    const partitive = partitiveAfter(tokens, hi.to) && found.length > 0;
    // "Eight of the fourteen were shot": a part counted of a whole that has its own count.
    const partOfCount = !head && partOfCountAfter(tokens, hi.to);
    // "At least another 31", "a further 18,567": the count of the same things as the figure
    // before (with no verb of its own, of the same measure too).
    const aFurther = tokens[r.from - 1]?.lower === "further" && tokens[r.from - 2]?.lower === "a";
    const another =
      !head && found.length > 0 && (aFurther || tokens[r.from - 1]?.lower === "another");
    if (another) {
      // (… and of the same people in the same sentence: "214 children lost both parents;
      // another 390 had lost one".)
      const before = found[found.length - 1]!;
      let first = r.from;
      while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
      // ("a further 20 who survived": only "another" carries the people over.)
      const same = before.start >= tokens[first]!.start && !aFurther;
      head = {
        index: last,
        subgroup: same ? before.fields.subgroup : null,
        unit: before.fields.unit,
      };
    }
    const ours = ourNumber(tokens, hedgedFrom, hi.to);
    const estimateRange =
      tokens[hedgedFrom - 1]?.lower === "from" &&
      RANGE_VERBS.has(tokens[hedgedFrom - 2]?.lower ?? "");
    // "estimated the deaths at 100", "500-1,000 may have died": the count stands alone
    // ("about two hundred more died": past "more", as above).
    // "… put the dead at 612; a later survey estimated between 2,000 and 3,500": an estimate
    // with nothing of its own says what the figure just before counted.
    const sourceVerb = head ? -1 : sourceCountBefore(tokens, hedgedFrom);
    const recount =
      sourceVerb >= 0 &&
      recent[0] !== undefined &&
      tokens[r.from]!.start - recent[0].at < ESTIMATE_REACH &&
      recent[0].at >= previousSentenceStart(tokens, r.from)
        ? recent[0]
        : undefined;
    // "not the 50,000 its organisers boast of", "the 300 the army admits to": a count another
    // source gives, named by a relative clause with no "that" — a recount of the count just given.
    const sourcesOwn =
      !head &&
      hi === r &&
      tokens[r.from - 1]?.lower === "the" &&
      recent[0] !== undefined &&
      tokens[r.from]!.start - recent[0].at < ESTIMATE_REACH &&
      recent[0].at >= previousSentenceStart(tokens, r.from) &&
      sourceClauseAfter(tokens, hi.to)
        ? recent[0]
        : undefined;
    const estimateAgain = recount !== undefined || sourcesOwn !== undefined;
    // "survivors speak of about 600", "the television admitted 'about 20,000'": the source's own
    // words are no cue of what it counts; the count is the one just given, counted again — unless
    // the count has its own verb ("spoke of 'about 40 missing'"). ("An estimated 1,500 more"
    // is a hedge, not a source's verb: the words around say what it counts.)
    const recounted =
      sourcesOwn ??
      (recount &&
      !A_OR_AN.has(tokens[sourceVerb - 1]?.lower ?? "") &&
      !participleAfter(tokens, hi.to) &&
      !eventVerbAfter(tokens, verbAt) &&
      verbCueAt(tokens, verbAt) === null
        ? recount
        : undefined);
    const elliptic =
      estimateAgain ||
      partOfCount ||
      // "the relief camps … now hold some 46,000": a shelter's count needs no noun.
      shelterHolds(tokens, hedgedFrom, clause.from) ||
      identifiedRemainsAt(tokens, hedgedFrom) ||
      orphanedAfter(tokens, hi.to) !== null ||
      ELLIPTIC_VERBS.has(tokens[verbAt]?.lower ?? "") ||
      // ("loaded onto trains at 30 stations", "students at 70 schools": a plural noun the
      // vocabulary does not know as people counts places or things.)
      (atBefore(tokens, hedgedFrom) && !LOWER_PLURAL.test(tokens[tail]?.text ?? "")) ||
      // "Estimates of the dead range from 2,000 to 10,000"
      estimateRange ||
      predicateCount(tokens, hedgedFrom) ||
      // "Twenty-two, including three guards, were taken to hospital": past an apposition.
      (tokens[tail]?.text === "," &&
        ELLIPTIC_VERBS.has(
          tokens[skipParenthetical(tokens, tail, Math.min(tokens.length, tail + 12))]?.lower ?? "",
        )) ||
      // "— casualties: about 45": a measure noun and a colon before the count.
      (tokens[hedgedFrom - 1]?.text === ":" &&
        WORD_MEASURE.has(tokens[hedgedFrom - 2]?.lower ?? "")) ||
      ours ||
      capacity ||
      sizeAfter(tokens, tail) ||
      ownersCountAfter(tokens, hi.to) ||
      (subjectOfEvent && WHERE_WHEN_WHOM_WHICH.has(tokens[lead - 1]?.lower ?? "")) ||
      participleAfter(tokens, hi.to) ||
      relativeCue(tokens, hi.to, null) !== null ||
      // "150,000 took part"; not "his group of 80 made it through", whose verb is another's.
      (verbCueAt(tokens, tail) !== null && tokens[hedgedFrom - 1]?.lower !== "of");
    // "52 protesters died, 9 of them under 18": a part of the count just given is counted for
    // the same reason, unless its own verb says otherwise.
    const partOfLast =
      partitive &&
      !inList &&
      parent !== null &&
      parent.sentence === sentence &&
      (r.from - parent.end <= 5 ||
        (r.from - parent.end <= 14 &&
          !otherPredicate(tokens, parent.end, r.from, parent.measure))) &&
      LIST_JOINERS.has(tokens[r.from - 1]?.lower ?? "");
    // "Human rights groups put the number at over 6,000": "the number" of the figure just given.
    const again =
      found.length > 0 &&
      tokens[hedgedFrom - 1]?.lower === "at" &&
      numberAgainBefore(tokens, hedgedFrom - 1)
        ? found[found.length - 1]!.fields.measure
        : null;
    const repeated = anaphor ?? recounted;
    const inherited = inList || partOfLast ? parent!.measure : (repeated?.measure ?? again ?? null);
    const settlement = phraseEndingBefore(tokens, hedgedFrom, SETTLEMENT_OF) !== null;
    // A number without a noun is a count only when something around it says so; checked before
    // the measure search so that runs of bare numbers cost little.
    if (
      !head &&
      !(
        inList ||
        elliptic ||
        anaphor ||
        partitive ||
        opensClause ||
        settlement ||
        tightWordBefore(tokens, hedgedFrom) ||
        subjectFrameAt(tokens, tail)
      )
    ) {
      if (hi !== r) bareRanges.push({ r, hi, found: found.length });
      continue;
    }
    // "the bodies of 96 victims were recovered": the count is of bodies whatever its noun.
    if (head && phraseEndingBefore(tokens, hedgedFrom, BODIES_OF) !== null)
      head = { ...head, unit: "bodies" };
    const choice = chooseMeasure({
      tokens,
      r,
      hi,
      head,
      clause,
      hedgedFrom,
      inherited,
      // (A cause is no verb of the member's own: "41 of injuries" died, as the count before.)
      member: (inList || partOfLast) && !(gapped && causeAfter),
      inheritedUncued:
        (inList || partOfLast ? parent!.uncued : (repeated?.uncued ?? null)) !== null,
      ours,
    });
    const previous = found[found.length - 1]?.fields.measure;
    // "Two more died there, bringing the hospital's count to 13": a running count that names no
    // measure of its own ("the death toll", "the number of dead" do) goes on counting what the
    // figure before it in its sentence counted.
    const tally = head ? -1 : raisedTo(tokens, hedgedFrom);
    const runningCount =
      tally >= 0 &&
      previous !== undefined &&
      found[found.length - 1]!.start >= sentenceStart(tokens, r.from) &&
      measurelessTally(tokens, tally);
    // "One hundred and thirty-six were (those of) children": a subgroup of the count before.
    const copulaHead = head !== null && WERE_OR_WAS.has(tokens[hi.to]?.lower ?? "");
    const follows =
      // ("Later estimates range from 1,200 to 1,800": estimates of what the figure before counted.)
      (partitive ||
        another ||
        opensClause ||
        copulaHead ||
        estimateAgain ||
        (estimateRange &&
          ESTIMATES_FIGURES_COUNTS_TOLLS.has(tokens[hedgedFrom - 3]?.lower ?? ""))) &&
      !choice.cued &&
      previous !== undefined;
    // ("barely 3,000 laid down their tools": a bare count whose own verb a predicate frame reads
    // as its subject's is counted, as one a verb cue follows is.)
    if (
      !head &&
      !choice.cued &&
      !inList &&
      !elliptic &&
      !settlement &&
      !anaphor &&
      !follows &&
      choice.framed !== "subject"
    )
      continue;
    let measure = strength
      ? "participants"
      : // ("another 212 were carried out of the mud alive": the count's own verb, read by a
        // predicate frame, says more than the figure before it.)
        (follows && !choice.framed) || runningCount
        ? previous!
        : ours && (!choice.cued || weWere(tokens, hi.to, tail))
          ? (stayMeasure(tokens, head ? head.index + 1 : tail) ?? "population")
          : choice.measure;
    if (head?.unit === "families" && measure === "killed") measure = "families_destroyed";
    // A small count with nothing happening to it is narrative ("one woman screamed"); people
    // released are not ("nine were let go", "released six of the hostages — four women and two").
    const released: boolean =
      measure === "other" &&
      (choice.released === true || ((inList || partOfLast || follows) && parentReleased));
    // (A small count joined to the figure before shares its predicate's measure: see joinedTo.)
    const joined =
      head !== null &&
      parent !== null &&
      parent.sentence === sentence &&
      parent.measure !== "other" &&
      (measure === "other" || choice.distant === true) &&
      joinedTo(tokens, lead, parent.end);
    if (joined) measure = parent!.measure;
    if (
      (((measure === "other" || (choice.distant && !partOfCount)) &&
        !anaphor &&
        !capacity &&
        !released &&
        !joined) ||
        (!choice.cued && r.value < 2)) &&
      r.value < 10 &&
      hi === r
    )
      continue;
    // "sixty-odd", "300 or so": an approximation written after the number.
    // ("a crowd the police estimated at 3,000": an estimate is approximate.)
    const roughAfter =
      r.odd ||
      phraseAt(tokens, hi.to, "or so") > 0 ||
      (tokens[r.from - 1]?.lower === "at" && tokens[r.from - 2]?.lower === "estimated");
    let hedge: Hedge =
      hi !== r
        ? "range"
        : (hedged?.hedge ?? (roughAfter ? "approx" : r.plus ? "at_least" : "exact"));
    // "could not have held more than 300 persons": a capacity denied beyond it is at most 300.
    if (capacity && hedge === "more_than" && capacityDenied(tokens, hedgedFrom)) hedge = "at_most";
    // "300+": a lower bound written after the number.
    if (
      hedge === "exact" &&
      tokens[hi.to]?.text === "+" &&
      tokens[hi.to]!.start === tokens[last]!.end
    )
      hedge = "at_least";
    // "Nine of the 23 miners": the part's span stops before the whole's own count.
    const wholeAfter =
      head !== null && (reads[n + 1]?.from ?? Number.POSITIVE_INFINITY) < head.index;
    const endTok = head && !wholeAfter ? Math.max(head.index, last) : last;
    // "N or more", "his figure of 600 … was a minimum": a lower bound stated after the count.
    if (
      hi === r &&
      hedge === "exact" &&
      (phraseAt(tokens, hi.to, "or more") ||
        phraseAt(tokens, hi.to, "and more") ||
        minimumAfter(tokens, endTok + 1))
    )
      hedge = "at_least";
    const subgroup =
      ofArmedUnit(tokens, hedgedFrom, capacity ? null : (head?.subgroup ?? null)) ??
      choice.subgroup ??
      ageSubgroupAfter(tokens, endTok + 1) ??
      predicateSubgroup(tokens, endTok + 1) ??
      // ("Eleven of ours were children": the predicate after the partitive.)
      (partitive && hi.to === endTok + 1 ? predicateSubgroup(tokens, endTok + 3) : null) ??
      // "23 officers were hurt, two of them seriously": a part is of the whole's people.
      (partitive && (inList || partOfLast) ? parent!.subgroup : null) ??
      partOfGroupBefore(tokens, hi.to, sentence, parent);
    // (The bounds by name, not spread into the literal: a spread gives every figure's object a
    // shape of its own, several times slower to build, once for every number read.)
    const { min, max } = bounds(hedge, lowerBound(tokens, r, hi), hi.value);
    const fields = makeFigure({
      measure,
      min,
      max,
      hedge,
      // "Eight families were wiped out": the measure names the families already.
      subgroup: measure === "families_destroyed" && subgroup === "families" ? null : subgroup,
      unit: head?.unit ?? "people",
    });
    const startTok = hedged ? hedged.from : between ? r.from - 1 : r.from;
    const span = { start: tokens[startTok]!.start, end: tokens[endTok]!.end, fields };
    // (A member, or a repetition "the 86" of a count no cue was found for.)
    const member = inList || partOfLast ? parent!.uncued : (repeated?.uncued ?? null);
    const figure: FoundFigure =
      measure !== "other" || !choice.uncued || follows
        ? span
        : member
          ? {
              start: span.start,
              end: span.end,
              fields,
              uncued: true,
              whole: member.whole ?? member,
            }
          : { start: span.start, end: span.end, fields, uncued: true };
    found.push(figure);
    recent.unshift(
      figure.uncued
        ? { value: r.value, measure, at: tokens[r.from]!.start, uncued: figure.whole ?? figure }
        : { value: r.value, measure, at: tokens[r.from]!.start },
    );
    if (recent.length > RECENT) recent.pop();
    if (inList) {
      lastListEnd = endTok;
      parent = { ...parent!, end: endTok };
    } else {
      parent = {
        measure,
        sentence,
        end: endTok,
        subgroup: fields.subgroup,
        uncued: figure.uncued ? figure : null,
      };
      parentReleased = released;
      lastListEnd = anaphor ? endTok : -1;
    }
  }
  return [...found, ...siblingRanges(tokens, bareRanges, found)].sort((a, b) => a.start - b.start);
}
