/**
 * Who speaks a quotation: the tag just after it ("…,” said X; “…,” X remembers), a speaker
 * introduced just before it ("X (a resident): “…”"), or the speaker of the quotation before it
 * going on; a "he" or "she" as the person named in the sentences just before. A claim inside a
 * long enough quotation is its speaker's before any other attribution is asked.
 */
import { isLetterCode, isUpperCode, startsUpper } from "../text/char-class.js";
import { isPossessive } from "../text/word-shapes.js";
import {
  type Attribution,
  type AttributionContext,
  sentenceAt,
  tokenIndexAt,
} from "./attribution-context.js";
import { monthNumber } from "./calendar.js";
import { named } from "./claimant-name.js";
import { SAY_VERBS } from "./lexicon.js";
import { type Quote, quoteAt } from "./quotes.js";
import { antecedent } from "./reporting-verbs.js";
import { INVERTIBLE, isPronoun, phraseAfter, subjectBefore } from "./speaker-phrase.js";
import type { Token } from "./tokens.js";

const COLON_OR_COMMA = new Set([":", ","]);
const COMMA_OR_PERIOD = new Set([",", "."]);
const WITNESS_WORDS = /resident|witness|survivor|refugee|hostage/i;

/** Verbs that close a quotation as its tag ("…,” Rosa remembers) besides the verbs of saying. */
const QUOTE_TAG_VERBS = new Set(["remembers", "remembered", "recalls", "adds", "continues"]);
/** Third-person pronouns for a person: "…,” she says. */
export const HE_OR_SHE = new Set(["he", "she"]);
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
export function personBefore(ctx: AttributionContext, at: number): Attribution | null {
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
      (words >= 2 || !opensSentence || tokens[k + 1]?.text === "," || isPossessive(t.text));
    if (fine) {
      const span: [number, number] = [from, k + 1];
      const name = named(ctx, span);
      if (name && name.role === "person" && !isPronoun(tokens, span)) return name;
    } else if (subject && words === 1 && partOfAnEarlierName(ctx.text, t.text, t.start)) {
      // "Kalamaris shared a stall with eleven other men, he says", "Tomasa got out through a back
      // window …. '… I counted thirty-one bodies,' she said": a single word opening its sentence
      // is a person when the text named them before with it ("Stavros Kalamaris", "Tomasa Ixcot").
      const name = named(ctx, [k, k + 1]);
      if (name) return { ...name, role: "person" };
    }
    k = from;
  }
  return null;
}

/** How many earlier occurrences of a word partOfAnEarlierName reads. */
const EARLIER_NAME_TRIES = 4;

/**
 * Whether `word` stood earlier in the text (before `before`) next to another capitalised word, as
 * part of a name of two words or more ("Stavros Kalamaris, 71, …" before "Kalamaris shared …"),
 * and is never written in lower case.
 */
function partOfAnEarlierName(text: string, word: string, before: number): boolean {
  // (A word the text also writes in lower case is no name: "The", "Police".)
  if (text.includes(` ${word.toLowerCase()} `)) return false;
  let at = text.lastIndexOf(word, before - 1);
  for (let tries = 0; at >= 0 && tries < EARLIER_NAME_TRIES; tries++) {
    const end = at + word.length;
    const whole = !isLetterCode(text.charCodeAt(at - 1)) && !isLetterCode(text.charCodeAt(end));
    if (whole) {
      // A capitalised word just before ("Stavros Kalamaris") or just after ("Tomasa Ixcot").
      const prevEnd = text.charCodeAt(at - 1) === 32 ? at - 1 : -1;
      if (prevEnd > 0 && isLetterCode(text.charCodeAt(prevEnd - 1))) {
        let s = prevEnd - 1;
        while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
        if (isUpperCode(text.charCodeAt(s))) return true;
      }
      if (text.charCodeAt(end) === 32 && isUpperCode(text.charCodeAt(end + 1))) return true;
    }
    at = at > 0 ? text.lastIndexOf(word, at - 1) : -1;
  }
  return false;
}

/** Who "he" or "she" at token `at` is: a person named just before, or the last speaker named. */
function pronounSpeaker(ctx: AttributionContext, at: number): Attribution | null {
  return personBefore(ctx, at) ?? antecedent(ctx, at);
}

/** The speaker of a quotation, from the words just after or just before it. */
export function quoteSpeaker(ctx: AttributionContext, q: Quote): Attribution | null {
  const { tokens } = ctx;
  let k = tokenIndexAt(ctx, q.end);
  if (tokens[k] && tokens[k]!.start < q.end) k++;
  while (tokens[k] && COMMA_OR_PERIOD.has(tokens[k]!.text) && tokens[k]!.start - q.end < 3) k++;
  const range = tokens[k] ? sentenceAt(ctx, k) : undefined;
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
