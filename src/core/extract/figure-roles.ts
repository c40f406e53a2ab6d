/**
 * What the words around a count say about whom it counts: people of a proceeding rather than
 * of the event ("184 witnesses", "we interviewed 96 former detainees"), a part of the count just
 * given ("200 of them"), or an age that makes them children ("358 of them under the age of 13").
 */
import type { Subgroup } from "../model/claim.js";
import { startsUpper } from "../text/char-class.js";
import { phraseAt, phraseEndingBefore, phraseStartingAt } from "./figure-context.js";
import { HEADS, MODIFIERS, PROCEDURAL, WORD_MEASURE } from "./lexicon.js";
import { readNumber } from "./number-words.js";
import { stayMeasure } from "./predicate-frames.js";
import { spokenSourcesAt } from "./spoken-sources.js";
import type { Token } from "./tokens.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const AGE_BOUNDS = new Set(["under", "below", "over", "above", "younger", "older"]);
const AND_AS_COMMA = new Set(["and", "as", ","]);
const APPROXIMATORS = new Set([
  "about",
  "some",
  "over",
  "nearly",
  "more",
  "than",
  "around",
  "almost",
  "c",
  ".",
]);
const APPROXIMATORS_AND_ADDITIONS = new Set([
  "about",
  "some",
  "over",
  "nearly",
  "more",
  "than",
  "at",
  "least",
  "another",
  "a",
  "further",
]);
const ARE_OR_WERE = new Set(["are", "were"]);
const ARE_WERE_IS_WAS = new Set(["are", "were", "is", "was"]);
const HAS_HAVE_HAD_HAVING = new Set(["has", "have", "had", "having"]);
const OVER_ABOVE_OLDER = new Set(["over", "above", "older"]);
const PERIOD_SEMICOLON_COMMA = new Set([".", ";", ","]);
const SPOKE_SPOKEN_TALKED = new Set(["spoke", "spoken", "talked"]);
const TESTIFIED_OR_TESTIFY = new Set(["testified", "testify"]);
const TESTIMONY_NOUNS = new Set(["testimony", "testimonies", "evidence", "statements", "accounts"]);
const THEM_THESE_THOSE_WHOM_OURS = new Set(["them", "these", "those", "whom", "ours"]);
const TO_OR_WITH = new Set(["to", "with"]);
const UNDER_BELOW_YOUNGER = new Set(["under", "below", "younger"]);
const WITNESS_KINDS = new Set(["expert", "prosecution", "defence", "defense", "civil", "trial"]);
const WORKFORCE_PAYROLL_MEMBERSHIP = new Set(["workforce", "payroll", "membership"]);
const WOUNDED_INJURED_PATIENTS = new Set(["wounded", "injured", "patients"]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const VERB_OR_STOP = /^(were|was|are|is|had|have|has|been|[.;:])$/;
const YEARS_WORD = /^(years?|yrs)$/;

/** Verbs whose object is a source of evidence, not a victim. */
const EVIDENCE_VERBS = new Set([
  "interviewed",
  "interviewing",
  "heard",
  "questioned",
  "surveyed",
  "consulted",
  "called",
  "admitted",
  "reviewed",
  "received",
  "conducted",
  "met",
]);

const VERSUS = new Set(["v", "vs", "versus"]);

/** A party's role, or "v." between parties, closing a case's caption. */
const PARTY =
  /^(applicants?|respondents?|appellants?|petitioners?|plaintiffs?|defendants?|claimants?|v|vs|versus)$/;

/**
 * "OBI AND 11 OTHERS ...... APPLICANTS", "Obi and 11 Others v. Inspector-General": a case's
 * caption names its parties, not people the event happened to. Only the caption's shape counts
 * (the role or "v." right after, past dots and brackets): "shot Obi and 11 others" stays a count.
 */
function captionParties(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.lower !== "others" || tokens[from - 1]?.lower !== "and") return false;
  let k = to + 1;
  while (k < to + 40 && tokens[k]?.kind === "punct") k++;
  if (PARTY.test(tokens[k]?.lower ?? "")) return true;
  // "State v. Ramesh Dalal and 31 others", "UGANDA v. MUHINDO AND 11 OTHERS": "v." before the
  // last party's name, which is capitalised words (and the dots of initials) only.
  for (let j = from - 2; j >= Math.max(0, from - 10); j--) {
    const t = tokens[j]!;
    if (VERSUS.has(t.lower)) return true;
    if (t.text !== "." && !(t.kind === "word" && startsUpper(t.text))) return false;
  }
  return false;
}

/**
 * Who a proceeding is brought by or against: its parties, not the event's people. (Not "charges
 * against" or "the trial of": people brought to trial are detained, a figure of the event.)
 */
const LEGAL_ACTIONS = new Set([
  "case",
  "suit",
  "lawsuit",
  "complaint",
  "petition",
  "application",
  "claim",
  "action",
  "appeal",
  "proceedings",
]);
const ACQUITTALS = new Set(["acquittal", "acquittals"]);
const BROUGHT_FILED_LODGED = new Set(["brought", "filed", "lodged", "made"]);
/** A proceeding's parties, and those who speak in it, named as such. */
const PARTY_NOUNS = new Set([
  "applicants",
  "appellants",
  "petitioners",
  "plaintiffs",
  "claimants",
  "complainants",
  "respondents",
  "defendants",
  "accused",
  "witnesses",
]);

/**
 * "the proceedings against nine former members of the battalion", "a court case brought by five
 * former detainees", "The applicants are twenty-one relatives of …", "the acquittal of seven
 * police officers": the count names a
 * proceeding's parties, whose role in the sentence is to be in the case, not what the event did to
 * them (their own figures are stated elsewhere). `p` is the word before the count.
 */
function partiesOfProceeding(tokens: readonly Token[], p: number): boolean {
  const w = tokens[p]?.lower ?? "";
  if (w === "against") return LEGAL_ACTIONS.has(tokens[p - 1]?.lower ?? "");
  // "the acquittal of seven police officers": the accused.
  if (w === "of") return ACQUITTALS.has(tokens[p - 1]?.lower ?? "");
  if (w === "by")
    return (
      BROUGHT_FILED_LODGED.has(tokens[p - 1]?.lower ?? "") &&
      (LEGAL_ACTIONS.has(tokens[p - 2]?.lower ?? "") ||
        LEGAL_ACTIONS.has(tokens[p - 3]?.lower ?? ""))
    );
  return ARE_OR_WERE.has(w) && PARTY_NOUNS.has(tokens[p - 1]?.lower ?? "");
}

const ON_THE_BOOKS = ["on the books", "on its books", "on the payroll", "on its payroll"];

/** Verbs whose object is a workforce, not people the event happened to ("employs 16,500 people"). */
const WORKFORCE_VERBS = new Set(["employs", "employed", "employing", "employ", "hires", "hired"]);

/**
 * Whether the count at [from, to) is a workforce or a membership ("employs 16,500 people", "the
 * association, which has 212 members"): background, not a figure of the event.
 */
export function isWorkforceCount(tokens: readonly Token[], from: number, to: number): boolean {
  let p = from - 1;
  while (p >= 0 && APPROXIMATORS.has(tokens[p]!.lower)) p--;
  return (
    WORKFORCE_VERBS.has(tokens[p]?.lower ?? "") ||
    (tokens[p]?.lower === "of" && WORKFORCE_PAYROLL_MEMBERSHIP.has(tokens[p - 1]?.lower ?? "")) ||
    (HAS_HAVE_HAD_HAVING.has(tokens[p]?.lower ?? "") && tokens[to]?.lower === "members") ||
    // "some 5,200 men on the books": people employed.
    phraseStartingAt(tokens, to + 1, ON_THE_BOOKS) !== null
  );
}

/** Verbs of interviewing whose objects may go on in a list. */
const INTERVIEW_VERBS = /^(interviewed|interviewing|questioned|surveyed|consulted|met)$/;

/**
 * "We interviewed 118 evictees …, as well as 14 officials and 9 lawyers": a count that goes on
 * the list of an interview's objects (`p`: the word before it) is a source too, as long as no
 * verb of its own stands between.
 */
function listedAfterInterview(tokens: readonly Token[], p: number): boolean {
  if (!AND_AS_COMMA.has(tokens[p]?.lower ?? "")) return false;
  const sentence = tokens[p]!.sentence;
  for (let k = p - 1; k >= Math.max(0, p - 20) && tokens[k]!.sentence === sentence; k--) {
    const w = tokens[k]!.lower;
    if (INTERVIEW_VERBS.test(w)) return tokens[k + 1]?.kind === "number";
    if (VERB_OR_STOP.test(w)) return false;
  }
  return false;
}

const WAS_WERE_BEEN = new Set(["was", "were", "had", "have", "has", "been"]);

/**
 * "were killed", "had been shot" at k: a passive verb of the event's measures (not "were heard").
 * Not one of holding: being sentenced or convicted is what a proceeding does to its parties.
 */
function sufferedEvent(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && WAS_WERE_BEEN.has(tokens[j]?.lower ?? "")) j++;
  const measure = j > k ? WORD_MEASURE.get(tokens[j]?.lower ?? "") : undefined;
  return measure !== undefined && measure !== "detained";
}

/** Whether the count at [from, to) counts witnesses, exhibits, the accused or interviewees. */
export function isProceduralCount(tokens: readonly Token[], from: number, to: number): boolean {
  if (captionParties(tokens, from, to)) return true;
  for (let k = to; k < to + 4 && k < tokens.length; k++) {
    const w = tokens[k]!.lower;
    // "120 witnesses were killed": what the event did to them makes them its people.
    if (PROCEDURAL.has(w)) return !sufferedEvent(tokens, k + 1);
    if (!MODIFIERS.has(w) && !WITNESS_KINDS.has(w)) break;
  }
  // "We interviewed 96 former detainees": the object of an interview is a source, not a victim;
  // so is the subject of "testified".
  let p = from - 1;
  while (p >= 0 && APPROXIMATORS_AND_ADDITIONS.has(tokens[p]!.lower)) p--;
  // "the testimony of 44 former detainees": those who testify are sources.
  if (tokens[p]?.lower === "of" && TESTIMONY_NOUNS.has(tokens[p - 1]?.lower ?? "")) return true;
  // "We have spoken to 31 of those detained": those spoken to are sources too.
  if (TO_OR_WITH.has(tokens[p]?.lower ?? "") && SPOKE_SPOKEN_TALKED.has(tokens[p - 1]?.lower ?? ""))
    return true;
  if (listedAfterInterview(tokens, p) || spokenSourcesAt(tokens, p)) return true;
  if (partiesOfProceeding(tokens, p)) return true;
  if (EVIDENCE_VERBS.has(tokens[p]?.lower ?? "") && tokens[p]!.lower !== "admitted") {
    const next = tokens[to]?.lower ?? "";
    // "received some 2,000 refugees": people who arrive are counted, not sources of evidence.
    // ("received 21 bodies": the dead, not statements.)
    if (
      tokens[p]!.lower === "received" &&
      (HEADS.get(next)?.role !== undefined || HEADS.get(next)?.unit === "bodies")
    )
      return false;
    // "admitted 44 people with gunshot wounds" is a hospital's count; "heard 184" is not.
    return !WOUNDED_INJURED_PATIENTS.has(next);
  }
  // "Fourteen survivors gave evidence before this Court": people who testify are sources.
  let k = to;
  while (k < to + 3 && (HEADS.has(tokens[k]?.lower ?? "") || MODIFIERS.has(tokens[k]?.lower ?? "")))
    k++;
  if (TESTIFIED_OR_TESTIFY.has(tokens[k]?.lower ?? "") || phraseAt(tokens, k, "gave evidence"))
    return true;
  return tokens[to]?.lower === "testified" || phraseAt(tokens, to, "of whom testified") > 0;
}

/** Words that open the members of a count just given ("…, among them 14 of the wounded"). */
const AMONG = ["among them", "among whom", "among these", "including", "of whom", "amongst them"];
/** Kin of people counted ("the families of 22 others"), who speak for them. */
const KIN_OF = [
  "and the families of",
  "and the relatives of",
  "and to the families of",
  "and to the relatives of",
];

/**
 * Whether the count at `from` goes on a proceeding's count just given in its sentence: its
 * members ("called 38 witnesses, among them 14 of the wounded", "147 interviews …, among them 61
 * former detainees") or the kin of more of them ("interviewed 46 former detainees and the
 * families of 22 others"). A witness's or interviewee's role in the sentence is to speak to the
 * inquiry, so the count is no figure about the event, whatever its noun: "12 survivors testified
 * that 40 were shot" keeps 40, which opens no such part.
 */
export function continuesProceeding(tokens: readonly Token[], from: number): boolean {
  return (
    phraseEndingBefore(tokens, from, AMONG) !== null ||
    phraseEndingBefore(tokens, from, KIN_OF) !== null
  );
}

/** Words that open an age bound or range after people named ("boys under sixteen"). */
const AGE_OPENERS = new Set(["between", "under", "over", "below", "above", "younger", "older"]);
const WAS_OR_IS = new Set(["was", "is"]);
const ONE_PERSON = new Set(["he", "she", "i", "who"]);
/** People named one by one ("every man … between sixteen and sixty"). */
const EACH_PERSON = new Set(["man", "person", "one", "everyone", "anyone", "those"]);

/**
 * "every man in the village between sixteen and sixty", "three boys under sixteen", "40 men
 * between 18 and 45 were taken": a bound or range of no more than 100, right after people named
 * (within a few words and no punctuation) and with no noun of its own, is their age, not a count.
 * "held between 200 and 300 protesters" has its noun; "Of the 40, over 20 died" its comma.
 */
export function isAgeOfPeople(tokens: readonly Token[], from: number, value: number): boolean {
  if (value > 100 || !AGE_OPENERS.has(tokens[from - 1]?.lower ?? "")) return false;
  for (let k = from - 2; k >= 0 && k >= from - 6; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (HEADS.get(t.lower)?.unit === "people" || EACH_PERSON.has(t.lower)) return true;
  }
  return false;
}

/**
 * "He was 16 when soldiers came", "she is nine": one person's age, the number right after "was"
 * or "is" with no noun or "of" of its own ("she was one of 12 survivors" is a count).
 */
export function isAgeOfOne(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to]?.lower ?? "";
  return (
    WAS_OR_IS.has(tokens[from - 1]?.lower ?? "") &&
    ONE_PERSON.has(tokens[from - 2]?.lower ?? "") &&
    next !== "of" &&
    !HEADS.has(next)
  );
}

/** "200 of them", "612 of whom", "29 of these": a part of what was just counted. */
export function partitiveAfter(tokens: readonly Token[], at: number): boolean {
  return (
    // ("Eleven of ours were children": ours are the speaker's people.)
    tokens[at]?.lower === "of" && THEM_THESE_THOSE_WHOM_OURS.has(tokens[at + 1]?.lower ?? "")
  );
}

const CHILD_AGES = ["under the age of", "below the age of", "years of age", "aged under"];

/**
 * "over seventy (years of age)", "under eighteen", "aged 65 and over": an age bound at token k,
 * as the subgroup it makes (children up to 18, elderly from 60), or undefined when k holds none.
 */
function ageBound(tokens: readonly Token[], k: number): Subgroup | null | undefined {
  const aged = tokens[k]?.lower === "aged";
  let j = aged ? k + 1 : k;
  // (The direction first: most words hold none, and are passed by with no more reads.)
  const dir = tokens[j]?.lower ?? "";
  const under = UNDER_BELOW_YOUNGER.has(dir);
  if (!under && !OVER_ABOVE_OLDER.has(dir)) return undefined;
  // A bare "over 100" after a count is another count ("47 dead and over 100 wounded"): an age
  // says so ("aged", "the age of", "years"), or stands right after "of them".
  // ("six of them are under sixteen": a copula may stand between the part and its age.)
  let said =
    aged ||
    partitiveAfter(tokens, k - 2) ||
    (ARE_WERE_IS_WAS.has(tokens[k - 1]?.lower ?? "") && partitiveAfter(tokens, k - 3));
  j++;
  if (tokens[j]?.lower === "than") j++;
  if (phraseAt(tokens, j, "the age of") > 0) {
    j += 3;
    said = true;
  }
  const n = readNumber(tokens, j);
  if (!n || n.value > 110) return undefined;
  if (!said && !YEARS_WORD.test(tokens[n.to]?.lower ?? "")) return undefined;
  return under ? (n.value <= 18 ? "children" : null) : n.value >= 60 ? "elderly" : null;
}

/** An age after a count that makes its people children or elderly ("7 under the age of six"). */
export function ageSubgroupAfter(tokens: readonly Token[], at: number): Subgroup | null {
  for (let k = at; k < at + 6 && k < tokens.length; k++) {
    if (PERIOD_SEMICOLON_COMMA.has(tokens[k]!.text) || tokens[k]!.kind === "number") return null;
    const bound = ageBound(tokens, k);
    if (bound !== undefined) return bound;
    if (phraseStartingAt(tokens, k, CHILD_AGES) !== null) return "children";
  }
  return null;
}

/** "(61,000 of them) under eighteen", "(nine of whom) aged over 70": an age, not a count. */
export function isAgeAfterPart(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.lower === "than") k--;
  if (!AGE_BOUNDS.has(tokens[k]?.lower ?? "")) return false;
  if (tokens[k - 1]?.lower === "aged") k--;
  if (ARE_OR_WERE.has(tokens[k - 1]?.lower ?? "") && partitiveAfter(tokens, k - 3)) return true;
  return partitiveAfter(tokens, k - 2) || tokens[k - 1]?.lower === "aged";
}

/**
 * A police body ("members of the riot police") or an armed one ("… of the militia", "… of the
 * security forces", "… of the territorial defence", "… of a local vigilante group", "… of the
 * Home Guard"): a body that bears arms, whatever its standing, names its members' subgroup.
 */
const POLICE_BODY = /^(police|constabulary)$/;
const ARMED_BODY =
  /^(militias?|army|armies|paramilitaries|forces|defen[cs]e|vigilantes?|guards?|garrison|battalion|regiment|brigade|gendarmerie)$/;

/**
 * "three members of the police", "17 members of the pro-government militia": members of a police
 * body are a named occupational group (other), of an armed body combatants; null otherwise.
 */
export function membersOf(tokens: readonly Token[], k: number): Subgroup | null {
  return tokens[k]?.lower === "members" ? bodyAfterOf(tokens, k + 1) : null;
}

/**
 * The body named after an "of" at `of` ("of the riot police", "of the Emirate's army"): other
 * for a police body, combatants for an armed one, null for none.
 */
export function bodyAfterOf(tokens: readonly Token[], of: number): Subgroup | null {
  if (tokens[of]?.lower !== "of") return null;
  // ("pro-government militia": a hyphenated adjective is three tokens.)
  for (let j = of + 1; j < of + 7 && (tokens[j]?.kind === "word" || tokens[j]?.text === "-"); j++) {
    if (POLICE_BODY.test(tokens[j]!.lower)) return "other";
    if (ARMED_BODY.test(tokens[j]!.lower)) return "combatants";
  }
  return null;
}

const WE_OR_THEY = new Set(["we", "they"]);
const WERE_OR_ARE = new Set(["were", "are"]);

/** "We were eleven in the house", "there were maybe two hundred of us": how many a group was. */
export function ourNumber(tokens: readonly Token[], from: number, to: number): boolean {
  if (phraseAt(tokens, to, "of us") > 0) return true;
  return (
    WERE_OR_ARE.has(tokens[from - 1]?.lower ?? "") &&
    WE_OR_THEY.has(tokens[from - 2]?.lower ?? "") &&
    tokens[to]?.lower !== "of"
  );
}

/**
 * "We were eight at home that morning", "we were nine in the house": a group giving its size
 * where it was is a count however small — where "when we were eight" alone is an age, a place
 * of the frames' `stays` after it says how many were there.
 */
export function ourSizeAt(tokens: readonly Token[], from: number, to: number): boolean {
  return ourNumber(tokens, from, to) && stayMeasure(tokens, to) !== null;
}

/** The people a group is of, which a part of it named "of them" keeps (not a trade: `other`). */
const PEOPLE_OF_A_GROUP: ReadonlySet<Subgroup> = new Set([
  "men",
  "women",
  "children",
  "combatants",
]);

/**
 * "Soldiers took away 22 men. Five of them were let go the next morning": a part "N of them"
 * of the group counted just before, in the sentence before, is of its people — men, women,
 * children, fighters. (In its own sentence the part already takes its whole's people.)
 */
export function partOfGroupBefore(
  tokens: readonly Token[],
  at: number,
  sentence: number,
  group: { readonly sentence: number; readonly subgroup: Subgroup | null } | null,
): Subgroup | null {
  if (group?.subgroup == null || !PEOPLE_OF_A_GROUP.has(group.subgroup)) return null;
  if (tokens[at]?.lower !== "of" || tokens[at + 1]?.lower !== "them") return null;
  const gap = sentence - group.sentence;
  return gap >= 1 && gap <= 2 ? group.subgroup : null;
}
