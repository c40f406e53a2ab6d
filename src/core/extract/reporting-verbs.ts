/**
 * What a reporting verb says and who its subject is when the words do not name one: whether the
 * verb is used as a noun or says no figure ("the claims that", "put" without "at", "gave" without
 * a toll), the agent after "by", the earlier verb a coordinated one shares its subject with, and
 * the speaker a third-person pronoun stands for. The stages after a claim's clause and before a
 * quotation both ask these, so they are answered in one place.
 */

import { lowerBound } from "../sorted/bounds.js";
import { startsUpper } from "../text/char-class.js";
import { type Attribution, type AttributionContext, sentenceAt } from "./attribution-context.js";
import { named } from "./claimant-name.js";
import { numberWordValue } from "./number-words.js";
import {
  AUXILIARIES_AFTER_A_SUBJECT,
  isPronoun,
  phraseAfter,
  SPEAKER_NOUNS,
  subjectBefore,
  THE_A_AN,
} from "./speaker-phrase.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const CLAUSE_STARTS = new Set(["at", "in", "on", "that", "as", "for", "from", "to", "during"]);
const FIGURE_NOUNS = new Set(["toll", "figure", "figures", "number", "count", "total", "estimate"]);
const GIVING = new Set(["gave", "gives", "give", "given"]);
/** How far "put" may stand from its "at": after a figure's noun, past a relative clause. */
const PUT_REACH = 9;
const PUT_FIGURE_REACH = 18;
/** Words of a toll right after a number a verb of giving gives ("give 1,870 killed"). */
const TOLL_AFTER_A_NUMBER = new Set(["dead", "deaths", "killed", "wounded", "injured", "missing"]);
export const WERE_WAS_BEEN_IS_ARE = new Set(["were", "was", "been", "is", "are"]);
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

/** Words that are nouns as often as verbs ("witness claims regarding …") count only before "that" or a figure. */
export const AMBIGUOUS = new Set([
  "claim",
  "claims",
  "reports",
  "report",
  "states",
  "estimate",
  "estimates",
  "notes",
]);

export function nounUse(tokens: readonly Token[], k: number): boolean {
  // "calling on the authorities to disclose the whereabouts of the 73 men", "asking the
  // authorities to reveal where they are held": a statement asked for is none.
  if (tokens[k - 1]?.lower === "to" && appealBefore(tokens, k - 1)) return true;
  // "put" says a figure only as "put the toll at N".
  if (tokens[k]!.lower === "put" || tokens[k]!.lower === "puts") {
    // "Casualties … were put at four": a passive names no one who put them there.
    if (WERE_WAS_BEEN_IS_ARE.has(tokens[k - 1]?.lower ?? "")) return true;
    // ("put the number of villagers who have fled across the border at more than 6,000": a
    // figure's noun after "put" may carry a long complement before its "at".)
    const reach = FIGURE_NOUNS.has(tokens[k + 2]?.lower ?? "") ? PUT_FIGURE_REACH : PUT_REACH;
    for (let j = k + 1; j < k + reach && j < tokens.length; j++) {
      if (tokens[j]!.lower === "at") return false;
      if (tokens[j]!.kind === "punct") return true;
    }
    return true;
  }
  // "had an estimated population of 25,000", "the homes of an estimated 12,000 families": after
  // an article the participle is an adjective of the count, and no one estimates.
  if (tokens[k]!.lower === "estimated" && THE_A_AN.has(tokens[k - 1]?.lower ?? "")) return true;
  // "The population of the region, estimated at 75,000": a participle after a comma says who was
  // counted, not who counts.
  if (
    tokens[k - 1]?.text === "," &&
    tokens[k]!.lower === "estimated" &&
    tokens[k + 1]?.lower === "at"
  )
    return true;
  // "gave a higher toll (of 4,200)", "the authorities give 1,870 killed": giving states a figure
  // only when a toll or figure is given ("gave greater legitimacy", "were given rations", "give
  // a range of 500,000" say nothing); "speak of 23 martyrs" only with its "of".
  if (GIVING.has(tokens[k]!.lower)) {
    if (WERE_WAS_BEEN_IS_ARE.has(tokens[k - 1]?.lower ?? "")) return true;
    for (let j = k + 1; j < k + 5 && j < tokens.length; j++) {
      const t = tokens[j]!;
      if (FIGURE_NOUNS.has(t.lower)) return false;
      if (t.kind === "number" && TOLL_AFTER_A_NUMBER.has(tokens[j + 1]?.lower ?? "")) return false;
      // ("gave the dead as eleven and the injured as about 300": a toll given "as" a number.)
      if (TOLL_AFTER_A_NUMBER.has(t.lower) && tokens[j + 1]?.lower === "as") return false;
    }
    return true;
  }
  if (tokens[k]!.lower === "speak") return tokens[k + 1]?.lower !== "of";
  // ("The camp was described as overcrowded", "The camp, described as a transit site, held":
  // a description with no one giving it; "described by the guard as" names its giver.)
  if (tokens[k]!.lower === "described")
    return (
      WERE_WAS_BEEN_IS_ARE.has(tokens[k - 1]?.lower ?? "") ||
      (tokens[k - 1]?.text === "," && tokens[k + 1]?.lower !== "by")
    );
  if (!AMBIGUOUS.has(tokens[k]!.lower)) return false;
  // "made of reports that …", "the claims that …": after a determiner it is a noun.
  if (WORDS_BEFORE_A_REPORT_NOUN.has(tokens[k - 1]?.lower ?? "")) return true;
  const next = tokens[k + 1];
  return !(
    next &&
    (next.lower === "that" ||
      next.kind === "number" ||
      WORDS_AFTER_A_REPORT.has(next.lower) ||
      thatAfterAPhrase(tokens, k))
  );
}

/** How far a verb's "that" may follow past a phrase of where it is said ("states in a letter that"). */
const THAT_PAST_A_PHRASE = 5;

/**
 * "Dr. Howells … states in a letter that upwards of 2,000 persons died", "claims in a statement
 * that": a "that" a few words on, past a preposition's phrase and no mark, makes the word a verb.
 */
function thatAfterAPhrase(tokens: readonly Token[], k: number): boolean {
  if (!CLAUSE_STARTS.has(tokens[k + 1]?.lower ?? "") || tokens[k + 1]!.lower === "that")
    return false;
  for (let j = k + 2; j <= k + THAT_PAST_A_PHRASE && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === "that") return true;
    if (t.kind !== "word") return false;
  }
  return false;
}

/** Verbs of asking someone to do something ("calling on X to", "urging them to"). */
const APPEALS = new Set([
  "call",
  "calls",
  "calling",
  "called",
  "ask",
  "asks",
  "asking",
  "asked",
  "urge",
  "urges",
  "urging",
  "urged",
  "request",
  "requests",
  "requesting",
  "requested",
  "appeal",
  "appeals",
  "appealing",
  "appealed",
  "demand",
  "demands",
  "demanding",
  "demanded",
]);
/** How far before its "to" an appeal's verb may stand ("calling on the authorities to"). */
const APPEAL_REACH = 5;

/** Whether a verb of appeal stands a few words before the "to" at `to`, in its clause. */
function appealBefore(tokens: readonly Token[], to: number): boolean {
  for (let j = to - 1; j >= 0 && to - j <= APPEAL_REACH; j--) {
    const t = tokens[j]!;
    if (APPEALS.has(t.lower)) return true;
    if (t.kind === "punct" && t.text !== "-") return false;
  }
  return false;
}

/** Third-person pronouns whose speaker was named before (first person is the publisher's). */
const THIRD_PERSON = new Set(["he", "she", "it", "they", "its", "his", "her", "their"]);

/** Whether the subject right before a reporting verb is a third-person pronoun. */
export function pronounBefore(tokens: readonly Token[], verb: number): boolean {
  const k = pronounAt(tokens, verb);
  return k >= 0 && THIRD_PERSON.has(tokens[k]!.lower);
}

/**
 * The index of the word before a verb and its auxiliaries (its subject, if a pronoun), or -1; past
 * a document its owner pronoun names ("Its report put", "Its preliminary report estimates": its).
 */
export function pronounAt(tokens: readonly Token[], verb: number): number {
  let k = verb - 1;
  while (k >= 0 && AUXILIARIES_AFTER_A_SUBJECT.has(tokens[k]!.lower)) k--;
  if (k > 0 && OWNED_DOCUMENTS.has(tokens[k]!.lower)) {
    let owner = k - 1;
    if (owner > 0 && DOCUMENT_ADJECTIVES.has(tokens[owner]!.lower)) owner--;
    if (OWNER_PRONOUNS.has(tokens[owner]!.lower)) return owner;
  }
  return k;
}

/** Documents that speak for their owner, and the adjectives between them and it. */
const OWNED_DOCUMENTS = new Set(["report", "figures", "count", "estimate", "list", "survey"]);
const DOCUMENT_ADJECTIVES = new Set(["own", "final", "preliminary", "latest", "official", "first"]);
const OWNER_PRONOUNS = new Set(["its", "his", "her", "their"]);

/** How many sentences back a pronoun's speaker is looked for. */
const ANTECEDENT_REACH = 2;

/** The named subject of the last reporting verb before `verb`, within two sentences. */
export function antecedent(ctx: AttributionContext, verb: number): Attribution | null {
  const { tokens } = ctx;
  const sentence = numberedFrom(ctx, verb);
  for (let v = lowerBound(ctx.verbs, verb) - 1; v >= 0; v--) {
    const k = ctx.verbs[v]!;
    if (tokens[k]!.sentence < sentence - ANTECEDENT_REACH) break;
    if (tokens[k]!.lower === "according" || nounUse(tokens, k)) continue;
    // ("Hajra's younger son was found in 2003": the subject of a passive says nothing; "The
    // Chamber is satisfied" does.)
    if (WERE_WAS_BEEN_IS_ARE.has(tokens[k - 1]?.lower ?? "") && tokens[k]!.lower !== "satisfied")
      continue;
    const subject = subjectBefore(tokens, k, sentenceAt(ctx, k)[0]);
    if (subject && !isPronoun(tokens, subject)) return named(ctx, subject);
  }
  return null;
}

/** Singular pronouns whose speaker may be the subject of the sentence before ("He found that"). */
const SINGULAR = new Set(["he", "she", "it", "its"]);
const PERSONAL_PRONOUNS = new Set(["he", "she"]);
const HEAD_ENDS = new Set(["of", "for", "in", "on", "at", "from", "to", "with", ","]);
/** How far into the sentence before its first finite verb is looked for. */
const SUBJECT_VERB_REACH = 25;
/** Words after which a word in "-ed" is an adjective or a participle, not a finite verb. */
const BEFORE_NO_FINITE = new Set([
  "the",
  "a",
  "an",
  "of",
  "by",
  "and",
  "or",
  "were",
  "was",
  "been",
]);

/**
 * "The district medical officer performed post-mortem examinations on the nine bodies. He found
 * that seven had been shot in the back", "The State Commission … exhumed the remains of 164
 * people …. Its report put the number of dead at 212": when no one was said to speak before a
 * singular pronoun, the subject of the sentence before it — the words before that sentence's
 * first past-tense verb, read as any subject is (an apposition, a relative clause, an adverbial
 * before it) — if they name one speaker of the pronoun's kind (a person or an office for "he" and
 * "she", no person for "it" and "its"; not a plural).
 */
export function subjectOfSentenceBefore(
  ctx: AttributionContext,
  pronoun: number,
): Attribution | null {
  const { tokens } = ctx;
  const kind = tokens[pronoun]!.lower;
  if (!SINGULAR.has(kind)) return null;
  const here = sentenceAt(ctx, pronoun);
  if (here[0] === 0 || pronoun !== here[0]) return null;
  const before = sentenceAt(ctx, here[0] - 1);
  const last = Math.min(before[1], before[0] + SUBJECT_VERB_REACH);
  for (let k = before[0] + 1; k < last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.lower.length < 5 || !t.lower.endsWith("ed")) continue;
    if (t.text !== t.lower || BEFORE_NO_FINITE.has(tokens[k - 1]!.lower)) continue;
    const span = subjectBefore(tokens, k, before[0]);
    if (!span || isPronoun(tokens, span)) return null;
    // (The head noun is the last before a preposition: "the State Commission for … War Crimes".)
    let end = span[0] + 1;
    while (end < span[1] && !HEAD_ENDS.has(tokens[end]!.lower)) end++;
    const head = tokens[end - 1]!.lower;
    if (head.endsWith("s") && !head.endsWith("ss")) return null;
    const name = named(ctx, span);
    if (!name) return null;
    const person = name.role === "person" || name.role === "witness";
    if (PERSONAL_PRONOUNS.has(kind) ? name.role === "organisation" || name.role === "body" : person)
      return null;
    return name;
  }
  return null;
}

/** Verbs that put a figure on a noun phrase "at N" ("estimated by the army at 40", "which police put at"). */
const ESTIMATING = new WordSet(["estimated", "put", "puts", "reckoned", "described"]);
const RELATIVES = new WordSet(["which", "whom", "who"]);
/** How far after such a verb its "at" may come ("estimated by the local harbour board at"). */
const AT_REACH = 8;

/**
 * "The strikers, estimated by the harbour board at some 3,000, had marched … to demand the release
 * of 14 union leaders", "a crowd which police put at 5,000 gathered …": a verb of estimating in a
 * description of a noun phrase (a participle after a comma, or a relative clause) puts its figure
 * "at N" on that noun phrase and speaks for nothing after it. The index of the token after that
 * figure (the description's end), or -1 when the verb at `k` is no such description's.
 */
export function describedEstimateEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  if (!ESTIMATING.hasToken(tokens[k])) return -1;
  // (A participle with its agent after a comma, "…, estimated by the army at"; not a verb after
  // a subject's own description, "The Commission, whose investigators …, put the toll at 14".)
  const described =
    (tokens[k - 1]?.text === "," && tokens[k + 1]?.lower === "by") ||
    RELATIVES.hasToken(tokens[k - 1]) ||
    RELATIVES.hasToken(tokens[k - 2]) ||
    RELATIVES.hasToken(tokens[k - 3]);
  if (!described) return -1;
  const last = Math.min(ceiling, k + AT_REACH);
  let j = k + 1;
  while (j < last && tokens[j]!.lower !== "at" && tokens[j]!.lower !== "as") {
    if (tokens[j]!.kind === "punct") return -1;
    j++;
  }
  if (j >= last) return -1;
  // The figure after "at": its words and numbers ("some 3,000", "between 25 and 40").
  let seen = false;
  for (j++; j < ceiling; j++) {
    const t = tokens[j]!;
    if (t.kind === "number" || numberWordValue(t.lower) !== undefined) seen = true;
    // ("as a mob of 1,000 or more armed with swords": "or more" is the figure's.)
    else if (seen && t.lower === "or" && tokens[j + 1]?.lower === "more") j++;
    // ("which estimated the displaced at 40,000 and the dead at 300": a second figure follows.)
    else if (seen && AND_OR_AFTER.has(t.lower) && !numberFollows(tokens, j)) return -1;
    else if (seen && !RANGE_WORDS.has(t.lower)) return j;
    else if (t.kind === "punct") return -1;
  }
  return -1;
}
const RANGE_WORDS = new Set(["and", "to", "-", "–"]);
const AND_OR_AFTER = new Set(["and", "or"]);

/** Whether the word after `j` is a number ("between 25 and 40"). */
function numberFollows(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return (
    next !== undefined && (next.kind === "number" || numberWordValue(next.lower) !== undefined)
  );
}

/** Auxiliaries that follow a clause's subject as its first verb ("The defence does not dispute"). */
const FIRST_AUXILIARIES = new WordSet([
  "does",
  "did",
  "do",
  "has",
  "had",
  "have",
  "is",
  "was",
  "are",
  "were",
]);

/**
 * "The defence does not dispute that people died, but submits that fewer than 40 were killed",
 * "The Defence challenges this figure and submits that", "The minister visited the camp and told
 * reporters that": a verb of saying joined by "and" or "but" to a clause whose own verb says
 * nothing shares that clause's subject — the words before its first verb (an auxiliary, a
 * lower-case past tense, or a present tense after a name or a speaker's noun), read as any
 * subject is, if they name someone. Asked only when no earlier verb of saying stands in the clause.
 */
export function subjectOfJoinedClause(
  ctx: AttributionContext,
  verb: number,
  from: number,
): Attribution | null {
  const { tokens } = ctx;
  const last = Math.min(verb - 1, from + SUBJECT_VERB_REACH);
  for (let k = from + 1; k < last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.text !== t.lower) continue;
    const w = t.lower;
    const finite =
      FIRST_AUXILIARIES.hasToken(t) ||
      (w.length >= 5 && w.endsWith("ed") && !BEFORE_NO_FINITE.has(tokens[k - 1]!.lower)) ||
      (w.length >= 4 && w.endsWith("s") && !w.endsWith("ss") && speakerBefore(tokens[k - 1]!));
    if (!finite) continue;
    const span = subjectBefore(tokens, k, from);
    if (!span || isPronoun(tokens, span)) return null;
    return named(ctx, span);
  }
  return null;
}

/** Whether a word may end a subject before a present tense ("The Defence challenges"). */
function speakerBefore(t: Token): boolean {
  return t.kind === "word" && (startsUpper(t.text) || SPEAKER_NOUNS.test(t.lower));
}

/** Titles a bare "the …" names a holder by ("the Minister said", "the spokesman said"). */
const TITLES = new Set([
  "minister",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "governor",
  "commissioner",
  "ambassador",
  "mayor",
  "commander",
  "prosecutor",
]);
/** How far back an earlier, fuller mention of a title is looked for. */
const TITLE_REACH = 400;
/** Most words of a title's complement before the name after it ("of State for Defence"). */
const TITLE_COMPLEMENT = 8;

/**
 * "… the Minister of State for Defence, Comrade Elias Ndoro, announced …. …, the Minister said":
 * a subject that is a title alone ("the Minister", "the spokesman") stands for its holder as the
 * text named them last — the name in apposition after the title ("Comrade Elias Ndoro"), or the
 * title with the body before it ("a police spokesman"): the span of that fuller mention, or null.
 */
export function titleHolder(
  tokens: readonly Token[],
  span: readonly [number, number],
): [number, number] | null {
  const words = span[1] - span[0];
  const title = tokens[span[1] - 1]!.lower;
  if (!TITLES.has(title) || words > 2 || (words === 2 && tokens[span[0]]!.lower !== "the"))
    return null;
  for (let k = span[0] - 1; k >= 0 && span[0] - k <= TITLE_REACH; k--) {
    if (tokens[k]!.lower !== title) continue;
    // "the Minister of State for Defence, Comrade Elias Ndoro,": the name after the comma.
    let j = k + 1;
    while (j < tokens.length && j - k <= TITLE_COMPLEMENT && tokens[j]!.kind === "word") j++;
    if (tokens[j]?.text === ",") {
      let end = j + 1;
      while (end < tokens.length && tokens[end]!.kind === "word" && startsUpper(tokens[end]!.text))
        end++;
      if (end - (j + 1) >= 2 && tokens[end]?.text === ",") return [j + 1, end];
    }
    // "a police spokesman said": the title with the body named before it.
    const before = tokens[k - 1];
    if (before?.kind === "word" && !THE_A_AN.has(before.lower) && !startsUpper(before.text))
      return [k - 1, k + 1];
    return null;
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
  const first = sentenceAt(ctx, at)[0];
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
export function agentAfter(
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
const TELLING = new Set(["told", "estimated", "described"]);

/** The reporting verb of the clause before `verb` (not used as a noun), or -1. */
export function earlierVerb(ctx: AttributionContext, verb: number, from: number): number {
  for (let v = lowerBound(ctx.verbs, verb) - 1; v >= 0; v--) {
    const k = ctx.verbs[v]!;
    if (k < from) break;
    if (!nounUse(ctx.tokens, k) && ctx.tokens[k]!.lower !== "according") return k;
  }
  return -1;
}
