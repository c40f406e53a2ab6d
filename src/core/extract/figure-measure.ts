/**
 * What a count counts: the measure, read from cue words around the number in a fixed order of
 * trust — a list the number belongs to, a word right before it ("killing 600", "population of
 * 7,000"), the verb after its noun ("… were taken hostage"), the noun itself ("487 wounded"),
 * then the nearest cue either side. Population and displacement are only read from close by,
 * because "population" and "fled" are common scene-setting words.
 */
import type { Measure, Subgroup, Unit } from "../model/claim.js";
import { isUpperCode } from "../text/char-class.js";
import { monthNumber } from "./calendar.js";
import { boundToAnother, earlierInList } from "./cue-binding.js";
import { phraseAt, phraseEndingBefore } from "./figure-context.js";
import { atBefore, predicateCount } from "./figure-extras.js";
import { heldOrRemains } from "./held-and-remains.js";
import {
  deadBodiesRecovered,
  exchangedFor,
  heldAfterTaking,
  killedWhileHeld,
  releasedRightBefore,
  takenFrom,
} from "./held-early-decisions.js";
import { HEADS, MEASURE_CUES, NEAR_ONLY, WORD_MEASURE } from "./lexicon.js";
import { mayStartNumber, type NumberRead } from "./number-words.js";
import { type FrameReading, predicateFrame, stayMeasure } from "./predicate-frames.js";
import type { Token } from "./tokens.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const AND_OR_COMMA = new Set(["and", "or", ","]);
const AND_OR_OR = new Set(["and", "or"]);
const SAW_OR_SEEN = new Set(["saw", "seen", "see"]);
const ARTICLES_AND_POSSESSIVES = new Set(["the", "a", "an", "his", "her", "their", "its"]);
const AUXILIARIES_AFTER_A_HEAD = new Set(["had", "have", "has", "been", "later", "then", "all"]);
const AUXILIARIES_AND_ADVERBS = new Set([
  "had",
  "have",
  "has",
  "been",
  "were",
  "was",
  "later",
  "then",
  "all",
  "eventually",
  "subsequently",
]);
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
const AUXILIARIES_BEFORE_AN_EVENT_VERB = new Set([
  "were",
  "was",
  "had",
  "have",
  "been",
  "later",
  "all",
]);
const BETWEEN_ONLY_SOME_ABOUT_THE = new Set(["between", "only", "some", "about", "the"]);
const CAPACITY_ADJECTIVES = new Set([
  "built",
  "designed",
  "meant",
  "licensed",
  "able",
  "intended",
  "equipped",
]);
const CAPACITY_PURPOSES = new Set(["built", "designed", "meant", "intended", "planned"]);
const CLAUSE_JOINERS = new Set([",", "and", "that", "who", "which", ";"]);
const COMMA_OR_AND = new Set([",", "and"]);
const COUNTED_OR_SPOTTED = new Set(["counted", "spotted"]);
const CROWD_CROWDS_TURNOUT = new Set(["crowd", "crowds", "turnout"]);
const DETENTION_NOUNS = new Set(["detention", "prison", "prisons", "internment", "jail", "jails"]);
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
const HAD_HAVE_HAS = new Set(["had", "have", "has"]);
const HAD_OR_HAS = new Set(["had", "has"]);
const HAVE_OR_BE = new Set(["have", "be"]);
const HOLD_CARRY_HOUSE_ACCOMMODATE_TAKE = new Set([
  "hold",
  "carry",
  "house",
  "accommodate",
  "take",
]);
/** Measures of the dead and their remains: "counted 30 dead with …" are no wounded. */
const DEATH_OR_REMAINS: ReadonlySet<Measure> = new Set([
  "killed",
  "bodies_recovered",
  "buried",
  "forensic_examined",
]);
/** Nouns of an injury a count may be "with" ("with gunshot wounds", "with broken limbs"). */
const INJURIES = new Set([
  "wounds",
  "wound",
  "injuries",
  "injury",
  "burns",
  "fractures",
  "limbs",
  "ribs",
  "bones",
  "lacerations",
]);
/** Documents that list people: a participle right after one describes the document. */
const DOCUMENT_NOUNS = new Set([
  "list",
  "lists",
  "register",
  "registers",
  "record",
  "records",
  "ledger",
  "ledgers",
  "roll",
  "rolls",
  "roster",
  "rosters",
  "file",
  "files",
  "database",
  "archive",
  "archives",
]);
const MORE_OR_OTHER = new Set(["more", "other", "further"]);
const HOLDING_VERBS = new Set(["hold", "holds", "held", "house", "houses", "housed", "holding"]);
const INCLUDED_INCLUDE_INCLUDES = new Set(["included", "include", "includes"]);
const MEASURE_PHRASE_LINKS = new Set([
  ",",
  "or",
  "and",
  "to",
  "death",
  "severely",
  "completely",
  "still",
  "being",
  "taken",
]);
const NOT_NEVER_YET_NT = new Set(["not", "never", "yet", "n't"]);
const NOW_STILL_CURRENTLY = new Set(["now", "still", "currently"]);
/** Prepositions that open a place ("in hospital", "on board", "under arrest"). */
const PLACE_PREPOSITIONS = new Set(["in", "into", "on", "under", "at"]);
const PRONOUNS_AFTER_OF = new Set(["them", "whom", "these", "those", "us", "ours"]);
const PUT_ESTIMATED_PLACED = new Set(["put", "estimated", "placed"]);
const RESIDENTS_OR_INHABITANTS = new Set(["residents", "inhabitants"]);
const SUFFERED_OR_SUSTAINED = new Set(["suffered", "sustained"]);
const THEM_WHOM_THESE_THOSE = new Set(["them", "whom", "these", "those"]);
const WERE_HAD_HAVE = new Set(["were", "had", "have"]);
const WERE_OR_ARE = new Set(["were", "are"]);
const WERE_OR_WAS = new Set(["were", "was"]);
const WHO_OR_THAT = new Set(["who", "that"]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const QUOTE_OR_LY_ADVERB = /^(["“]|\p{Ll}+ly)$/u;
const ED_OR_GHT_END = /(ed|ght)$/;
const ED_OR_KEPT_HELD = /(ed|^kept|^held)$/;
const OPENING_QUOTE_MARK = /^["“]$/;
const LOWER_PLURAL = /^\p{Ll}+[^s]s$/u;
const CLOSING_QUOTE_MARK = /^["”]$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const PLURAL_END = /[^s]s$/;
const ED_OR_SLAIN_END = /(ed|slain)$/;
const EVENT_VERB_END = /(ed|died|froze|shot|slain|taken|held|hurt)$/;

export interface Head {
  readonly index: number;
  readonly subgroup: Subgroup | null;
  readonly unit: Unit;
}

interface Cue {
  readonly measure: Measure;
  readonly distance: number;
  readonly index: number;
}

const LOOSE_ONLY_NEAR = NEAR_ONLY;
const COPULAS = new Set([
  "were",
  "was",
  "are",
  "is",
  "been",
  "remain",
  "remains",
  "remained",
  "be",
]);
const SETTLEMENT_OF = ["town of", "village of", "city of", "settlement of", "community of"];
/** Nouns for people in general: "a community of about 4,500 persons" counts its population. */
const ANYONE = new Set(["people", "persons", "inhabitants", "residents", "souls"]);
/** Past forms of the event's verbs, regular or not ("held", "shot", "fled", "hurt"). */
const PAST = /(ed|held|kept|shot|fled|hurt|slain|taken|froze)$/;
const WINDOW = 10;
/** Verbs of hearsay before "to have" ("are stated to have left"). */
const HEARSAY = /^(stated|said|reported|believed|known|thought|alleged|feared|understood)$/;
/** Places that shelter people: "the Kefa camp, home to 14,000" are displaced, not at home. */
const SHELTERS = new Set([
  "camp",
  "camps",
  "shelter",
  "shelters",
  "centre",
  "center",
  // (Twelfth round: the plurals, and the sites and compounds people are moved to.)
  "centres",
  "centers",
  "site",
  "sites",
  "compound",
  "compounds",
]);
const SETTLEMENT_NOUNS = new Set(["village", "town", "city", "settlement", "hamlet", "camp"]);
/** Nouns that make the cue word before them name a staff or a source, not what happened. */
const SOURCE_AFTER =
  /^(staff|officials|sources|authorities|administrators?|directors?|spokes(man|woman|person)|guards|wardens)$/;
/** Verbs of attacking right after the attackers' noun ("300 armed men attacked the post"). */
const ATTACK_VERBS =
  /^(attacked|raided|stormed|ambushed|overran|besieged|invaded|assaulted|occupied|seized)$/;

/** Cue phrases by their first word, in the order of MEASURE_CUES (earlier measures win). */
/**
 * With its second word, or null for a cue of one word: a frequent first word ("in", "not",
 * "still", "lost") opens many phrases, and the word after it turns most of them away at once.
 */
const CUES_BY_FIRST = new Map<
  string,
  { measure: Measure; phrase: string; second: string | null }[]
>();
for (const [measure, cues] of MEASURE_CUES) {
  for (const phrase of cues) {
    const [first, second] = phrase.split(" ");
    const list = CUES_BY_FIRST.get(first!) ?? [];
    list.push({ measure, phrase, second: second ?? null });
    CUES_BY_FIRST.set(first!, list);
  }
}
const MEASURE_ORDER = new Map<Measure, number>();
MEASURE_CUES.forEach(([m], i) => {
  if (!MEASURE_ORDER.has(m)) MEASURE_ORDER.set(m, i);
});
const NO_CUES: readonly Measure[] = Object.freeze([]);

/**
 * Causes of death that make a death one of exposure: the words the vocabulary's exposure cues
 * name after "died of" or "died from" ("hunger", "cold", "exposure"), so that the cause is read
 * in a list as well ("died of exhaustion and exposure").
 */
const EXPOSURE_CAUSES: ReadonlySet<string> = new Set(
  MEASURE_CUES.filter(([m]) => m === "died_of_exposure").flatMap(([, cues]) =>
    cues.filter((c) => /^died (of|from) /.test(c)).map((c) => c.split(" ").at(-1)!),
  ),
);
/** Causes of death by violence: one in the list makes the death a killing ("hunger or beatings"). */
const VIOLENT_CAUSES = new Set([
  "beatings",
  "beating",
  "wounds",
  "injuries",
  "torture",
  "gunshot",
  "gunfire",
  "shooting",
  "stabbing",
  "burns",
]);
/**
 * (The verb only: the eval set's labels read "deaths from hunger and disease" as the toll, "612 had
 * died of hunger" as exposure.)
 */
const DEATH_WORDS = new Set(["died", "perished"]);
/** Words that end a list of causes: where or when the death befell ("of typhus in the cold months"). */
const AFTER_A_CAUSE = new Set([
  "in",
  "on",
  "at",
  "during",
  "before",
  "after",
  "since",
  "while",
  "within",
  "inside",
  "near",
]);
const OF_OR_FROM = new Set(["of", "from"]);
/** Words that may stand in a list of causes ("hunger, disease or beatings", "related illness"). */
const CAUSE_LIST_WORDS = new Set([",", "and", "or", "related", "other", "the", "their", "severe"]);
const KILLED_CUE: readonly Measure[] = Object.freeze(["killed"]);
const EXPOSURE_CUE: readonly Measure[] = Object.freeze(["died_of_exposure"]);

/**
 * The measure of a death by the causes listed after "died of" or "died from" at `at`: a killing
 * when any is violence, a death of exposure when one is exposure (hunger, cold) and none is; null
 * when the list names neither (disease, "the cholera outbreak": the death's own cue decides).
 */
function causeOfDeath(tokens: readonly Token[], at: number): readonly Measure[] | null {
  let exposure = false;
  for (let k = at; k < at + 8; k++) {
    const w = tokens[k]?.lower;
    if (w === undefined || AFTER_A_CAUSE.has(w)) break;
    if (VIOLENT_CAUSES.has(w)) return KILLED_CUE;
    if (EXPOSURE_CAUSES.has(w)) exposure = true;
    // (A cause is a word or two; the list ends at its first other word: "hunger in the bush".)
    else if (
      !CAUSE_LIST_WORDS.has(w) &&
      !(k <= at + 1 || CAUSE_LIST_WORDS.has(tokens[k - 1]!.lower))
    )
      break;
  }
  return exposure ? EXPOSURE_CUE : null;
}

/**
 * The measures cued at each token (whatever the count's noun), read once per token stream: the
 * grammar asks about the same tokens again for every count near them. The memo lives for one
 * call of withCueMemo (one text's figures), so that no document's tokens outlive its reading.
 */
let current: {
  readonly tokens: readonly Token[];
  readonly memo: (readonly Measure[] | undefined)[];
} | null = null;

/** Runs `read` over `tokens` with a memo of the cues at each token, forgotten afterwards. */
export function withCueMemo<T>(tokens: readonly Token[], read: () => T): T {
  const outer = current;
  current = { tokens, memo: new Array(tokens.length) };
  try {
    return read();
  } finally {
    current = outer;
  }
}

function cuesAnyHead(tokens: readonly Token[], k: number): readonly Measure[] {
  // (Outside withCueMemo, or about another stream, the cues are read afresh.)
  const memo = current !== null && current.tokens === tokens ? current.memo : null;
  const known = memo?.[k];
  if (known) return known;
  const t = tokens[k];
  const candidates = t ? CUES_BY_FIRST.get(t.lower) : undefined;
  // Most tokens start no cue: they get the shared empty list, with no arrays built for them.
  if (candidates === undefined) {
    if (memo !== null && k >= 0 && k < tokens.length) memo[k] = NO_CUES;
    return NO_CUES;
  }
  // "died of hunger, disease or beatings": a death's causes say which death it was.
  if (DEATH_WORDS.has(t!.lower) && OF_OR_FROM.has(tokens[k + 1]?.lower ?? "")) {
    const cause = causeOfDeath(tokens, k + 2);
    if (cause !== null) {
      if (memo !== null && k >= 0 && k < tokens.length) memo[k] = cause;
      return cause;
    }
  }
  // (The lists are made only when a phrase matches, and the candidates walked by index: most
  // cue words start none of their phrases here, and this runs for most tokens of a text.)
  let found: Measure[] | null = null;
  // "March" and "May" capitalised are months, not a march; "according to survivors" names a
  // source, not what happened.
  if (
    !(isUpperCode(t!.text.charCodeAt(0)) && monthNumber(t!.text) > 0) &&
    !sourceAfterAccording(tokens, k) &&
    // "hospital staff", "prison guards": a cue word naming a staff is no cue. (A document's is:
    // "the camp's death register, which records 218 names".)
    !SOURCE_AFTER.test(tokens[k + 1]?.lower ?? "") &&
    // "a list kept by the parish priest", "the register held at the town hall": a participle on
    // a document says what was done to the document, not to the people it counts.
    !(documentAround(tokens, k) && ED_OR_KEPT_HELD.test(t!.lower))
  ) {
    // The longest phrase starting here wins over a shorter one of another measure ("beaten to
    // death" over "beaten").
    let longest = 0;
    let lengths: number[] = [];
    const next = tokens[k + 1]?.lower;
    let negated: boolean | undefined;
    for (let c = 0; c < candidates.length; c++) {
      const { measure, phrase, second } = candidates[c]!;
      if (second !== null && second !== next) continue;
      // "have not been released" are still held: a negated release says no other measure.
      if (measure === "other") {
        negated ??= negatedBefore(tokens, k);
        if (negated) continue;
      }
      const n = phraseAt(tokens, k, phrase);
      if (n === 0) continue;
      if (found === null) {
        found = [measure];
        lengths = [n];
      } else {
        const at = found.indexOf(measure);
        if (at >= 0) lengths[at] = Math.max(lengths[at]!, n);
        else {
          found.push(measure);
          lengths.push(n);
        }
      }
      longest = Math.max(longest, n);
    }
    if (found !== null && longest > 1 && lengths.some((n) => n < longest))
      found = found.filter((_, i) => lengths[i] === longest);
  }
  const cues =
    found !== null ? found.sort((a, b) => MEASURE_ORDER.get(a)! - MEASURE_ORDER.get(b)!) : NO_CUES;
  if (memo !== null && k >= 0 && k < tokens.length) memo[k] = cues;
  return cues;
}

/** Every measure cue starting at token k (at most one per measure), in MEASURE_CUES order. */
function cuesAt(tokens: readonly Token[], k: number, head: Head | null): readonly Measure[] {
  const cues = cuesAnyHead(tokens, k);
  if (cues.length === 0) return cues;
  // Nothing to leave out (the usual case): the memo's own list, not a copy.
  if (
    head?.index !== k &&
    !(cues.includes("bodies_recovered") && head?.unit !== "bodies") &&
    !((cues.includes("detained") || cues.includes("population")) && head?.unit === "bodies")
  )
    return cues;
  return cues.filter(
    (measure) =>
      !(head?.index === k && LOOSE_ONLY_NEAR.has(measure)) &&
      // Verbs of carrying say what happened to bodies, not to people ("30 soldiers brought us");
      // a grave "held the remains of 138 men" holds no detainees.
      !(measure === "bodies_recovered" && head?.unit !== "bodies") &&
      // ("a truck carrying 40 bodies" holds no population either.)
      !((measure === "detained" || measure === "population") && head?.unit === "bodies"),
  );
}

/**
 * The first cue at token k that may stand at any distance from its count (none of the
 * scene-setting measures, which count only when close), or undefined. (A function of its own, not
 * a closure made for each token asked: this runs for every word around every count.)
 */
function farCueAt(tokens: readonly Token[], k: number, head: Head | null): Measure | undefined {
  const cues = cuesAt(tokens, k, head);
  for (let c = 0; c < cues.length; c++) if (!LOOSE_ONLY_NEAR.has(cues[c]!)) return cues[c];
  return undefined;
}

/** How many tokens the longest cue of `measure` starting at token k spans (at least 1). */
function cueLength(tokens: readonly Token[], k: number, measure: Measure): number {
  const candidates = CUES_BY_FIRST.get(tokens[k]!.lower);
  let n = 1;
  if (candidates)
    for (let c = 0; c < candidates.length; c++)
      if (candidates[c]!.measure === measure)
        n = Math.max(n, phraseAt(tokens, k, candidates[c]!.phrase));
  return n;
}

/**
 * Whether a document ends right before token k or before a comma there ("the list, kept …"), or
 * is its object ("which kept its own register", "had kept a list").
 */
function documentAround(tokens: readonly Token[], k: number): boolean {
  const j = tokens[k - 1]?.text === "," ? k - 2 : k - 1;
  if (DOCUMENT_NOUNS.has(tokens[j]?.lower ?? "")) return true;
  let after = k + 1;
  while (after < k + 4 && DOCUMENT_DETERMINERS.has(tokens[after]?.lower ?? "")) after++;
  return after > k + 1 && DOCUMENT_NOUNS.has(tokens[after]?.lower ?? "");
}
const DOCUMENT_DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "its",
  "their",
  "his",
  "her",
  "own",
  "our",
]);

/** Whether token k is a word of the source named after "according to" ("… to hospital staff"). */
function sourceAfterAccording(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    if (tokens[j]!.lower === "to" && tokens[j - 1]!.lower === "according") return true;
    if (tokens[j]!.kind !== "word") return false;
  }
  return false;
}

function negatedBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--)
    if (NOT_NEVER_YET_NT.has(tokens[j]!.lower)) return true;
  // "all but 14 have been released": the 14 are the ones still held.
  for (let j = k - 1; j >= Math.max(1, k - 6); j--)
    if (tokens[j]!.lower === "but" && tokens[j - 1]!.lower === "all") return true;
  return false;
}

/** Nearest cue in [from, to), measured from `anchor`; scene-setting measures only when close. */
export function nearestCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  anchor: number,
  head: Head | null,
): Cue | null {
  // Indexes and plain numbers, one Cue built at the end: this runs for every token of every
  // figure's clause, and an iterator and a Cue per step were a sixteenth of what a pass allocates.
  let bestMeasure: Measure | null = null;
  let bestDistance = 0;
  let bestIndex = 0;
  for (let k = from; k < to; k++) {
    const distance = Math.abs(k - anchor);
    const cues = cuesAt(tokens, k, head);
    for (let c = 0; c < cues.length; c++) {
      const measure = cues[c]!;
      if (LOOSE_ONLY_NEAR.has(measure) && distance > 1) continue;
      if (bestMeasure === null || distance < bestDistance) {
        bestMeasure = measure;
        bestDistance = distance;
        bestIndex = k;
      }
      break;
    }
  }
  return bestMeasure === null
    ? null
    : { measure: bestMeasure, distance: bestDistance, index: bestIndex };
}

/** The cues right after the clause's verb ("… were wounded, frozen to death or missing"). */
function copulaCues(
  tokens: readonly Token[],
  from: number,
  to: number,
  head: Head | null,
): readonly Measure[] {
  let k = from;
  // "12,000 peasants from the hills had fled their villages": "had" before a past form too.
  // (Not across a joint: "31 of them children, and that nine had died" is another clause.)
  let joined = false;
  // (A past form before the joint: the count has a verb of its own — "Four died here and six
  // are on ventilators": the copula after another number is that number's.)
  let ownVerb = false;
  // ("Three old women who had gone out to fetch water were among the dead": the main verb after
  // a relative clause on the count's noun.)
  const reach = WHO_OR_THAT.has(tokens[from]?.lower ?? "") ? 14 : 8;
  while (
    k < Math.min(to, from + reach) &&
    !COPULAS.has(tokens[k]!.lower) &&
    !(!joined && HAD_HAVE_HAS.has(tokens[k]!.lower) && PAST.test(tokens[k + 1]?.lower ?? ""))
  ) {
    const t = tokens[k]!;
    if (CLAUSE_JOINERS.has(t.lower)) joined = true;
    else if (!joined && PAST.test(t.lower)) ownVerb = true;
    else if (joined && ownVerb && mayStartNumber(t)) return NO_CUES;
    // ("20,000 demonstrators and that seven constables were hurt": another clause's verb.)
    if (t.lower === "that" && COMMA_OR_AND.has(tokens[k - 1]?.lower ?? "")) return NO_CUES;
    k++;
  }
  if (k >= Math.min(to, from + reach)) return NO_CUES;
  const measures = new Set<Measure>();
  // Quotation marks and adverbs ('had been "voluntarily repatriated"') stand between the copula
  // and its cue without moving it away.
  let filler = 0;
  for (let j = k + 1; j < Math.min(to, k + 7); j++) {
    // "were sentenced to death": "to death" after a verb that said what happened adds nothing.
    if (measures.size > 0 && tokens[j]!.lower === "death" && tokens[j - 1]?.lower === "to")
      continue;
    // The first cue here that may stand this far from the copula (by index: this runs for
    // every word after every count's copula, and most words start no cue).
    const cues = cuesAt(tokens, j, head);
    let here: Measure | null = null;
    for (let c = 0; c < cues.length && here === null; c++)
      if (!LOOSE_ONLY_NEAR.has(cues[c]!) || j - k - filler <= 2) here = cues[c]!;
    if (measures.size === 0 && QUOTE_OR_LY_ADVERB.test(tokens[j]!.text)) filler++;
    // "it found that 412 people had died and sentenced the captain": a verb after "and" with an
    // object of its own has another subject.
    if (
      measures.size > 0 &&
      here !== null &&
      tokens[j - 1]?.lower === "and" &&
      ARTICLES_AND_POSSESSIVES.has(tokens[j + 1]?.lower ?? "")
    )
      break;
    // "are stated to have left the city": hearsay before the verb does not move it away.
    if (measures.size === 0 && HEARSAY.test(tokens[j]!.lower) && tokens[j + 1]?.lower === "to")
      filler += HAVE_OR_BE.has(tokens[j + 2]?.lower ?? "") ? 3 : 2;
    if (here !== null) {
      measures.add(here);
      // A phrase cue covers its own words ("fatally wounded" is one verb, not two measures), and
      // what follows it straight on is its object, not another verb ("treated for frostbite").
      const n = cueLength(tokens, j, here);
      if (n > 1 && !MEASURE_PHRASE_LINKS.has(tokens[j + n]?.lower ?? "")) break;
      j += n - 1;
    } else if (measures.size > 0 && !MEASURE_PHRASE_LINKS.has(tokens[j]!.lower)) break;
  }
  return measures.size === 0 ? NO_CUES : [...measures];
}

/**
 * Past an of-phrase on the count's noun to the verb right after it ("some 1,400 inhabitants of
 * the three communities fled", "2,000 salt workers of the Lagoa works walked out"), or `at`
 * itself when no cue closes a short phrase of words.
 */
function pastOfPhrase(tokens: readonly Token[], at: number, to: number, head: Head | null): number {
  if (tokens[at]?.lower !== "of" || !head) return at;
  if (PRONOUNS_AFTER_OF.has(tokens[at + 1]?.lower ?? "")) return at;
  // ("some 600 residents of Xalbal and two neighbouring villages have fled": names, numbers in
  // words and an auxiliary may stand between.)
  for (let j = at + 2; j < Math.min(to, at + 10); j++) {
    if (tokens[j]!.kind === "punct") return at;
    if (cuesAt(tokens, j, head).length > 0) return j;
  }
  return at;
}

/** Past the apposition at `at` (", including three guards,"), or `at` itself. */
export function skipParenthetical(tokens: readonly Token[], at: number, to: number): number {
  if (tokens[at]?.text !== ",") return at;
  for (let k = at + 1; k < Math.min(to, at + 10); k++) if (tokens[k]?.text === ",") return k + 1;
  return at;
}

export interface MeasureQuery {
  readonly tokens: readonly Token[];
  readonly r: NumberRead;
  readonly hi: NumberRead;
  readonly head: Head | null;
  readonly clause: { readonly from: number; readonly to: number };
  /** First token of the number with its hedge ("at least"). */
  readonly hedgedFrom: number;
  /** The measure of the figure this one is a member or a repetition of. */
  readonly inherited: Measure | null;
  /** True when the inherited measure is a list's (a member), not a repetition's. */
  readonly member?: boolean;
  /** True when the inherited measure is an `other` for want of any cue. */
  readonly inheritedUncued?: boolean;
}

export interface MeasureChoice {
  readonly measure: Measure;
  /** False when no cue word supported the measure (a fallback). */
  readonly cued: boolean;
  /** True when the measure was read from outside the count's clause (a weak reading). */
  readonly distant?: boolean;
  /** The people the measure phrase names ("the number of insurgents killed … at 11,503"). */
  readonly subgroup?: Subgroup | null;
  /**
   * True on an `other` for want of any cue (the learned fallback may read it), as against an
   * `other` the grammar decided (a capacity, a release, measures joined, a cue it refused).
   */
  readonly uncued?: boolean;
  /**
   * True on an `other` that says what became of people held (released, let go, came back):
   * a figure however small, as a capacity is — it is no narrative aside ("nine were let go").
   */
  readonly released?: boolean;
  /**
   * True when a predicate frame of the count's own clause chose the measure: the count's verb
   * says what happened to it, which outranks the measure of the figure before it that a bare
   * "another 212" or "600 more" would otherwise repeat (figures.ts).
   */
  readonly framed?: "subject" | "object";
}

/**
 * "built to hold 600 people", "licensed to carry 650", "a cell built for eight": a capacity
 * before the count (or its hedge) at `hedgedFrom`, which is no measure of the event.
 */
export function capacityBefore(tokens: readonly Token[], hedgedFrom: number): boolean {
  return (
    (HOLD_CARRY_HOUSE_ACCOMMODATE_TAKE.has(tokens[hedgedFrom - 1]?.lower ?? "") &&
      tokens[hedgedFrom - 2]?.lower === "to" &&
      CAPACITY_ADJECTIVES.has(tokens[hedgedFrom - 3]?.lower ?? "")) ||
    (tokens[hedgedFrom - 1]?.lower === "for" &&
      CAPACITY_PURPOSES.has(tokens[hedgedFrom - 2]?.lower ?? ""))
  );
}

/** Measures whose count the policy for people held and for remains decides again. */
const HELD_OR_REMAINS: ReadonlySet<Measure> = new Set([
  "hostage",
  "detained",
  // (Survivors who escaped from captivity are counted as released.)
  "survivors",
  "bodies_recovered",
  "forensic_examined",
  "buried",
  "killed",
  "mutilated",
]);

/**
 * The measure of a count; `cued` is false when only a fallback rule chose it. The cues decide
 * it, then people held and remains are decided again by their own policy (held-and-remains.ts).
 */
export function chooseMeasure(q: MeasureQuery): MeasureChoice {
  const choice = beforeTheEvent(q, framed(q, chooseByCues(q)));
  // (An `other` no cue decided may be a stage no cue list holds: "identified 98 of them".)
  const undecided = choice.measure === "other" && !choice.cued;
  // (A small `other` a cue decided may be a release, which the grammar keeps however small.)
  const smallOther = choice.measure === "other" && choice.cued && q.r.value < 10;
  if (!HELD_OR_REMAINS.has(choice.measure) && !undecided && !smallOther) return choice;
  const settled = heldOrRemains(
    {
      tokens: q.tokens,
      hedgedFrom: q.hedgedFrom,
      after: q.hi.to,
      head: q.head,
      clause: q.clause,
      inherited: q.inherited !== null,
      undecided,
    },
    choice.measure,
    cuesAt,
  );
  // (The policy's `other` is always what became of people held or sought.)
  if (settled === "other")
    return { measure: settled, cued: true, subgroup: choice.subgroup, released: true };
  // (A measure the policy decides is cued, even where a distant cue had found it first.)
  if (settled === null || (settled === choice.measure && choice.cued && !choice.distant))
    return choice;
  return { measure: settled, cued: true, subgroup: choice.subgroup };
}

/**
 * The cues' choice, or the measure of the count's predicate frame (predicate-frames.ts) where no
 * cue decided it or one was found only outside its clause: a frame of the count's own clause beats
 * a cue in another clause; a cue bound to the number beats a frame (no frame is read then).
 */
function framed(q: MeasureQuery, choice: MeasureChoice): MeasureChoice {
  if (!choice.uncued && !choice.distant) return choice;
  const reading = frameOf(q);
  if (reading === null) return choice;
  const { measure, role } = reading;
  if (measure === choice.measure) return { ...choice, framed: role };
  // (A count with no noun stays uncued: only its own verb, as its subject, makes a figure of a
  // bare number in figures.ts — "3,000 laid down their tools"; "carried 40" may carry banners.)
  return { measure, cued: q.head !== null, subgroup: choice.subgroup, framed: role };
}

/** Events a place's people are counted before: "lived there before the crisis". */
const TURNING_EVENTS = new Set([
  "war",
  "crisis",
  "conflict",
  "fighting",
  "violence",
  "troubles",
  "attack",
  "attacks",
  "incursion",
  "incursions",
  "raid",
  "raids",
  "offensive",
  "siege",
  "occupation",
  "uprising",
  "massacre",
  "clearance",
  "clearances",
  "eviction",
  "evictions",
  "expulsion",
  "expulsions",
  "deportation",
  "deportations",
  "flood",
  "floods",
  "earthquake",
  "eruption",
  "cyclone",
  "hurricane",
  "storm",
  "disaster",
]);
/** How far after the count "before the …" may stand in its clause, in tokens. */
const BEFORE_REACH = 8;

/**
 * "the town, where about 9,000 lived before the crisis, was sheltering 33,000", "the camps held
 * an estimated 22,000 people before the clearance": people counted at a place before the event
 * that drove them out are its population, not the displaced a holding or a later clause reads —
 * unless the count's own verb or noun says they left or sheltered ("3,000 fled before the
 * attack", "50,000 refugees … before the war").
 */
function beforeTheEvent(q: MeasureQuery, choice: MeasureChoice): MeasureChoice {
  if (choice.measure !== "displaced") return choice;
  const { tokens } = q;
  const from = q.head ? Math.max(q.hi.to, q.head.index + 1) : q.hi.to;
  const to = Math.min(q.clause.to, from + BEFORE_REACH);
  let before = -1;
  for (let k = from; k < to - 2 && before < 0; k++)
    if (
      tokens[k]!.lower === "before" &&
      tokens[k + 1]!.lower === "the" &&
      TURNING_EVENTS.has(tokens[k + 2]!.lower)
    )
      before = k;
  if (before < 0) return choice;
  if (q.head && WORD_MEASURE.get(tokens[q.head.index]!.lower) === "displaced") return choice;
  if (q.head && HEADS.get(tokens[q.head.index]!.lower)?.role === "displaced") return choice;
  if (choice.framed !== undefined) return choice;
  for (let k = from; k < before; k++) if (verbCueAt(tokens, k) === "displaced") return choice;
  return { measure: "population", cued: true, subgroup: choice.subgroup };
}

/** The count's predicate frame (predicate-frames.ts), or null. */
function frameOf(q: MeasureQuery): FrameReading | null {
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

/** A verb cue said of people: verbs of carrying say what happened to bodies (as cuesAt reads). */
function verbCueOfPeople(tokens: readonly Token[], k: number): Measure | null {
  const measure = verbCueAt(tokens, k);
  return measure === "bodies_recovered" ? null : measure;
}

/** The measure the cue words give, in their order of trust. */
function chooseByCues(q: MeasureQuery): MeasureChoice {
  const { tokens, hi, head, clause, hedgedFrom } = q;
  if (q.inherited) {
    // "…, of whom 600 were later found dead", "including some 70,000 who fled there": a member's
    // own verb says what happened to it (a repetition, "the 62 had been shot", stays what it was).
    let from = head ? head.index + 1 : hi.to;
    // ("40 of them later died": the verb follows the partitive.)
    if (tokens[from]?.lower === "of" && THEM_WHOM_THESE_THOSE.has(tokens[from + 1]?.lower ?? ""))
      from += 2;
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
  const gapBefore = before ? before.distance : Number.POSITIVE_INFINITY;
  const settlement = phraseEndingBefore(tokens, hedgedFrom, SETTLEMENT_OF) !== null;
  // "estimated the number of deaths … at 181", "The number of demonstrators on 16 January, the
  // largest day, is estimated … at 35,000": the measure is the noun after "number of", which may
  // stand before an apposition that closes the count's own clause.
  // So does "the number of hunger strikers had risen to more than 700".
  if (atBefore(tokens, hedgedFrom) || predicateCount(tokens, hedgedFrom)) {
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
  if (settlement && (!head || ANYONE.has(tokens[head.index]!.lower)))
    return { measure: "population", cued: true };
  // "The strikers, numbering about 4,000": the role noun the count describes.
  if (before && tokens[before.index]!.lower === "numbering") {
    let k = before.index - 1;
    if (tokens[k]?.text === ",") k--;
    const named = HEADS.get(tokens[k]?.lower ?? "");
    if (named?.role) return { measure: named.role, cued: true, subgroup: named.subgroup };
    // "armed men, numbering about 60", "the rebels, numbering some 3,000": an armed group's size
    // is how many took part (the eval README's attackers, "the attackers, numbering about 40").
    if (named?.subgroup === "combatants" || tokens[k - 1]?.lower === "armed")
      return { measure: "participants", cued: true, subgroup: "combatants" };
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
  if (head?.unit === "bodies" && SAW_OR_SEEN.has(tokens[hedgedFrom - 1]?.lower ?? ""))
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
  // an adjective: bare "300 soldiers" says nothing of an attack.
  if (head?.subgroup === "combatants" && HEADS.get(headWord)?.subgroup !== "combatants")
    return { measure: "participants", cued: false };
  // Nothing in the clause: a verb elsewhere in the sentence ("Fifty-four police officers and an
  // estimated 130 demonstrators were injured", "had killed, by the reckoning of …, 767 people").
  const wide = sentenceCue(tokens, hedgedFrom, hi.to, head);
  if (wide === REFUSED) return { measure: "other", cued: false };
  if (wide) return { measure: wide, cued: false, distant: true };
  return { measure: "other", cued: false, uncued: true };
}

/** Verbs of dying that end a stay in care ("admitted in April died within a week"). */
const DIED_VERBS = new Set(["died", "succumbed", "perished"]);

/**
 * "36 of the children admitted there in April died within a week": a cue of care said of the
 * count (a participle on its noun) is a stage its death at `k`'s predicate ended — within eight
 * words, before a comma or another count.
 */
function diedAfterCare(tokens: readonly Token[], cue: Measure, k: number): boolean {
  if (cue !== "wounded") return false;
  for (let j = k + 1; j < k + 9; j++) {
    const t = tokens[j];
    if (!t || PREDICATE_BREAKS.has(t.text) || t.lower === "and" || mayStartNumber(t)) return false;
    if (DIED_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs after which "alive" tells how people died or were not seen, not that they lived. */
// (And after a verb of capture: "20 soldiers were taken alive by the rebels" were seized, not
// saved; or of coming back: "returned alive from the camp" were released, as the policy for
// people held reads a return.)
const NOT_SURVIVED_ALIVE = new Set([
  "buried",
  "burned",
  "burnt",
  "skinned",
  "boiled",
  "seen",
  "taken",
  "captured",
  "caught",
  "seized",
  "returned",
  "back",
  "home",
]);
/** Words that end a count's own predicate before "alive" is reached. */
const PREDICATE_BREAKS = new Set([",", ";", ":", ".", "?", "!"]);

/**
 * Whether the count's own predicate, from `at`, says its people came through alive ("were
 * carried out of the mud alive", "are known to have come out of the camp alive", "pulled 462
 * people alive from the sea"): within twelve words, before a comma or another count ("and 12
 * were …"), "alive" after any verb but one of dying ("burned alive") or of not being seen again.
 */
function aliveAfter(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let k = at; k < at + 12; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || PREDICATE_BREAKS.has(t.text)) return false;
    if (k > at && AND_OR_OR.has(tokens[k - 1]!.lower) && mayStartNumber(t)) return false;
    if (t.lower === "alive") return !NOT_SURVIVED_ALIVE.has(tokens[k - 1]?.lower ?? "");
  }
  return false;
}

/**
 * Whether the words at `at` give the count its wounds: "with" and an injury within four words
 * ("with machete wounds", "with gunshot or pellet wounds", "with broken limbs"), after "of them"
 * or "survived" (those who lived through it with wounds are the wounded).
 */
function injuredWith(tokens: readonly Token[], at: number): boolean {
  let k = at;
  // ("nearly 400 of them with untreated wounds": past the partitive.)
  if (tokens[k]?.lower === "of" && THEM_WHOM_THESE_THOSE.has(tokens[k + 1]?.lower ?? "")) k += 2;
  if (tokens[k]?.lower === "survived") k++;
  if (tokens[k]?.lower !== "with") return false;
  for (const end = k + 4; ++k <= end; ) {
    const t = tokens[k];
    if (!t || (t.kind !== "word" && t.text !== ",")) return false;
    if (INJURIES.has(t.lower)) return true;
  }
  return false;
}

/** Settlements whose possessive names their people ("the city's 100,000 Greeks"). */
const SETTLEMENT_OWNERS = new Set(
  [
    "city",
    "town",
    "village",
    "island",
    "country",
    "capital",
    "district",
    "province",
    "region",
  ].flatMap((w) => [`${w}'s`, `${w}’s`]),
);

/** "the city's", "the island’s": a settlement's possessive. */
function settlementOwner(word: string): boolean {
  return SETTLEMENT_OWNERS.has(word);
}

/** A people noun that is no measure's and no role's ("workers", "Greeks", "inhabitants"). */
function plainPeople(word: string): boolean {
  return !WORD_MEASURE.has(word) && !HEADS.get(word)?.role;
}

/** Whether the cue found for the count at [from, to) is bound to another number (cue-binding.ts). */
function boundCue(tokens: readonly Token[], cue: Cue, from: number, to: number): boolean {
  const end = cue.index + cueLength(tokens, cue.index, cue.measure);
  return boundToAnother(tokens, cue.index, end, from, to);
}

/** Where ", that" or "and that" opens another clause in [from, to), or `to`. */
function clauseJointAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++)
    if (tokens[k]!.lower === "that" && COMMA_OR_AND.has(tokens[k - 1]!.lower)) return k - 1;
  return to;
}

/** "the Kefa camp, home to": a place that shelters people named right before the cue at `at`. */
function shelterBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--)
    if (SHELTERS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "The march … drew": a gathering's noun before the verb at `verb`, in the same clause. */
function drawnBy(tokens: readonly Token[], verb: number, from: number): boolean {
  for (let k = verb - 1; k >= Math.max(from, verb - 8); k--)
    if (cuesAnyHead(tokens, k).includes("participants")) return true;
  return false;
}

/** "camps … now hold", "the shelters house": a shelter noun a few words before its verb of holding. */
export function shelterHolds(tokens: readonly Token[], at: number, from: number): boolean {
  const verb = NOW_STILL_CURRENTLY.has(tokens[at - 1]?.lower ?? "") ? at - 2 : at - 1;
  if (!HOLDING_VERBS.has(tokens[verb]?.lower ?? "")) return false;
  // ("built to hold 600 people" is a capacity, not the people held.)
  if (tokens[verb - 1]?.lower === "to") return false;
  let shelter = false;
  // ("the relief camps at Adok and Lira now hold": the camps a few names back.)
  for (let j = verb - 1; j >= Math.max(from, verb - 7); j--) {
    const w = tokens[j]!.lower;
    if (DETENTION_NOUNS.has(w)) return false;
    shelter ||= SHELTERS.has(w);
  }
  return shelter;
}

/** "(were) put at", "estimated by organisers at": the verb before "at" and the count, or -1. */
function atVerb(tokens: readonly Token[], hedgedFrom: number): number {
  for (let k = hedgedFrom - 2; k >= Math.max(0, hedgedFrom - 6); k--) {
    if (PUT_ESTIMATED_PLACED.has(tokens[k]!.lower))
      return k === hedgedFrom - 2 || tokens[k + 1]?.lower === "by" ? k : -1;
    if (tokens[k]!.kind === "punct") return -1;
  }
  return -1;
}

/** The cue after a count coordinated with this one ("… and 2 soldiers killed"), if any. */
function coordinatedCue(tokens: readonly Token[], at: number, head: Head | null): Measure | null {
  if (!AND_OR_OR.has(tokens[at]?.lower ?? "") || tokens[at + 1]?.lower === "that") return null;
  let k = at + 1;
  while (k < at + 4 && tokens[k]?.kind === "word" && tokens[k + 1]?.kind !== "punct") {
    if (tokens[k]!.kind === "number") break;
    k++;
  }
  if (tokens[k]?.kind !== "number") return null;
  for (let j = k + 1; j < k + 5 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === "punct" || t.kind === "number") return null;
    const m = farCueAt(tokens, j, head);
    if (m) return m;
  }
  return null;
}

/** How far a sentence-wide cue may stand from the count, in tokens. */
const SENTENCE_REACH = 20;

/** The nearest cue in the count's sentence outside its clause (scene-setting measures excepted). */
/** A sentence-wide search that saw cues and chose none of them (sentenceCue). */
const REFUSED = "refused";

function sentenceCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  head: Head | null,
): Measure | typeof REFUSED | null {
  const sentence = tokens[from]!.sentence;
  // A semicolon closes the search on its side: "…; only 9 escaped" is another clause's verb.
  let after = true;
  let before = true;
  let refused = false;
  for (let d = 1; d <= SENTENCE_REACH; d++) {
    // After the count, then before it (a side by index, not a pair built for every step).
    for (let side = 0; side < 2; side++) {
      const k = side === 0 ? to - 1 + d : from - d;
      const t = tokens[k];
      const onAfter = k >= to;
      if (!(onAfter ? after : before)) {
        // (A cue past the semicolon was refused, not missed.)
        refused ||= t?.sentence === sentence && farCueAt(tokens, k, head) !== undefined;
        continue;
      }
      if (t?.text === ";") {
        if (onAfter) after = false;
        else before = false;
        continue;
      }
      if (!t || t.sentence !== sentence) continue;
      const m = farCueAt(tokens, k, head);
      if (!m) continue;
      // ("200 lie wounded, and ninety were jailed": another number's cue is not this one's.)
      if (boundToAnother(tokens, k, k + cueLength(tokens, k, m), from, to)) continue;
      // "bodies of dead and wounded": two measures joined say no one of them.
      if (
        joinedToAnother(tokens, k + 1, k + 2, m, head) ||
        joinedToAnother(tokens, k - 1, k - 2, m, head)
      )
        return REFUSED;
      return m;
    }
  }
  return refused ? REFUSED : null;
}

/**
 * Whether a joint ("and", "or", a comma) at `joint` joins the cue `measure` to a cue of another
 * measure at `other`, its far side. (By index, no pair of sides built: this runs for every count
 * whose sentence holds a cue.)
 */
function joinedToAnother(
  tokens: readonly Token[],
  joint: number,
  other: number,
  measure: Measure,
  head: Head | null,
): boolean {
  if (!AND_OR_COMMA.has(tokens[joint]?.lower ?? "")) return false;
  const cues = cuesAt(tokens, other, head);
  for (let c = 0; c < cues.length; c++) if (cues[c] !== measure) return true;
  return false;
}

/** "who fled", "who had been killed", "that survived": the cue opening a relative clause at `at`. */
export function relativeCue(
  tokens: readonly Token[],
  at: number,
  head: Head | null,
): Measure | null {
  if (!WHO_OR_THAT.has(tokens[at]?.lower ?? "")) return null;
  let k = at + 1;
  while (AUXILIARIES_AND_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
  return cuesAt(tokens, k, head)[0] ?? null;
}

/**
 * "Among the dead (recorded by the hospital) were N", "the prisoners included N": the measure of
 * the group the count is named a part of.
 */
function amongBefore(tokens: readonly Token[], count: number): Measure | null {
  // "The prisoners included about 1,200 children": the group the count is a part of.
  if (INCLUDED_INCLUDE_INCLUDES.has(tokens[count - 1]?.lower ?? "")) {
    for (let k = count - 2; k >= Math.max(0, count - 4); k--) {
      const t = tokens[k]!;
      if (t.kind === "punct" || t.sentence !== tokens[count]!.sentence) return null;
      const measure = HEADS.get(t.lower)?.role ?? cuesAt(tokens, k, null)[0];
      if (measure) return measure;
    }
    return null;
  }
  if (!COPULAS.has(tokens[count - 1]?.lower ?? "")) return null;
  for (let k = count - 2; k >= Math.max(0, count - 10); k--) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";" || t.sentence !== tokens[count]!.sentence) return null;
    if (t.lower === "among" && tokens[k + 1]?.lower === "the")
      return farCueAt(tokens, k + 2, null) ?? null;
  }
  return null;
}

/**
 * The measure of the list a count coordinated with the counts before it belongs to ("Among the
 * dead were 187 children and 95 women", "the prisoners included 1,200 children, 300 women and 40
 * old men"): each earlier count of the list is asked in turn (cue-binding.ts).
 */
function amongBeforeCoordinated(
  tokens: readonly Token[],
  from: number,
  end: number,
): Measure | null {
  let at = from;
  for (let n = 0; n < 3; n++) {
    at = earlierInList(tokens, at, end);
    if (at < 0) return null;
    const measure = amongBefore(tokens, at);
    if (measure) return measure;
  }
  return null;
}

/** The measure of a cue phrase of several words ending right before "of (the)" at the count. */
function phraseGoverning(tokens: readonly Token[], count: number): Measure | null {
  let of = count - 1;
  if (tokens[of]?.lower === "the") of--;
  if (tokens[of]?.lower !== "of") return null;
  for (let k = of - 2; k >= Math.max(0, of - 4); k--)
    for (const { measure, phrase } of CUES_BY_FIRST.get(tokens[k]!.lower) ?? [])
      if (phraseAt(tokens, k, phrase) === of - k) return measure;
  return null;
}

/** "(the number of) people who have fled": the relative clause's cue after the noun at `noun`. */
function relativeAfterNoun(tokens: readonly Token[], noun: number, to: number): Cue | null {
  const at = noun + 1;
  if (at >= to || !HEADS.has(tokens[noun]?.lower ?? "")) return null;
  const measure = relativeCue(tokens, at, null);
  return measure ? { measure, distance: 1, index: at } : null;
}

/** "deaths of", "killing of the": the cue at `at` governs the count. */
function governs(tokens: readonly Token[], at: number, count: number): boolean {
  // Only "of" or "of the" between them (read in place: this runs for the cue before every count).
  const between = count - at - 1;
  return (
    (between === 1 || between === 2) &&
    tokens[at + 1]?.lower === "of" &&
    (between === 1 || tokens[at + 2]?.lower === "the")
  );
}

/** A measure cue phrase of several words, or a past participle, right at token k ("took part"). */
export function verbCueAt(tokens: readonly Token[], k: number): Measure | null {
  for (const { measure, phrase } of CUES_BY_FIRST.get(tokens[k]?.lower ?? "") ?? []) {
    const n = phraseAt(tokens, k, phrase);
    if (n > 1 || (n === 1 && PAST.test(phrase))) return measure;
  }
  return null;
}

const THING_VERBS = new Set([
  // ("The two deserters claimed …": a verb of saying, though "claimed" is also a toll's.)
  "claimed",
  "seized",
  "held",
  "kept",
  "recovered",
  "retrieved",
  "found",
  "taken",
  "captured",
  "exchanged",
  "received",
  "transported",
  "brought",
  "counted",
  "examined",
  "certified",
  "listed",
  "registered",
  "recorded",
]);

/**
 * "Four stall holders were detained": a count whose noun the vocabulary does not know, read as
 * people when a passive verb of the event follows the plural noun. The noun's index, or -1.
 */
export function unknownPluralHead(tokens: readonly Token[], from: number): number {
  // 'only 22 "miscreants" had died': the noun may stand in quotation marks.
  const at = OPENING_QUOTE_MARK.test(tokens[from]?.text ?? "") ? from + 1 : from;
  // ('"miscreants" had died': the closing mark stands between the noun and its verb.)
  if (
    at > from &&
    LOWER_PLURAL.test(tokens[at]?.text ?? "") &&
    CLOSING_QUOTE_MARK.test(tokens[at + 1]?.text ?? "")
  ) {
    const m = eventVerbAfter(tokens, at + 2) ? at : -1;
    if (m >= 0) return m;
  }
  // "300 hooligans took part", "4,000 stevedores walked off": a phrase of the event right after
  // the noun.
  if (LOWER_PLURAL.test(tokens[at]?.text ?? "") && !THING_VERBS.has(tokens[at + 1]?.lower ?? "")) {
    const m = verbCueAt(tokens, at + 1);
    if (m && (phraseLength(tokens, at + 1, m) > 1 || !LOOSE_ONLY_NEAR.has(m))) return at;
  }
  let k = at;
  while (
    k < at + 2 &&
    LOWER_WORD.test(tokens[k]?.text ?? "") &&
    !WERE_HAD_HAVE.has(tokens[k]!.lower) &&
    tokens[k + 1]?.kind === "word"
  )
    k++;
  const noun = k - 1;
  if (noun < at || !PLURAL_END.test(tokens[noun]!.lower)) return -1;
  if (!WERE_HAD_HAVE.has(tokens[k]?.lower ?? "")) return -1;
  k++;
  if (tokens[k]?.lower === "been") k++;
  // Verbs said of things as well as people ("20 weapons were seized") prove nothing.
  if (THING_VERBS.has(tokens[k]?.lower ?? "")) return -1;
  const cue = farCueAt(tokens, k, null);
  return cue && ED_OR_SLAIN_END.test(tokens[k]!.lower) ? noun : -1;
}

/** The length of the longest cue phrase of `measure` at token k. */
function phraseLength(tokens: readonly Token[], k: number, measure: Measure): number {
  let best = 0;
  for (const c of CUES_BY_FIRST.get(tokens[k]?.lower ?? "") ?? [])
    if (c.measure === measure) best = Math.max(best, phraseAt(tokens, k, c.phrase));
  return best;
}

/** "Eight died during …", "Two were arrested": an event verb right after a count (or its copula). */
export function eventVerbAfter(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 3 && AUXILIARIES_BEFORE_AN_EVENT_VERB.has(tokens[k]?.lower ?? "")) k++;
  const t = tokens[k];
  if (!t || !EVENT_VERB_END.test(t.lower)) return false;
  return farCueAt(tokens, k, null) !== undefined;
}
