/**
 * What every stage of attribution asks of a text, prepared once a text: its sentences' token
 * ranges, its quotations and speaker turns, its masthead, and the indices of the few tokens the
 * stages look up (reporting verbs, semicolons, the openers of an owner's count, "case", "that", a
 * register's nouns) — so a claim reads its clause's few instead of every token. Which words are
 * reporting verbs is decided here, once a token (a court's finding verbs only after a court, the
 * verbs of a statement only before their "that", "admitted" only before a toll).
 */
import type { Claimant } from "../model/claim.js";
import { upperBoundNear } from "../sorted/bounds.js";
import { isPossessive } from "../text/word-shapes.js";
import { SAY_VERBS } from "./lexicon.js";
import { mastheadNames } from "./own-voice.js";
import { findQuotes, type Quote } from "./quotes.js";
import { findSpeakerTurns, type SpeakerTurn } from "./speaker-turns.js";
import { opensTally } from "./tally-words.js";
import type { Token } from "./tokens.js";
import { WordMap } from "./word-sets.js";

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
  /** The first token of each sentence, in text order (sentenceAt). */
  readonly sentenceStarts: Int32Array;
  /**
   * Where the last search of `starts` and of `sentenceStarts` ended (upperBoundNear's hints):
   * the claims of a text are read mostly in text order, each near the one before.
   */
  readonly hints: { token: number; sentence: number };
  readonly publisher: string;
  readonly turns: readonly SpeakerTurn[];
  /** Indices of the tokens that are reporting verbs, and of the semicolons, in text order. */
  readonly verbs: readonly number[];
  readonly semicolons: readonly number[];
  /**
   * Indices of the "by", "on" and "in" that may open an owner's count (tally-words.ts
   * opensTally: tallyOwner reads no other) and of "case" (caseOwner), in text order: each claim
   * looks up its clause's few instead of reading every token of the clause.
   */
  readonly tallyOpeners: readonly number[];
  readonly cases: readonly number[];
  /** Indices of "that", in text order (speechBefore: whether a clause reports speech of its own). */
  readonly thats: readonly number[];
  /**
   * Indices of a "where" after a comma, in text order: "…, where the Consul reports that …" opens
   * a clause of its own, whose speaker speaks for no claim before it (claimantFor).
   */
  readonly wheres: readonly number[];
  /** Indices of the nouns of a register ("list", "ledger"), in text order (registerKeeper). */
  readonly registers: readonly number[];
  /** Indices of a count's noun after a possessive ("the State's figure"), in text order (ownedCount). */
  readonly owned: readonly number[];
  /** Offsets of the text's opening parentheses, in order (parenthesisedClaimant). */
  readonly parens: readonly number[];
  /** Each token's start offset, in token order (tokenIndexAt). */
  readonly starts: Int32Array;
  /**
   * The subject of a reporting verb and the claimant it names, remembered for the text by
   * claimantFor: the claims of a sentence ask the same verb again (four calls in ten a pass).
   */
  readonly subjects: Map<number, [number, number] | null>;
  readonly names: Map<number, Attribution | null>;
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
/** A word's kinds, as bits: a verb of saying, a court's verb of finding, a register's noun, … */
const SAYING = 1;
const FINDING = 2;
const REGISTER = 4;
const THAT_ONLY = 8;
const CONCEDED = 16;
const OWNED = 32;
/**
 * The words the walk lists by themselves ("by", "on" or "in" opening an owner's count, "case",
 * "that", "where"), as bits of the same map: the walk asks a word's number once and reads no
 * word's string (cold in the caches after the figures' walk) to compare it with each.
 */
const BY_ON_IN = 64;
const CASE = 128;
const THAT = 256;
const WHERE = 512;
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
  // "The Consul at Urmia telegraphs that the number of refugees … is 4,200", "the American consul
  // cabled that more than 1,000 had been killed": word sent by wire states what follows.
  "telegraphs",
  "telegraphed",
  "cabled",
  "cables",
  "wired",
  "radioed",
  // "Partners report that at least 20 remain …", "Health officials report that 1,306 …" (not a
  // verb of saying elsewhere: "in a report of 1962" is a noun, and a subject runs past it).
  "report",
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
/**
 * Nouns of a list of names or a register, whose count is its keeper's (registerKeeper): also a
 * body's running record of what befell it ("the garrison's war diary records 41 deaths", "the
 * battalion's operations log records", "NKVD convoy reports record 1,272 deaths", "the union's own
 * account … named 31 dead").
 */
const REGISTER_NOUNS = [
  "list",
  "lists",
  "register",
  "registers",
  "ledger",
  "ledgers",
  "notebook",
  "diary",
  "diaries",
  "log",
  "logs",
  "reports",
  "account",
];
/**
 * Nouns of a count its owner states, as a subject or with "of" ("The State's figure of 58
 * deaths", "the municipality's final figure for violent deaths is 683"): listed only after a
 * possessive (ownedCount).
 */
const OWNED_COUNT_NOUNS = ["figure", "figures", "count", "tally", "toll", "total", "estimate"];
/** How many words may stand between the possessive and its count ("the ministry's own death toll"). */
const OWNED_ADJECTIVES = 2;

/** Whether a possessive stands right before the noun at `i` or before a word or two before it. */
function ownedBefore(tokens: readonly Token[], i: number): boolean {
  for (let p = i - 1; p >= 0 && i - p <= OWNED_ADJECTIVES + 1; p--) {
    const t = tokens[p]!;
    if (t.kind !== "word") return false;
    if (isPossessive(t.text)) return true;
    if (t.text !== t.lower) return false;
  }
  return false;
}

/** Each word's kinds, looked up once a word (this runs for every token). */
const VERB_KINDS = new WordMap<number>();
for (const [words, kind] of [
  [FINDING_VERBS, FINDING],
  [SAY_VERBS, SAYING],
  [REGISTER_NOUNS, REGISTER],
  [THAT_ONLY_VERBS, THAT_ONLY],
  [["admitted"], CONCEDED],
  [OWNED_COUNT_NOUNS, OWNED],
  [["by", "on", "in"], BY_ON_IN],
  [["case"], CASE],
  [["that"], THAT],
  [["where"], WHERE],
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
 * The buffer the last context's token starts and sentences' first tokens are views of, kept from
 * text to text (a typed array allocated and zero-filled twice a text cost 0.7 % of a pass): a
 * context is read only while its own text's claims are made, before the next text's is prepared.
 * A text too long for KEPT_BUFFER gets a buffer of its own, so that one very long text does not
 * leave megabytes held for the life of the process.
 */
let indexBuffer = new Int32Array(1 << 14);
/** The most int32s the kept buffer grows to (4 MB: texts of about 500,000 tokens). */
const KEPT_BUFFER = 1 << 20;

/** A buffer of at least `size` int32s: the kept one, grown while it may be, or one of its own. */
function indexBufferOf(size: number): Int32Array {
  if (size <= indexBuffer.length) return indexBuffer;
  if (size > KEPT_BUFFER) return new Int32Array(size);
  indexBuffer = new Int32Array(Math.min(KEPT_BUFFER, 2 * size));
  return indexBuffer;
}

/**
 * Prepares the quotes and sentence index of a cleaned text for attribution lookups (`original`,
 * the text before cleaning, for its masthead). Valid until the next call: the indices are views
 * of a buffer the next context reuses.
 */
export function attributionContext(
  text: string,
  tokens: readonly Token[],
  publisher: string,
  original: string = text,
): AttributionContext {
  // The token starts at [0, n), the sentences' first tokens from n (at most one a token).
  const n = tokens.length;
  const buffer = indexBufferOf(2 * n);
  const starts = buffer.subarray(0, n);
  let sentences = n;
  const verbs: number[] = [];
  const semicolons: number[] = [];
  const tallyOpeners: number[] = [];
  const cases: number[] = [];
  const thats: number[] = [];
  const wheres: number[] = [];
  const registers: number[] = [];
  const owned: number[] = [];
  // Tokens come in sentence order: a sentence runs until the next one begins.
  let current = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.sentence !== current) {
      current = t.sentence;
      buffer[sentences++] = i;
    }
    starts[i] = t.start;
    // (Only a word is looked up: a number or a mark is no verb, and this runs for every token.)
    if (t.kind !== "word") {
      if (t.text === ";") semicolons.push(i);
      continue;
    }
    const kind = VERB_KINDS.getToken(t);
    if (kind === undefined) continue;
    if (
      (kind & SAYING) !== 0 ||
      ((kind & FINDING) !== 0 && courtFinds(tokens, i)) ||
      ((kind & THAT_ONLY) !== 0 && thatFollows(tokens, i)) ||
      ((kind & CONCEDED) !== 0 && tollFollows(tokens, i))
    )
      verbs.push(i);
    if ((kind & REGISTER) !== 0) registers.push(i);
    if ((kind & OWNED) !== 0 && ownedBefore(tokens, i)) owned.push(i);
    // (Read here, where the words after it are read in turn, not from every claim's clause.)
    if ((kind & BY_ON_IN) !== 0) {
      if (opensTally(tokens, i)) tallyOpeners.push(i);
    } else if ((kind & CASE) !== 0) cases.push(i);
    else if ((kind & THAT) !== 0) thats.push(i);
    else if ((kind & WHERE) !== 0 && tokens[i - 1]?.text === ",") wheres.push(i);
  }
  const parens: number[] = [];
  for (let i = text.indexOf("("); i >= 0; i = text.indexOf("(", i + 1)) parens.push(i);
  // (From the text as written: cleaning drops a PDF's running head, which is often the name.)
  const own = mastheadNames(original);
  return {
    text,
    tokens,
    quotes: findQuotes(text),
    sentenceStarts: buffer.subarray(n, sentences),
    hints: { token: 0, sentence: 0 },
    publisher,
    turns: findSpeakerTurns(text),
    verbs,
    semicolons,
    tallyOpeners,
    cases,
    thats,
    wheres,
    registers,
    owned,
    parens,
    starts,
    subjects: new Map(),
    names: new Map(),
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

/**
 * The token range [first, end) of the sentence that token `k` (a token of the text) stands in,
 * found among the sentences' first tokens: a claim asks it without reading the token itself,
 * which on a long text lies far from the arrays searched.
 */
export function sentenceAt(ctx: AttributionContext, k: number): [number, number] {
  const after = upperBoundNear(ctx.sentenceStarts, k, ctx.hints.sentence);
  ctx.hints.sentence = after;
  return [ctx.sentenceStarts[after - 1]!, ctx.sentenceStarts[after] ?? ctx.tokens.length];
}

/**
 * Index of the token starting at or last before `offset` (the first token if none), searched in
 * the tokens' starts: a contiguous array, where a search through the token objects themselves
 * touched a scattered object at every step (half of claimantFor's time on a long text).
 */
export function tokenIndexAt(ctx: AttributionContext, offset: number): number {
  const after = upperBoundNear(ctx.starts, offset, ctx.hints.token);
  ctx.hints.token = after;
  return Math.max(0, after - 1);
}
