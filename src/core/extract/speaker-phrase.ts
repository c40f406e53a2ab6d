/**
 * The noun phrase naming who speaks ("Azerbaijani officials", "Mr. Sadikov", "the republic's
 * chief forensic scientist") and the kind of speaker it names.
 */
import { lookupPlace } from "../gazetteer/lookup.js";
import type { Claimant } from "../model/claim.js";
import { startsUpper } from "../text/char-class.js";
import { isPossessive, YEAR_1800_2099 } from "../text/word-shapes.js";
import { monthNumber } from "./calendar.js";
import { HEADS, SAY_VERBS, WORD_MEASURE } from "./lexicon.js";
import { numberWordValue } from "./number-words.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const ADVERBIAL_PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "after",
  "before",
  "since",
]);
const ARTICLES_AND_REPORT_ADJECTIVES = new Set([
  "the",
  "a",
  "an",
  "new",
  "latest",
  "official",
  "final",
  "preliminary",
]);
/**
 * Auxiliaries and adverbs between a subject and its reporting verb ("officials have said", "it
 * further found", "she now says"): trimmed off a speaker's name here, passed over to find a
 * pronoun subject in reporting-verbs.ts.
 */
export const AUXILIARIES_AFTER_A_SUBJECT = new Set([
  "have",
  "has",
  "had",
  "also",
  "later",
  "then",
  "further",
  "were",
  "was",
  "is",
  "are",
  "now",
  "once",
  // ("Interior Minister Joseph Odhiambo has just given the latest figures")
  "just",
  "already",
]);
const FROM_OF_BY = new Set(["from", "of", "by"]);
const FROM_OR_OF = new Set(["from", "of"]);
const REPORT_ADJECTIVES = new Set(["the", "new", "latest", "official", "final", "preliminary"]);
/** The articles (shared by the claimant stages that read a noun phrase's opening). */
export const THE_A_AN: ReadonlySet<string> = new Set(["the", "a", "an"]);
const WHO_OR_WHOM = new Set(["who", "whom"]);
const WORDS_BEFORE_NO_SPEAKER = new Set(["a", "an", "the", "quoted", "told", "and", "of", "by"]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const OFFICIAL_ROLE =
  /official|police|prosecutor|minister|procuracy|government|governor|president|mayor|chief|spokes|authorit|officer|office|ombuds|investigator|aide|scientist|ministry|deputy|doctors|pathologist|imam|army(?!'s)|military|command/;
const ORGANISATION_ROLE =
  /watch|memorial|centre|center|organi[sz]ation|organi[sz]ers|union|opposition|movement|activists|agenc(y|ies)|charit(y|ies)|mosque|red cross|red crescent|committee|tass|azerinform|reuter|press|society|newspaper|television/;
const WITNESS_ROLE =
  /refugee|survivor|witness|resident|deserter|mourner|villager|inhabitant|mother|victim|elders/;
const BODY_ROLE = /parliament|assembly|congress|senate|council|court|commission/;
const HONORIFIC_START = /^(mr|mrs|ms|dr)\.\s/i;
const PERSONAL_NAME = /^\p{Lu}\p{Ll}+(\s\p{Lu}[\p{Ll}.]*)*$/u;
const PARTICIPLE_END = /.(ed|en|ing)$/;

const BOUNDARIES = new Set([
  ",",
  ";",
  ":",
  "(",
  ")",
  // ("… women.[2] A commission of inquiry put …": an encyclopedia's reference mark.)
  "[",
  "]",
  "while",
  "whereas",
  "although",
  "though",
  "but",
  "and",
  "that",
  "who",
  "which",
  "whom",
  "“",
  "”",
  '"',
  "—",
  "–",
]);
const ADPOSITIONS = new Set(["on", "at", "in", "of", "by", "near", "outside", "beside"]);
/** Monuments in lower case: what they bear is no one's statement (plausible). */
const MONUMENTS = new Set(["memorial", "monument", "plaque", "obelisk", "tablet", "gravestone"]);
/** Words naming events, not speakers: "the massacre claimed 613 lives" attributes nothing. */
const EVENT_NOUNS = new Set([
  "massacre",
  "attack",
  "tragedy",
  "war",
  "fighting",
  "conflict",
  "assault",
  "events",
  "shelling",
  "report",
  "storm",
  "flood",
  "floods",
  "fire",
  "blast",
  "explosion",
  "earthquake",
  "bombing",
  "raid",
  "epidemic",
  "famine",
  "violence",
  "clashes",
  "riots",
  "disaster",
  "crash",
  "collapse",
]);
/** Where a long subject phrase stops being the speaker's name ("Doctors | working in …"). */
const CHUNK_END = new Set([
  "in",
  "at",
  "from",
  "who",
  "which",
  "working",
  "fleeing",
  "near",
  "just",
  "based",
  "quoted",
  "during",
]);
/** Reporting verbs that may precede their subject ("…, said Raisa Aslanova"). */
export const INVERTIBLE = new Set([
  "said",
  "says",
  "added",
  "echoed",
  "wrote",
  "asked",
  "continued",
  "shouted",
  "recalled",
]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "who", "which", "this"]);
const MAX_WORDS = 20;
const SHORT = 6;

export type Role = Claimant["role"];

/** Roles already read, by name: a text names the same few speakers for claim after claim. */
const ROLES = new Map<string, Role>();

/** The role a speaker phrase names, from the words used for officials, bodies and witnesses. */
export function roleOf(name: string): Role {
  let role = ROLES.get(name);
  if (role === undefined) {
    role = readRole(name);
    // Bounded like the gazetteer's memo: names differ from text to text.
    if (ROLES.size >= 10_000) ROLES.clear();
    ROLES.set(name, role);
  }
  return role;
}

function readRole(name: string): Role {
  const n = name.toLowerCase();
  if (OFFICIAL_ROLE.test(n)) {
    return "official";
  }
  if (ORGANISATION_ROLE.test(n)) {
    return "organisation";
  }
  if (WITNESS_ROLE.test(n)) return "witness";
  if (BODY_ROLE.test(n)) return "body";
  if (lookupPlace(name)?.kind === "country") return "body";
  if (HONORIFIC_START.test(name) || PERSONAL_NAME.test(name)) return "person";
  return "other";
}

function isNumberish(t: Token): boolean {
  // A year names a speaker's edition, not a count ("the truth commission of 1991").
  if (t.kind === "number") return !YEAR_1800_2099.test(t.text);
  return numberWordValue(t.lower) !== undefined;
}

/** Nouns for those who count or argue, named in lower case ("aid agencies", "the defence"). */
export const SPEAKER_NOUNS =
  /^(experts?|historians?|workers|groups|operators?|compan(y|ies)|owners?|researchers?|lawyers?|defen[cs]e|prosecution|prosecutors?|journalists?|correspondents?|sources|doctors?|surgeons?|nurses?|teams?|monitors?|observers?|agencies|charity|charities|records|registers?|registry|hospitals?|census|inquiry|investigators?|council|judges?|chamber|tribunal|detainees|survivors|refugees|relatives)$/;

/**
 * The speaker phrase ending right before tokens[verb] (subject of a reporting verb), or null when
 * the words there are not a plausible speaker (a pronoun, a number, nothing).
 */
export function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  floor: number,
  loose = false,
): [number, number] | null {
  // "The mayor, Anna Petrova, said": the name in apposition right before the verb (or before its
  // auxiliaries: "The communications minister, Rémi Ouédraogo, has just given").
  let bare = verb;
  while (bare - 1 > floor && AUXILIARIES_AFTER_A_SUBJECT.has(tokens[bare - 1]!.lower)) bare--;
  const end = tokens[bare - 1]?.text === "," && bare - 1 > floor ? bare - 1 : verb;
  // "The Red Cross, which visited on 22 September, counted", "The medical officer who attended
  // the scene counted": the speaker is the noun phrase the relative clause follows.
  const relative = relativeBefore(tokens, end, floor);
  const inside =
    relative >= 0 && end === verb ? subjectInsideRelative(tokens, relative, bare, loose) : null;
  if (inside) return inside;
  if (relative < 0 && end < verb) {
    const head = appositionHead(tokens, end, floor, loose);
    if (head) return head;
  }
  if (relative >= 0) {
    const head = subjectRun(
      tokens,
      tokens[relative - 1]?.text === "," ? relative - 1 : relative,
      floor,
      loose,
    );
    return (head && nameBeforeDescription(tokens, head[0], floor)) ?? head;
  }
  return (
    subjectRun(tokens, verb, floor, loose) ??
    (end < verb ? subjectRun(tokens, end, floor, loose) : null) ??
    pastAside(tokens, end, floor)
  );
}

/** How far back the comma opening an apposition before a verb is looked for. */
const APPOSITION_REACH = 10;

/**
 * "PW3, the medical officer of the hospital, testified", "The historian Rosa Ferreira, working
 * from parish registers, put …", "PW17, one of them, told": the name before a description set off
 * by commas (one opening in lower case or with a number; "The mayor, Anna Petrova, said" keeps the
 * name in apposition, as subjectRun reads it).
 */
function appositionHead(
  tokens: readonly Token[],
  comma: number,
  floor: number,
  loose: boolean,
): [number, number] | null {
  for (let k = comma - 1; k > floor && comma - k <= APPOSITION_REACH; k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[comma]!.sentence) return null;
    if (t.text !== ",") {
      if (BOUNDARIES.has(t.lower) || SAY_VERBS.has(t.lower)) return null;
      continue;
    }
    const opener = tokens[k + 1]!;
    // "A mission doctor, the Swiss Dr. Lukas Imhof, recorded", "A local human rights group, the
    // Ranthal Citizens' Forum, puts": an article before a name in capitals is the name.
    const name = THE_A_AN.has(opener.lower) ? capitalisedRun(tokens, k + 2, comma) : null;
    if (name) return name;
    // ("The official count, published by the county crisis staff a month later, listed 61 dead",
    // "The official figures, published in the state gazette the following spring, gave": a
    // document described by its issuer speaks for the issuer.)
    const issuer = ISSUING.has(opener.lower) ? issuerInAside(tokens, k, comma) : null;
    if (issuer) return issuer;
    const described =
      opener.kind === "number" || (opener.kind === "word" && !startsUpper(opener.text));
    return described && k + 1 < comma ? subjectRun(tokens, k, floor, loose) : null;
  }
  return null;
}

/** Participles of making a document public, whose agent issued it ("published by", "issued by"). */
const ISSUING = new Set(["published", "issued", "released"]);
const BY_OR_IN = new Set(["by", "in"]);
/** Words that end an issuer's name and open a time ("… staff a month later", "… office that April"). */
const AFTER_AN_ISSUER = new Set([
  "a",
  "an",
  "the",
  "that",
  "this",
  "last",
  "on",
  "in",
  "at",
  "after",
]);

/**
 * The issuer named in an aside (opened by the comma at `open`) that describes a document:
 * "published by the county crisis staff a month later", "published in the state gazette the
 * following spring" — the words after "by" or "in" up to a time's first word — when the document
 * before the aside is one that speaks for its issuer; else null.
 */
function issuerInAside(
  tokens: readonly Token[],
  open: number,
  comma: number,
): [number, number] | null {
  if (!BY_OR_IN.has(tokens[open + 2]?.lower ?? "")) return null;
  const doc = tokens[open - 1];
  if (!doc || !DOCUMENT_NOUNS.test(doc.lower)) return null;
  let from = open + 3;
  while (from < comma && THE_A_AN.has(tokens[from]!.lower)) from++;
  let to = from;
  while (to < comma && tokens[to]!.kind === "word" && !AFTER_AN_ISSUER.has(tokens[to]!.lower)) to++;
  return to > from && plausible(tokens, from, to, true) ? [from, to] : null;
}

/** Marks inside a name: "Dr. Lukas Imhof", "Ranthal Citizens' Forum". */
const NAME_MARKS = new Set([".", "'", "’"]);

/**
 * [from, to) when every word there is capitalised (a name: "Swiss Dr. Lukas Imhof", "Ranthal
 * Citizens' Forum", its full stops allowed) and it has at least two, else null.
 */
function capitalisedRun(
  tokens: readonly Token[],
  from: number,
  to: number,
): [number, number] | null {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (NAME_MARKS.has(t.text)) continue;
    if (t.kind !== "word" || !startsUpper(t.text)) return null;
    words++;
  }
  return words >= 2 ? [from, to] : null;
}

/**
 * "Dr. Helen Carstairs, an Englishwoman who has worked in Lanshui for sixteen years, told me":
 * the speaker a relative clause's noun describes in apposition — a name of two capitalised words
 * or more before the comma that opens the description — not the description.
 */
function nameBeforeDescription(
  tokens: readonly Token[],
  head: number,
  floor: number,
): [number, number] | null {
  if (tokens[head - 1]?.text !== "," || !THE_A_AN.has(tokens[head]!.lower)) return null;
  const comma = head - 1;
  let from = comma;
  while (
    from > floor &&
    comma - from < SHORT &&
    (tokens[from - 1]!.text === "." ||
      (tokens[from - 1]!.kind === "word" && startsUpper(tokens[from - 1]!.text)))
  )
    from--;
  if (tokens[from]?.text === ".") from++;
  const span = capitalisedRun(tokens, from, comma);
  return span &&
    span[0] === from &&
    (from === floor ||
      tokens[from - 1]!.sentence !== tokens[from]!.sentence ||
      !startsUpper(tokens[from - 1]!.text))
    ? span
    : null;
}

/** The longest aside between commas before a verb ("The ministry, as always, speaks of"). */
const ASIDE_REACH = 10;
const ASIDE_OPENERS =
  /^(as|in|for|on|at|by|with|after|before|like|unlike|however|meanwhile|moreover|too|also|again|once|then|now|still|therefore|though)$/;

/** The subject before a short aside set off by commas that ends at `verb`, or null. */
function pastAside(tokens: readonly Token[], verb: number, floor: number): [number, number] | null {
  for (let k = verb - 1; k > floor && verb - k <= ASIDE_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ",") {
      // (An aside opens with a preposition or an adverb: "Since the roads were closed, health
      // workers have recorded" has its subject after the comma.)
      // ("The army's own report, written weeks later, spoke of": a participle opens one too.)
      const opener = tokens[k + 1]?.lower ?? "";
      const aside = ASIDE_OPENERS.test(opener) || PARTICIPLE_END.test(opener);
      return aside && tokens[k - 1]?.kind === "word" && verb - k > 1
        ? subjectRun(tokens, k, floor)
        : null;
    }
    if (t.kind !== "word" || SAY_VERBS.has(t.lower)) return null;
  }
  return null;
}

const PREPOSITIONS_BEFORE_A_RELATIVE = new Set([
  "in",
  "of",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "to",
  "under",
  "during",
  "after",
]);
/** Most words of a speaker between a relative pronoun and its own verb. */
const INSIDE_RELATIVE = 4;

/**
 * "The crowd, which witnesses put at about 3,000", "a crowd which police put at 5,000", "The march,
 * which its organisers said had drawn some 8,000 people": the verb is the relative clause's own,
 * and its subject the words between the pronoun and the verb — not the noun the clause follows.
 * (A clause closed by a comma before the verb, "The Red Cross, which visited …, counted", is read
 * by the caller.)
 */
function subjectInsideRelative(
  tokens: readonly Token[],
  relative: number,
  verb: number,
  loose: boolean,
): [number, number] | null {
  const lower = tokens[relative]!.lower;
  // (Not "who", which is the clause's subject itself: "Nuns who escaped said", "Relatives who
  // gathered at the gates said".)
  if (lower !== "which" && lower !== "whom") return null;
  // ("the LaGrand case, in which the Court declared that": a clause of a place or a time speaks of
  // what follows it, not of the noun before.)
  if (PREPOSITIONS_BEFORE_A_RELATIVE.has(tokens[relative - 1]?.lower ?? "")) return null;
  if (verb - relative - 1 < 1 || verb - relative - 1 > INSIDE_RELATIVE) return null;
  for (let k = relative + 1; k < verb; k++) if (tokens[k]!.kind !== "word") return null;
  return plausible(tokens, relative + 1, verb, loose) ? [relative + 1, verb] : null;
}

/** How far back a relative clause between a subject and its verb is looked for. */
const RELATIVE_REACH = 12;

/** The relative pronoun ("who", "which") opening a clause that ends right before `verb`, or -1. */
function relativeBefore(tokens: readonly Token[], verb: number, floor: number): number {
  for (let k = verb - 1; k > floor && verb - k <= RELATIVE_REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === "who" || t.lower === "which" || t.lower === "whose") return k;
    // ("The official inquiry, which reported in 1947, counted": a verb of saying inside the
    // relative clause is no boundary.)
    if (t.sentence !== tokens[verb]!.sentence || BOUNDARIES.has(t.lower)) return -1;
  }
  return -1;
}

function subjectRun(
  tokens: readonly Token[],
  verb: number,
  floor: number,
  loose = false,
): [number, number] | null {
  let from = verb;
  while (from > floor && verb - from < MAX_WORDS) {
    const t = tokens[from - 1]!;
    // ("The so-called "Red Crescent Society" of the regime claims": a name in quotation marks.)
    const open = QUOTE_MARKS.has(t.text) ? quotedNameStart(tokens, from - 1, floor) : -1;
    if (open >= 0) {
      from = open;
      break;
    }
    if (BOUNDARIES.has(t.lower) || t.sentence !== tokens[verb]!.sentence) break;
    // ("NKVD convoy reports record …": a document's plural right before the verb is its subject,
    // not a verb of saying.)
    // (Not before a relative clause's comma: "The post-mortem reports, which …, show".)
    if (
      SAY_VERBS.has(t.lower) &&
      !(from === verb && DOCUMENT_NOUNS.test(t.lower) && !BOUNDARIES.has(tokens[verb]!.lower))
    )
      break;
    from--;
  }
  // "a photographer who said": the speaker is the noun the relative pronoun follows.
  // ("… disputed by doctors, who say": the comma before the pronoun too.)
  if (from === verb && WHO_OR_WHOM.has(tokens[verb - 1]?.lower ?? "")) {
    const base = tokens[verb - 2]?.text === "," ? verb - 2 : verb - 1;
    let start = base;
    while (
      start > floor &&
      base - start < 3 &&
      tokens[start - 1]!.kind === "word" &&
      !WORDS_BEFORE_NO_SPEAKER.has(tokens[start - 1]!.lower)
    )
      start--;
    return plausible(tokens, start, base) ? [start, base] : null;
  }
  if (from > floor && verb - from >= MAX_WORDS) return null;
  from = pastSectionNumber(tokens, from, verb);
  const start = from;
  // Auxiliaries between subject and verb ("officials have said") are not part of the name.
  let to = verb;
  while (to > from && AUXILIARIES_AFTER_A_SUBJECT.has(tokens[to - 1]!.lower)) to--;
  // "In total the team recorded": a leading adverbial phrase is not part of the speaker.
  if (ADVERBIAL_PREPOSITIONS.has(tokens[from]!.lower)) {
    let det = tokens.slice(from, to).findIndex((t) => THE_A_AN.has(t.lower));
    // ("For the whole week the authorities give": the phrase after the adverbial's own noun, not
    // "the Commission of the Republic" or "the State Commission for the Investigation …", whose
    // second article follows a preposition.)
    if (det > 0) {
      for (let k = from + det + 2; k < to - 1; k++) {
        if (ADVERBIAL_PREPOSITIONS.has(tokens[k]!.lower) || FROM_OR_OF.has(tokens[k]!.lower)) break;
        if (THE_A_AN.has(tokens[k]!.lower)) {
          det = k - from;
          break;
        }
      }
      from += det;
    }
    // "On 4 September investigators found": past a date with no article.
    else {
      let k = from + 1;
      while (k < to - 1 && (tokens[k]!.kind === "number" || monthNumber(tokens[k]!.text) > 0)) k++;
      if (k > from + 1) from = k;
    }
  }
  if (to - from > SHORT) {
    for (let k = from + 1; k < to; k++) {
      if (CHUNK_END.has(tokens[k]!.lower)) {
        to = k;
        break;
      }
    }
  }
  const owned = ownerOfDocument(tokens, from, to, SHOW_VERBS.has(tokens[verb]?.lower ?? ""));
  // "The record shows", "Photographs show": a document or a picture with no one behind it.
  if (owned === null) return null;
  if (owned[0] === from && owned[1] === to && SHOW_VERBS.has(tokens[verb]?.lower ?? ""))
    return null;
  [from, to] = owned;
  // (A run that opened with a preposition is an adverbial: "estimates at the time put it at".)
  const lax = loose && !ADVERBIAL_PREPOSITIONS.has(tokens[start]!.lower);
  return to - from <= MAX_WORDS / 2 + 2 && plausible(tokens, from, to, lax) ? [from, to] : null;
}

/** Auxiliaries and negation, which no speaker's name holds. */
const FINITE_IN_A_CLAUSE = new WordSet([
  "were",
  "was",
  "is",
  "are",
  "could",
  "would",
  "did",
  "does",
  "not",
  "cannot",
]);
const QUOTE_MARKS = new Set(['"', "”"]);
const OPENING_QUOTES = new Set(['"', "“"]);
/** Words before a name set in quotation marks ("the so-called "relief committee"", "its "army""). */
const BEFORE_A_QUOTED_NAME = new Set(["the", "a", "an", "called", "its", "their"]);
/** Most words of a name in quotation marks. */
const QUOTED_NAME_WORDS = 6;

/**
 * "The "international administration" admits", "a so-called "relief committee" which claims",
 * "The so-called "Voice of Free Asia", a radio station …, claimed": the partisan press names the
 * bodies it disputes in quotation marks, and the quoted words are the speaker's name. The index
 * of the opening mark when the closing mark at `close` ends a short run of words that an article
 * or "so-called" opens, else -1 (not a quotation of speech: "… everyone" he said).
 */
function quotedNameStart(tokens: readonly Token[], close: number, floor: number): number {
  for (let j = close - 1; j > floor && close - j <= QUOTED_NAME_WORDS + 1; j--) {
    const t = tokens[j]!;
    if (OPENING_QUOTES.has(t.text))
      return j < close - 1 && BEFORE_A_QUOTED_NAME.has(tokens[j - 1]?.lower ?? "") ? j : -1;
    if (t.kind !== "word" || t.sentence !== tokens[close]!.sentence) return -1;
  }
  return -1;
}

/**
 * "4.1 The Commission finds that …", "3.1 The district hospital recorded …": a report's section
 * number opening the sentence (its parts joined by full stops with no space) is no part of the
 * subject after it. The index of the subject's first word.
 */
function pastSectionNumber(tokens: readonly Token[], from: number, verb: number): number {
  const first = tokens[from];
  if (first?.kind !== "number" || tokens[from - 1]?.sentence === first.sentence) return from;
  let k = from;
  while (
    k + 2 < verb &&
    tokens[k + 1]!.text === "." &&
    tokens[k + 1]!.start === tokens[k]!.end &&
    tokens[k + 2]!.kind === "number" &&
    tokens[k + 2]!.start === tokens[k + 1]!.end
  )
    k += 2;
  return k > from && k + 1 < verb && startsUpper(tokens[k + 1]!.text) ? k + 1 : from;
}

/** Verbs that make a document, not a person, the subject ("figures … show"). */
const SHOW_VERBS = new Set(["show", "shows", "showed", "indicate", "indicates"]);

/** Nouns for a document or a count that speaks for whoever made it. */
const DOCUMENT_NOUNS =
  /^(report|reports|figures|figure|data|statistics|records|count|tally|estimate|estimates|list|survey)$/;

/**
 * "The commission's final report lists", "Figures from the health ministry show": the speaker is
 * whoever owns or issued the document, not the document.
 */
function ownerOfDocument(
  tokens: readonly Token[],
  from: number,
  to: number,
  shows: boolean,
): [number, number] | null {
  if (to - from >= 2 && DOCUMENT_NOUNS.test(tokens[to - 1]!.lower)) {
    for (let k = to - 2; k >= from; k--) if (isPossessive(tokens[k]!.text)) return [from, k + 1];
  }
  // "The administration's report of 1932 put …": the owner before a document dated after it.
  for (let k = from; k < to - 1; k++)
    if (isPossessive(tokens[k]!.text) && DOCUMENT_NOUNS.test(tokens[k + 1]!.lower))
      return [from, k + 1];
  const issuer = shows ? null : issuerBefore(tokens, from, to);
  if (issuer) return issuer;
  let k = from;
  while (k < to && REPORT_ADJECTIVES.has(tokens[k]!.lower)) k++;
  // "Clinic data from 14 of the centres show": a document whose issuer is no speaker.
  if (DOCUMENT_NOUNS.test(tokens[k + 1]?.lower ?? "") && k + 1 < to) k++;
  if (DOCUMENT_NOUNS.test(tokens[k]?.lower ?? "")) {
    if (FROM_OF_BY.has(tokens[k + 1]?.lower ?? "") && k + 2 < to) return [k + 2, to];
    if (k + 1 >= to) return null;
  }
  return [from, to];
}

/**
 * Documents that state their issuer's figures: not records or data ("Hospital records show",
 * "hospital records later listed": the publisher's reading of what they hold).
 */
const ISSUED = /^(report|reports|figures|figure|estimate|estimates|count|tally|survey)$/;

/**
 * "A police report put …", "A 1949 NKVD report counted …", "Police estimates … put it at", "NKVD
 * convoy reports record …", "Detention authority figures … give": the issuer named before its
 * document, which speaks for it as an owner with "'s" does ("The commission's report lists"). Past
 * an article, a report's adjective or its year; only a plausible speaker ("casualty figures", "a
 * new report" name none), and a lone word opening the sentence only if it names a speaker's kind
 * ("Police estimates", not "Casualty figures").
 */
function issuerBefore(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  if (to - from < 2 || !ISSUED.test(tokens[to - 1]!.lower)) return null;
  let k = from;
  while (
    k < to - 1 &&
    (ARTICLES_AND_REPORT_ADJECTIVES.has(tokens[k]!.lower) ||
      (tokens[k]!.kind === "number" && YEAR_1800_2099.test(tokens[k]!.text)))
  )
    k++;
  if (k >= to - 1 || OWNER_PRONOUNS.has(tokens[k]!.lower)) return null;
  for (let j = k; j < to - 1; j++)
    if (tokens[j]!.kind !== "word" || DOCUMENT_NOUNS.test(tokens[j]!.lower)) return null;
  if (!plausible(tokens, k, to - 1)) return null;
  if (k === to - 2 && tokens[k]!.sentence !== tokens[k - 1]?.sentence) {
    const lone = tokens[k]!;
    if (!SPEAKER_NOUNS.test(lone.lower) && roleOf(lone.text) === "other") return null;
  }
  return [k, to - 1];
}

/**
 * Past a document named before its issuer ("figures from the Red Cross", "the latest data
 * released by the ministry"): the index of the issuer's first word, or `at` itself.
 */
export function pastDocumentNoun(tokens: readonly Token[], at: number): number {
  let k = at;
  while (ARTICLES_AND_REPORT_ADJECTIVES.has(tokens[k]?.lower ?? "")) k++;
  if (!DOCUMENT_NOUNS.test(tokens[k]?.lower ?? "")) return at;
  // "the list of victims prepared by the Human Rights Office": the issuer after "by".
  for (let j = k + 1; j < k + 6 && tokens[j]?.kind === "word"; j++)
    if (tokens[j]!.lower === "by") return j + 1;
  k++;
  // ("figures of the municipal authorities", not "the list of victims".)
  const of = tokens[k]?.lower === "of" && !THE_A_AN.has(tokens[k + 1]?.lower ?? "");
  return FROM_OR_OF.has(tokens[k]?.lower ?? "") && !of ? k + 1 : at;
}

/**
 * Where a phrase that starts at tokens[at] ends: at a boundary word, a full stop, the sentence's
 * end, another verb of saying, or after SHORT words — shared by a speaker after "said" and a
 * source after "according to", which end the same way.
 */
function phraseEnd(tokens: readonly Token[], at: number, ceiling: number): number {
  let to = at;
  while (to < ceiling && to - at < SHORT) {
    const t = tokens[to]!;
    if (BOUNDARIES.has(t.lower) || t.text === "." || t.sentence !== tokens[at]?.sentence) break;
    if (to > at && SAY_VERBS.has(t.lower)) break;
    to++;
  }
  return to;
}

/** The speaker phrase starting at tokens[at] ("… said Raisa Aslanova, who …"). */
export function phraseAfter(
  tokens: readonly Token[],
  at: number,
  ceiling: number,
  loose = false,
): [number, number] | null {
  const to = phraseEnd(tokens, at, ceiling);
  return plausible(tokens, at, to, loose) ? [at, to] : null;
}

/**
 * "… according to the parish priest", "…, according to a League of Nations report": whatever
 * "according to" names is the source, in lower case or not; a document at its end ("report",
 * "figures") speaks for whoever is named before it.
 */
export function sourceAfterAccording(
  tokens: readonly Token[],
  at: number,
  ceiling: number,
): [number, number] | null {
  let to = phraseEnd(tokens, at, ceiling);
  // ("according to its own figures": the owner is named elsewhere.)
  if (to === at || OWNER_PRONOUNS.has(tokens[at]!.lower)) return null;
  if (to - at >= 2 && DOCUMENT_NOUNS.test(tokens[to - 1]!.lower)) to--;
  return plausible(tokens, at, to, true) ? [at, to] : null;
}

const OWNER_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my"]);

/** Words that end no speaker's name: articles, prepositions, adverbs of time and place. */
const NO_NAME_END = new Set([
  ...THE_A_AN,
  ...ADVERBIAL_PREPOSITIONS,
  "of",
  "to",
  "with",
  "also",
  "later",
  "then",
  "now",
  "today",
  "yesterday",
  "here",
  "too",
  "again",
  "own",
  ...OWNER_PRONOUNS,
]);

/**
 * Whether tokens [from, to) may name a speaker. Strictly, some word must name one (a capital, a
 * role, a speaker's noun); `loose`, for the subject of a plain verb of saying or what "according
 * to" names, any noun phrase will do ("the coast guard said", "state media said"), as English puts
 * only a speaker there.
 */
function plausible(tokens: readonly Token[], from: number, to: number, loose = false): boolean {
  if (to <= from) return false;
  // ("The "international administration" admits": a name the text sets in quotation marks.)
  // (Its words read loosely, as any name: not an event's, "the “Khojaly Massacre” …".)
  if (OPENING_QUOTES.has(tokens[from]!.text) && quotedNameStart(tokens, to - 1, from - 1) === from)
    return plausible(tokens, from + 1, to - 1, true);
  const words = tokens.slice(from, to);
  // ("One Russian journalist said": "one" before a speaker's noun is an article, not a count.)
  // ("PW17", "P.W.7": a number glued to the letters before it is part of a witness's code.)
  if (
    words.some(
      (t, i) =>
        isNumberish(t) &&
        !(i === 0 && t.lower === "one" && words.length > 1) &&
        !(i > 0 && words[i - 1]!.end === t.start && words[i - 1]!.kind === "word"),
    )
  )
    return false;
  if (words.length === 1 && PRONOUNS.has(words[0]!.lower)) return false;
  // ("whose husband and brother were among those taken, stated", "The Assembly is alarmed by
  // reports that", "the Commission could not confirm reports that": a finite verb inside the
  // words makes them a clause, not a name.)
  if (words.some((t) => FINITE_IN_A_CLAUSE.hasToken(t))) return false;
  // ("A plaque on the chapel wall lists 162 names", "A memorial at Chullpa lists 643 names": the
  // names on a monument are the publisher's to report, as the eval set's conventions read them;
  // "Memorial", a body's name, keeps its capital, and "the memorial committee" is a body: only a
  // monument that heads its phrase, before a preposition or at its end.)
  if (
    words.some(
      (t, i) =>
        MONUMENTS.has(t.text) && (i === words.length - 1 || ADPOSITIONS.has(words[i + 1]!.text)),
    )
  )
    return false;
  // ("figures published by the office that April gave …": a month names no speaker.)
  if (words.length === 1 && monthNumber(words[0]!.text) > 0) return false;
  if (EVENT_NOUNS.has(words[words.length - 1]!.lower)) return false;
  if (loose) {
    const last = words[words.length - 1]!;
    if (last.kind === "word" && !NO_NAME_END.has(last.lower) && !PRONOUNS.has(last.lower))
      return true;
  }
  // ("• Deaths recorded: 1,865", "DNA analysis identified": a capitalised word of a count names
  // no speaker, unless it names a speaker's kind, "Survivors", "Refugees".)
  return words.some((t) => {
    if (t.kind !== "word") return false;
    if (SPEAKER_NOUNS.test(t.lower)) return true;
    const role = roleOf(t.text);
    if (HEADS.has(t.lower) || WORD_MEASURE.has(t.lower))
      return role !== "other" && role !== "person";
    return startsUpper(t.text) || role !== "other";
  });
}

export function isPronoun(tokens: readonly Token[], span: [number, number]): boolean {
  return span[1] - span[0] === 1 && PRONOUNS.has(tokens[span[0]]!.lower);
}
