/**
 * Who states a claim inside its source. A claim inside a quotation belongs to the quoted speaker
 * ("…”, said Raisa Aslanova); otherwise an attribution in its sentence ("according to X",
 * "X said/told/estimated …") names the claimant; failing both, the publisher speaks.
 */
import type { Claimant } from "../model/claim.js";
import { startsUpper } from "../text/char-class.js";
import { HAS_DIGIT, POSSESSIVE } from "../text/word-shapes.js";
import { monthNumber } from "./calendar.js";
import { HEADS, MEASURE_CUES, SAY_VERBS } from "./lexicon.js";
import { mastheadNames } from "./own-voice.js";
import { findQuotes, type Quote, quoteAt } from "./quotes.js";
import {
  INVERTIBLE,
  isPronoun,
  pastDocumentNoun,
  phraseAfter,
  roleOf,
  sourceAfterAccording,
  subjectBefore,
} from "./speaker-phrase.js";
import { findSpeakerTurns, type SpeakerTurn, turnAt } from "./speaker-turns.js";
import type { Token } from "./tokens.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const AND_OR_BUT = new Set(["and", "but"]);
const AND_OR = new Set(["and", "or"]);
const AUXILIARIES_BEFORE_A_VERB = new Set([
  "have",
  "has",
  "had",
  "also",
  "later",
  "then",
  "further",
  "was",
  "is",
  "were",
  "are",
  "now",
  "once",
]);
const CLAUSE_STARTS = new Set(["at", "in", "on", "that", "as", "for", "from", "to", "during"]);
const COLON_OR_COMMA = new Set([":", ","]);
const COMMA_OR_PERIOD = new Set([",", "."]);
const COMMA_OR_RELATIVE = new Set([",", "who", "which", "whose", "whom"]);
const COUNT_ADJECTIVES = new Set(["own", "latest", "official", "final", "provisional"]);
const FIGURE_NOUNS = new Set(["toll", "figure", "figures", "number", "count", "total", "estimate"]);
const FIRST_PERSON_POSSESSIVES = new Set(["our", "my"]);
const OUR_MY_I_WE = new Set(["our", "my", "i", "we"]);
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
const WAS_OR_IS = new Set(["was", "is"]);
const WERE_WAS_BEEN_IS_ARE = new Set(["were", "was", "been", "is", "are"]);
const WORDS_AFTER_A_REPORT = new Set(["as", "up", "about", "over", "more", "only", "at"]);
const WORDS_BEFORE_A_REPORT_NOUN = new Set([
  "of",
  "the",
  "these",
  "those",
  "such",
  "recent",
  "media",
  "press",
  "news",
  "unconfirmed",
  "many",
  "earlier",
]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const LEADING_ARTICLE = /^(the|a|an)\s/i;
const PLURAL_POSSESSIVE = /s['’]$/;
const WITNESS_WORDS = /resident|witness|survivor|refugee|hostage/i;
const SPACE = /\s/;
const PARENTHESIS_ENDS_CLAUSE = /^(\s*[;\n]|\s*$|\.\s|\.$|\t)/;
const SOURCE_LEAD = /^(per|according to|source:)\s+/i;
const OUR_OR_MY = /^(our|my)\b/i;
const STARTS_LETTER = /^\p{L}/u;
const SPACES_AND_COMMAS = /[\s,]+/;

/** Shorter quotations are names or scare quotes ("free corridor"), not speech. */
const MIN_QUOTE = 15;
/** How many tokens either side of a claim its attribution is looked for in. */
const CLAUSE_REACH = 80;

export interface Attribution {
  readonly name: string;
  readonly role: Claimant["role"];
  /** Cleaned-text span of the phrase naming the claimant. */
  readonly span: { start: number; end: number } | null;
}

export interface AttributionContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quotes: readonly Quote[];
  readonly sentences: ReadonlyMap<number, [number, number]>;
  readonly publisher: string;
  readonly turns: readonly SpeakerTurn[];
  /** Indices of the tokens that are reporting verbs, and of the semicolons, in text order. */
  readonly verbs: readonly number[];
  readonly semicolons: readonly number[];
  /**
   * Indices of the words that may open an owner's count ("by", "on", "in": tallyOwner) and of
   * "case" (caseOwner), in text order: each claim looks up its clause's few instead of reading
   * every token of the clause.
   */
  readonly tallyOpeners: readonly number[];
  readonly cases: readonly number[];
  /** Indices of "that", in text order (speechBefore: whether a clause reports speech of its own). */
  readonly thats: readonly number[];
  /** Indices of the nouns of a register ("list", "ledger"), in text order (registerKeeper). */
  readonly registers: readonly number[];
  /** Each token's start offset, in token order (tokenIndexAt). */
  readonly starts: Int32Array;
  /** The names the text's masthead shows, lower case (own-voice.ts). */
  readonly own: ReadonlySet<string>;
  readonly ownLengths: ReadonlySet<number>;
}

/**
 * Verbs with which a court states its findings besides the verbs of saying ("The Court notes
 * that", "The Appeals Chamber upholds the finding that", "The Panel held that", "The Chamber
 * heard that"): they state a finding only with a court as subject and a "that" after them.
 */
const FINDING_VERBS = [
  "notes",
  "note",
  "upholds",
  "upheld",
  "recalls",
  "held",
  "holds",
  "heard",
  "considers",
  "considered",
];
/** A word's kinds, as bits: a verb of saying, a court's verb of finding, a register's noun. */
const SAYING = 1;
const FINDING = 2;
const REGISTER = 4;
const THAT_ONLY = 8;
const CONCEDED = 16;
/**
 * "The regime's own newspapers admitted 23 dead", "The government itself admitted to about 2,000
 * deaths": admitting a toll states it; a hospital that "admitted 94 people with gunshot wounds"
 * took them in. Only before a count of the dead or the held, within a few words.
 */
const TOLL_WORDS = new Set(["dead", "deaths", "killed", "killings", "detentions", "arrests"]);
const TOLL_AFTER = 5;

/** Whether a word of a toll follows the verb at `i` within its next few words. */
function tollFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + TOLL_AFTER && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (TOLL_WORDS.has(t.lower)) return true;
    if (t.sentence !== tokens[i]!.sentence || t.text === "," || t.text === ";") return false;
  }
  return false;
}
/**
 * Verbs of a party's or a witness's statement in a judgment that say only before their "that"
 * ("The investigating officer deposed that", "The defence submit that"): "submit" is a verb of
 * yielding as often. (Not "state" before "that": it cost the fresh thirty-fifth batch four
 * claimants, as "the State that" and "a state that" are no speech.)
 */
const THAT_ONLY_VERBS = [
  "aver",
  "avers",
  "averred",
  "deposed",
  "deposes",
  "submit",
  // "The Governor has informed me that …", "The refugee agency informs me that …"
  "informs",
  "informed",
];
/** How far after such a verb its "that" may come ("state in their affidavits that"). */
const THAT_AFTER = 5;

/** Whether a "that" follows the verb at `i` within its clause's next few words. */
function thatFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + THAT_AFTER && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === "that") return true;
    if (t.kind === "punct" || t.sentence !== tokens[i]!.sentence) return false;
  }
  return false;
}
/** Nouns of a list of names or a register, whose count is its keeper's (registerKeeper). */
const REGISTER_NOUNS = ["list", "lists", "register", "registers", "ledger", "ledgers", "notebook"];
/** Each word's kinds, looked up once a word (this runs for every token). */
const VERB_KINDS = new Map<string, number>();
for (const [words, kind] of [
  [FINDING_VERBS, FINDING],
  [SAY_VERBS, SAYING],
  [REGISTER_NOUNS, REGISTER],
  [THAT_ONLY_VERBS, THAT_ONLY],
  [["admitted"], CONCEDED],
] as const)
  for (const w of words) VERB_KINDS.set(w, (VERB_KINDS.get(w) ?? 0) | kind);
const COURTS = new Set(["court", "chamber", "tribunal", "panel", "bench", "judge", "judges"]);
const COURT_IN_NAME = /\b(court|chamber|tribunal|panel|bench)\b/;
const ADVERBS_OF_A_FINDING = new Set(["also", "further", "therefore", "thus", "then", "now"]);
const FINDING_NOUNS = new Set(["finding", "findings"]);

/** Whether the finding verb at `i` has a court before it and a "that" (or "the finding that") after. */
function courtFinds(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ADVERBS_OF_A_FINDING.has(tokens[k]!.lower)) k--;
  if (k < 0 || !COURTS.has(tokens[k]!.lower)) return false;
  if (tokens[i + 1]?.lower === "that") return true;
  return FINDING_NOUNS.has(tokens[i + 2]?.lower ?? "") && tokens[i + 3]?.lower === "that";
}

/**
 * Prepares the quotes and sentence index of a cleaned text for attribution lookups (`original`,
 * the text before cleaning, for its masthead).
 */
export function attributionContext(
  text: string,
  tokens: readonly Token[],
  publisher: string,
  original: string = text,
): AttributionContext {
  const sentences = new Map<number, [number, number]>();
  const verbs: number[] = [];
  const semicolons: number[] = [];
  const tallyOpeners: number[] = [];
  const cases: number[] = [];
  const thats: number[] = [];
  const registers: number[] = [];
  const starts = new Int32Array(tokens.length);
  // Tokens come in sentence order: a sentence's range is open until the next one begins.
  let range: [number, number] | undefined;
  let current = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== current || !range) {
      current = t.sentence;
      range = sentences.get(current);
      if (!range) {
        range = [i, i + 1];
        sentences.set(current, range);
      }
    }
    range[1] = i + 1;
    starts[i] = t.start;
    // (Only a word is looked up: a number or a mark is no verb, and this runs for every token.)
    if (t.kind !== "word") {
      if (t.text === ";") semicolons.push(i);
      continue;
    }
    const w = t.lower;
    const kind = VERB_KINDS.get(w);
    if (kind !== undefined) {
      if (
        (kind & SAYING) !== 0 ||
        ((kind & FINDING) !== 0 && courtFinds(tokens, i)) ||
        ((kind & THAT_ONLY) !== 0 && thatFollows(tokens, i)) ||
        ((kind & CONCEDED) !== 0 && tollFollows(tokens, i))
      )
        verbs.push(i);
      if ((kind & REGISTER) !== 0) registers.push(i);
    }
    if (w === "by" || w === "on" || w === "in") tallyOpeners.push(i);
    else if (w === "case") cases.push(i);
    else if (w === "that") thats.push(i);
  }
  // (From the text as written: cleaning drops a PDF's running head, which is often the name.)
  const own = mastheadNames(original);
  return {
    text,
    tokens,
    quotes: findQuotes(text),
    sentences,
    publisher,
    turns: findSpeakerTurns(text),
    verbs,
    semicolons,
    tallyOpeners,
    cases,
    thats,
    registers,
    starts,
    own,
    ownLengths: new Set([...own].map((n) => n.length)),
  };
}

/**
 * "Steppe Rights Watch has documented …" in a report whose masthead reads STEPPE RIGHTS WATCH: a
 * claimant that is the publisher by the name its page shows is the publisher's own voice.
 */
export function ownVoice(ctx: AttributionContext, who: Attribution): Attribution {
  // (A name of another length is no masthead's: most claims are done without a lower-cased copy.)
  if (!ctx.ownLengths.has(who.name.length) || who.role === "publisher") return who;
  const name = who.name.toLowerCase();
  // (A court that names itself claims its findings as the court: the fifth round's convention.)
  return ctx.own.has(name) && !COURT_IN_NAME.test(name)
    ? { name: ctx.publisher, role: "publisher", span: null }
    : who;
}

/** Index of the first entry of sorted `list` that is at least `x`. */
function firstAtOrAfter(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the token starting at or last before `offset` (the first token if none), searched in
 * the tokens' starts: a contiguous array, where a search through the token objects themselves
 * touched a scattered object at every step (half of claimantFor's time on a long text).
 */
function tokenIndexAt(ctx: AttributionContext, offset: number): number {
  const { starts } = ctx;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** White space other than single spaces, which a name is written without. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/**
 * A claimant's words as a name: white space as single spaces, without a leading article. Each
 * pattern runs only where it can change something (names are made for most claims).
 */
function nameText(words: string): string {
  const spaced = LOOSE_SPACE.test(words) ? words.replace(/\s+/g, " ") : words;
  const first = spaced.charCodeAt(0) | 32;
  return first === 116 || first === 97 ? spaced.replace(LEADING_ARTICLE, "") : spaced;
}

function named(
  ctx: AttributionContext,
  span: [number, number] | null,
  role?: Claimant["role"],
): Attribution | null {
  if (!span) return null;
  // "our teams estimate", "our medical committee": the publisher speaking of its own (or, in a
  // speaker's turn or a witness's testimony, that speaker).
  // ("Our embassy in Belgrade reports": a body named by its place speaks for itself.)
  const placed = ctx.tokens
    .slice(span[0] + 1, span[1])
    .some((t) => startsUpper(t.text) && t.kind === "word");
  if (FIRST_PERSON_POSSESSIVES.has(ctx.tokens[span[0]]!.lower) && placed && span[1] - span[0] >= 3)
    return named(ctx, [span[0] + 1, span[1]], role);
  // "Between March and October 2003 our field researchers": the speaker starts at "our".
  for (let k = span[0] + 1; k < span[1] - 1; k++)
    if (FIRST_PERSON_POSSESSIVES.has(ctx.tokens[k]!.lower)) return named(ctx, [k, span[1]], role);
  if (OUR_MY_I_WE.has(ctx.tokens[span[0]]!.lower)) {
    const turn = turnAt(ctx.turns, ctx.tokens[span[0]]!.start);
    return turn
      ? { name: turn.name, role: roleOf(turn.name), span: turn.span }
      : { name: ctx.publisher, role: "publisher", span: null };
  }
  const start = ctx.tokens[span[0]]!.start;
  const end = ctx.tokens[span[1] - 1]!.end;
  const name = nameText(ctx.text.slice(start, end));
  // "The administration's report": the owner, without the possessive ending.
  const owner = name.replace(POSSESSIVE, "").replace(PLURAL_POSSESSIVE, "s");
  const to = end - (name.length - owner.length);
  return { name: owner, role: role ?? roleOf(owner), span: { start, end: to } };
}

/** Verbs that close a quotation as its tag ("…,” Rosa remembers) besides the verbs of saying. */
const QUOTE_TAG_VERBS = new Set(["remembers", "remembered", "recalls", "adds", "continues"]);
/** Third-person pronouns for a person: "…,” she says. */
const HE_OR_SHE = new Set(["he", "she"]);
/** Words after which a capitalised name is a subject ("named Lim Ah Kow", "When Teodora …"). */
const BEFORE_A_SUBJECT = new Set([
  "named",
  "called",
  "and",
  "when",
  "while",
  "as",
  "after",
  "because",
  "since",
  "until",
  "that",
]);
const OPENING_MARKS = new Set(['"', "“", "(", "‘", "—", ":"]);
/** How many sentences and tokens back a pronoun's person is looked for. */
const PERSON_SENTENCES = 3;
const PERSON_TOKENS = 160;
/** How far before a quotation the tag of the one before it is looked for. */
const QUOTE_TAG_REACH = 20;
/** How far a tag after a quotation that ended its sentence may run before it is a new statement. */
const TAG_LENGTH = 6;

/** Whether text[i] is a full stop, ! or ? (by char code: this runs for quoted claims). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63;
}

function isTagVerb(t: Token): boolean {
  return SAY_VERBS.has(t.lower) || QUOTE_TAG_VERBS.has(t.lower);
}

/**
 * "Klaus Weber, now 71, was one of them. “There were eleven of us,” he says": the person a "he"
 * or "she" speaking at token `at` stands for — the nearest name of a person in the sentences just
 * before, as a subject or an apposition (two capitalised words, or one set off by a comma, with a
 * possessive or inside its sentence; not "in Donji Brod" or "reached Donji Brod": a place).
 */
function personBefore(ctx: AttributionContext, at: number): Attribution | null {
  const { tokens } = ctx;
  const floor = Math.max(0, at - PERSON_TOKENS);
  const lastSentence = tokens[at]!.sentence - PERSON_SENTENCES;
  for (let k = at - 1; k >= floor && tokens[k]!.sentence >= lastSentence; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !startsUpper(t.text) || monthNumber(t.text) > 0) continue;
    // (Names inside a quotation are spoken of, not speaking.)
    const q = quoteAt(ctx.quotes, t.start);
    if (q) {
      k = tokenIndexAt(ctx, q.start);
      continue;
    }
    let from = k;
    while (
      from > floor &&
      tokens[from - 1]!.kind === "word" &&
      startsUpper(tokens[from - 1]!.text) &&
      tokens[from - 1]!.sentence === t.sentence
    )
      from--;
    const opensSentence =
      from === 0 ||
      tokens[from - 1]!.sentence !== t.sentence ||
      OPENING_MARKS.has(tokens[from - 1]!.text);
    const words = k + 1 - from;
    // (A subject or an apposition: "reached Donji Brod" names a place.)
    const before = tokens[from - 1];
    const subject =
      opensSentence || before!.kind === "punct" || BEFORE_A_SUBJECT.has(before!.lower);
    const fine =
      subject &&
      (words >= 2 || !opensSentence || tokens[k + 1]?.text === "," || POSSESSIVE.test(t.text));
    if (fine) {
      const span: [number, number] = [from, k + 1];
      const name = named(ctx, span);
      if (name && name.role === "person" && !isPronoun(tokens, span)) return name;
    }
    k = from;
  }
  return null;
}

/** Who "he" or "she" at token `at` is: a person named just before, or the last speaker named. */
function pronounSpeaker(ctx: AttributionContext, at: number): Attribution | null {
  return personBefore(ctx, at) ?? antecedent(ctx, at);
}

/** The speaker of a quotation, from the words just after or just before it. */
function quoteSpeaker(ctx: AttributionContext, q: Quote): Attribution | null {
  const { tokens } = ctx;
  let k = tokenIndexAt(ctx, q.end);
  if (tokens[k] && tokens[k]!.start < q.end) k++;
  while (tokens[k] && COMMA_OR_PERIOD.has(tokens[k]!.text) && tokens[k]!.start - q.end < 3) k++;
  const range = tokens[k] ? ctx.sentences.get(tokens[k]!.sentence) : undefined;
  if (range && tokens[k]!.start - q.end < 4) {
    if (SAY_VERBS.has(tokens[k]!.lower)) {
      const after = named(ctx, phraseAfter(tokens, k + 1, range[1]));
      if (after) return after;
    }
    // (A quotation that ended its sentence is tagged only by a short one: “….” Rosa remembers.
    // "Local officials say at least 470 …" after it is a new statement.)
    const ended = endsSentence(ctx.text, q.end - 2) || endsSentence(ctx.text, q.end - 3);
    for (let v = k + 1; v < Math.min(range[1], k + 10); v++) {
      if (isTagVerb(tokens[v]!)) {
        if (ended && range[1] - v > TAG_LENGTH) break;
        if (v === k + 1 && HE_OR_SHE.has(tokens[k]!.lower)) return pronounSpeaker(ctx, k);
        const span = phraseAfter(tokens, k, v);
        if (span && !isPronoun(tokens, span)) return named(ctx, span);
        break;
      }
    }
  }
  let j =
    tokenIndexAt(ctx, q.start) - (tokens[tokenIndexAt(ctx, q.start)]!.start >= q.start ? 1 : 0);
  if (j < 0 || q.start - tokens[j]!.end > 3) return null;
  if (COLON_OR_COMMA.has(tokens[j]!.text)) j--;
  if (tokens[j]?.text === ")") {
    let open = j;
    while (open > 0 && tokens[open]!.text !== "(" && j - open < 8) open--;
    const inner = ctx.text.slice(tokens[open]!.end, tokens[j]!.start);
    const role = WITNESS_WORDS.test(inner) ? "witness" : undefined;
    return named(ctx, subjectBefore(tokens, open, Math.max(0, open - 6)), role);
  }
  // "…”, said Agamehmet Mutif, one of the deserters. “Twelve were killed”": the speaker of the
  // previous quotation goes on speaking ("…,” she says. “Two walked out.”: as "she").
  for (let v = j; v > j - QUOTE_TAG_REACH && v >= 0; v--) {
    if (isTagVerb(tokens[v]!)) {
      if (HE_OR_SHE.has(tokens[v - 1]?.lower ?? "")) return pronounSpeaker(ctx, v - 1);
      const span = subjectBefore(tokens, v, Math.max(0, v - 8));
      if (span && !isPronoun(tokens, span)) return named(ctx, span);
      const inverted = INVERTIBLE.has(tokens[v]!.lower) ? phraseAfter(tokens, v + 1, j + 1) : null;
      return inverted ? named(ctx, inverted) : null;
    }
  }
  return null;
}

/** Words that are nouns as often as verbs ("witness claims regarding …") count only before "that" or a figure. */
const AMBIGUOUS = new Set([
  "claim",
  "claims",
  "reports",
  "report",
  "states",
  "estimate",
  "estimates",
  "notes",
]);

function nounUse(tokens: readonly Token[], k: number): boolean {
  // "put" says a figure only as "put the toll at N".
  if (tokens[k]!.lower === "put" || tokens[k]!.lower === "puts") {
    // "Casualties … were put at four": a passive names no one who put them there.
    if (WERE_WAS_BEEN_IS_ARE.has(tokens[k - 1]?.lower ?? "")) return true;
    for (let j = k + 1; j < k + 9 && j < tokens.length; j++) {
      if (tokens[j]!.lower === "at") return false;
      if (tokens[j]!.kind === "punct") return true;
    }
    return true;
  }
  // "The population of the region, estimated at 75,000": a participle after a comma says who was
  // counted, not who counts.
  if (
    tokens[k - 1]?.text === "," &&
    tokens[k]!.lower === "estimated" &&
    tokens[k + 1]?.lower === "at"
  )
    return true;
  // "gave a higher toll (of 4,200)": giving states a figure only when a toll or figure is given
  // ("gave greater legitimacy" says nothing); "speak of 23 martyrs" only with its "of".
  if (tokens[k]!.lower === "gave" || tokens[k]!.lower === "gives") {
    for (let j = k + 1; j < k + 5 && j < tokens.length; j++)
      if (FIGURE_NOUNS.has(tokens[j]!.lower)) return false;
    return true;
  }
  if (tokens[k]!.lower === "speak") return tokens[k + 1]?.lower !== "of";
  if (!AMBIGUOUS.has(tokens[k]!.lower)) return false;
  // "made of reports that …", "the claims that …": after a determiner it is a noun.
  if (WORDS_BEFORE_A_REPORT_NOUN.has(tokens[k - 1]?.lower ?? "")) return true;
  const next = tokens[k + 1];
  return !(
    next &&
    (next.lower === "that" || next.kind === "number" || WORDS_AFTER_A_REPORT.has(next.lower))
  );
}

/** Words of a count inside parentheses ("(defenders)", "(wounded)"): no claimant's name. */
const COUNT_WORDS = new Set([
  ...HEADS.keys(),
  ...MEASURE_CUES.flatMap(([, cues]) => cues.filter((c) => !c.includes(" "))),
]);
const SOURCE_SUFFIX = /\s+(claim|claims|estimate|estimates|figure|figures|count|sources?)$/i;
/** How far after a claim its closing parenthesis may stand ("31 killed, 60 wounded (UN mission)"). */
const PAREN_REACH = 80;

/**
 * "31 killed, more than 60 wounded (UN mission)", "21 (residents)": a name in parentheses that
 * closes the claim's segment of a list line names who gives its figures.
 */
function parenthesisedClaimant(text: string, end: number): Attribution | null {
  const limit = Math.min(text.length, end + PAREN_REACH);
  let open = end;
  // By char code: this runs forward from every claim. ( ) ; : . and line feed.
  while (open < limit && text.charCodeAt(open) !== 40) {
    const c = text.charCodeAt(open);
    // A new field ("Wounded: …"), clause or line is another statement.
    if (
      c === 59 ||
      c === 58 ||
      c === 10 ||
      c === 41 ||
      (c === 46 && SPACE.test(text[open + 1] ?? " "))
    )
      return null;
    open++;
  }
  if (text.charCodeAt(open) !== 40) return null;
  const close = text.indexOf(")", open);
  if (
    close < 0 ||
    close - open > 62 ||
    // (A tab after it opens the next column of an infobox line.)
    !PARENTHESIS_ENDS_CLAUSE.test(text.slice(close + 1, close + 3))
  )
    return null;
  const raw = text.slice(open + 1, close);
  const trimmed = raw.trim().replace(SOURCE_LEAD, "");
  // ("1,865 (our database)": our own count is the publisher's.)
  if (OUR_OR_MY.test(trimmed)) return null;
  // "(government estimate)", "(rebel claim)": the word after the name says it is a source.
  const inner = trimmed.replace(SOURCE_SUFFIX, "");
  if (inner.length < 2 || HAS_DIGIT.test(inner) || !STARTS_LETTER.test(inner)) return null;
  if (
    inner
      .toLowerCase()
      .split(SPACES_AND_COMMAS)
      .some((w) => COUNT_WORDS.has(w))
  )
    return null;
  const role = roleOf(inner);
  if (role === "other" && !startsUpper(inner) && inner === trimmed) return null;
  const from = close - raw.length + raw.indexOf(inner);
  return { name: inner, role, span: { start: from, end: from + inner.length } };
}

/** Third-person pronouns whose speaker was named before (first person is the publisher's). */
const THIRD_PERSON = new Set(["he", "she", "it", "they"]);

/** Whether the subject right before a reporting verb is a third-person pronoun. */
function pronounBefore(tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && AUXILIARIES_BEFORE_A_VERB.has(tokens[k]!.lower)) k--;
  return k >= 0 && THIRD_PERSON.has(tokens[k]!.lower);
}

/** How many sentences back a pronoun's speaker is looked for. */
const ANTECEDENT_REACH = 2;

/** The named subject of the last reporting verb before `verb`, within two sentences. */
function antecedent(ctx: AttributionContext, verb: number): Attribution | null {
  const { tokens } = ctx;
  const sentence = numberedFrom(ctx, verb);
  for (let v = firstAtOrAfter(ctx.verbs, verb) - 1; v >= 0; v--) {
    const k = ctx.verbs[v]!;
    if (tokens[k]!.sentence < sentence - ANTECEDENT_REACH) break;
    if (tokens[k]!.lower === "according" || nounUse(tokens, k)) continue;
    // ("Hajra's younger son was found in 2003": the subject of a passive says nothing; "The
    // Chamber is satisfied" does.)
    if (WERE_WAS_BEEN_IS_ARE.has(tokens[k - 1]?.lower ?? "") && tokens[k]!.lower !== "satisfied")
      continue;
    const range = ctx.sentences.get(tokens[k]!.sentence);
    const subject = range ? subjectBefore(tokens, k, range[0]) : null;
    if (subject && !isPronoun(tokens, subject)) return named(ctx, subject);
  }
  return null;
}

/**
 * The sentence of token `at`, counted from the sentence before its paragraph's number when one
 * opens it ("… by 17 May.\n\n3. It further found …": the number and its line are no sentence).
 */
function numberedFrom(ctx: AttributionContext, at: number): number {
  const { tokens } = ctx;
  const sentence = tokens[at]!.sentence;
  const first = ctx.sentences.get(sentence)?.[0] ?? at;
  const number = tokens[first - 2];
  const before = tokens[first - 3];
  return tokens[first - 1]?.text === "." &&
    number?.kind === "number" &&
    before !== undefined &&
    before.sentence !== number.sentence
    ? before.sentence + 1
    : sentence;
}

/** "by the police at 35,000", "by the team in 1992": the agent's phrase, up to a preposition. */
function agentAfter(
  tokens: readonly Token[],
  at: number,
  ceiling: number,
): [number, number] | null {
  let to = at;
  while (to < ceiling && to - at < 8 && !CLAUSE_STARTS.has(tokens[to]!.lower)) to++;
  // ("has been told by the territorial administration", "estimated by the harbour board": any
  // noun phrase tells or estimates; "identified by DNA analysis" or "reported by telephone" not.)
  return to > at ? phraseAfter(tokens, at, to, TELLING.has(tokens[at - 2]?.lower ?? "")) : null;
}

/** Verbs whose agent after "by" is whoever tells or estimates, named in lower case or not. */
const TELLING = new Set(["told", "estimated"]);

/** The reporting verb of the clause before `verb` (not used as a noun), or -1. */
function earlierVerb(ctx: AttributionContext, verb: number, from: number): number {
  for (let v = firstAtOrAfter(ctx.verbs, verb) - 1; v >= 0; v--) {
    const k = ctx.verbs[v]!;
    if (k < from) break;
    if (!nounUse(ctx.tokens, k) && ctx.tokens[k]!.lower !== "according") return k;
  }
  return -1;
}

/** Nouns for a count that its owner states ("by the ministry's count", "on Amnesty's tally"). */
const TALLY_NOUNS =
  /^(count|counts|tally|tallies|reckoning|estimate|estimates|estimation|calculation|calculations|figures|account|numbers|records)$/;

/**
 * "By the ministry's count, 340 people died", "… 90 killed, on Amnesty's tally": the owner of
 * the count in the claim's clause (not inside the claim's own span).
 */
function tallyOwner(
  ctx: AttributionContext,
  from: number,
  to: number,
  start: number,
  end: number,
): Attribution | null {
  const { tokens } = ctx;
  // The clause's "by", "on" and "in", in text order.
  for (let o = firstAtOrAfter(ctx.tallyOpeners, from); o < ctx.tallyOpeners.length; o++) {
    const k = ctx.tallyOpeners[o]!;
    if (k >= to - 2) break;
    // "by the reckoning of a truth commission": the owner after "of".
    if (
      tokens[k + 1]!.lower === "the" &&
      TALLY_NOUNS.test(tokens[k + 2]!.lower) &&
      tokens[k + 3]?.lower === "of"
    ) {
      const span = phraseAfter(tokens, k + 4, to);
      if (span && (tokens[span[0]]!.start >= end || tokens[span[1] - 1]!.end <= start))
        return named(ctx, span);
    }
    for (let p = k + 1; p < Math.min(to - 1, k + 7); p++) {
      const t = tokens[p]!;
      if (t.kind !== "word") break;
      if (!POSSESSIVE.test(t.text)) continue;
      // ("by the navy's own count", "on the province's latest figures")
      const noun = COUNT_ADJECTIVES.has(tokens[p + 1]!.lower) ? p + 2 : p + 1;
      if (!TALLY_NOUNS.test(tokens[noun]?.lower ?? "")) break;
      if (t.start < end && start < tokens[noun]!.end) break;
      return named(ctx, [k + 1, p + 1]);
    }
  }
  return null;
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
function registerKeeper(ctx: AttributionContext, from: number, at: number): Attribution | null {
  const { tokens } = ctx;
  for (let r = firstAtOrAfter(ctx.registers, from); r < ctx.registers.length; r++) {
    const noun = ctx.registers[r]!;
    if (noun >= at) break;
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
const THE_A_AN = new Set(["the", "a", "an"]);
const OWNER_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my"]);

/**
 * "The prosecution case was that …", "The defence's case is that …", "It is the prosecution case
 * that …", "It is the case of the prosecution that …": a party's case states what follows its
 * "that" (a claim after it only).
 */
function caseOwner(ctx: AttributionContext, from: number, start: number): Attribution | null {
  const { tokens } = ctx;
  // The clause's "case", in text order, up to the claim.
  for (let c = firstAtOrAfter(ctx.cases, from + 1); c < ctx.cases.length; c++) {
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
      for (let j = k + 2; j < k + 7 && j < tokens.length && tokens[j]!.start < start; j++)
        if (tokens[j]!.lower === "that") {
          // ("The case of the prosecution is that …": the party, not its verb.)
          const to = WAS_OR_IS.has(tokens[j - 1]!.lower) ? j - 1 : j;
          const span = phraseAfter(tokens, k + 2, to);
          return span ? named(ctx, span) : null;
        }
      continue;
    }
    if (!WAS_OR_IS.has(tokens[k + 1]!.lower) || tokens[k + 2]!.lower !== "that") continue;
    if (tokens[k + 2]!.start >= start) break;
    const span = subjectBefore(tokens, k, from);
    return span ? named(ctx, span) : null;
  }
  return null;
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
  const inParens = parenthesisedClaimant(ctx.text, end);
  if (inParens) return inParens;
  const at = tokenIndexAt(ctx, start);
  const range = ctx.sentences.get(tokens[at]!.sentence);
  if (!range) return publisher;
  // Attribution stays inside its clause: "…; and WHEREAS, X reported …" speaks for its own part.
  // Bounded either side, so that an unpunctuated resolution of thousands of words stays cheap.
  let from = Math.max(range[0], at - CLAUSE_REACH);
  let to = Math.min(range[1], at + CLAUSE_REACH);
  // The last semicolon before the claim's token and the first at or after it, by binary search.
  const semi = firstAtOrAfter(ctx.semicolons, at);
  const before = ctx.semicolons[semi - 1];
  const opensClause = before !== undefined && before >= from;
  if (opensClause) from = before + 1;
  const after = ctx.semicolons[semi];
  if (after !== undefined && after < to) to = after;
  const tally =
    tallyOwner(ctx, from, to, start, end) ??
    caseOwner(ctx, from, start) ??
    registerKeeper(ctx, from, at);
  if (tally) return tally;
  let verbBefore = -1;
  let verbAfter = -1;
  // Only the reporting verbs of the clause need a look.
  for (let v = firstAtOrAfter(ctx.verbs, from); v < ctx.verbs.length; v++) {
    const k = ctx.verbs[v]!;
    if (k >= to) break;
    const t = tokens[k]!;
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      // ("according to figures from the Red Cross": the issuer, not the document.)
      const span = sourceAfterAccording(tokens, pastDocumentNoun(tokens, k + 2), to);
      if (span) return named(ctx, span) ?? publisher;
    }
    // "is estimated by the police at 35,000", "41 identified by the truth commission", "has been
    // told by the regional authorities that", "reports from the United Nations that": the agent.
    // ("I am informed by the General Officer Commanding that …" is the Member's own word.)
    if (
      ((tokens[k + 1]?.lower === "by" && t.lower !== "informed") ||
        (tokens[k + 1]?.lower === "from" && AMBIGUOUS.has(t.lower))) &&
      !quoteAt(ctx.quotes, t.start)
    ) {
      const span = agentAfter(tokens, k + 2, to);
      const agent = span ? named(ctx, span) : null;
      // "documented by our researchers" names the publisher, which has no span in the text.
      if (agent && (!agent.span || agent.span.end <= start || agent.span.start >= end))
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
      const prior = antecedent(ctx, verb) ?? (he ? personBefore(ctx, verb - 1) : null);
      if (prior) return prior;
      continue;
    }
    // "Police confirmed that …, but gave a lower toll": a coordinated verb shares its subject.
    const shared = AND_OR_BUT.has(tokens[verb - 1]?.lower ?? "")
      ? earlierVerb(ctx, verb, from)
      : -1;
    const said = shared >= 0 ? shared : verb;
    const plain =
      PLAIN_SAYING.has(tokens[said]!.lower) &&
      tokens[said + 1]?.lower !== "by" &&
      !WERE_WAS_BEEN_IS_ARE.has(tokens[said - 1]?.lower ?? "");
    const subject = subjectBefore(tokens, said, from, plain);
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
      return named(ctx, subject) ?? publisher;
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
  const that = ctx.thats[firstAtOrAfter(ctx.thats, end + 1)];
  if (that !== undefined && tokens[that]!.start < start) return null;
  const earlier = ctx.semicolons[semi - 1];
  const from = earlier !== undefined && earlier >= floor ? earlier + 1 : floor;
  for (let v = firstAtOrAfter(ctx.verbs, from); v < ctx.verbs.length; v++) {
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
    const subject = subjectBefore(tokens, k, from, PLAIN_SAYING.has(t.lower));
    return subject && !isPronoun(tokens, subject) ? named(ctx, subject) : null;
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
