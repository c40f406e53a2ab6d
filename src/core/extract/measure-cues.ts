/**
 * The cue words a measure is read from, found at a token: the cue phrases indexed by their first
 * word, a cause of death after "died of", and the checks that turn a cue word away there (a
 * document, a source after "according to", a negation). A stage of its own because every other
 * stage asks it the same question about the same tokens: it keeps the one memo of the cues at
 * each token (withCueMemo), for one text's figures, and the Head and Cue shapes they all share.
 */
import type { Measure, Subgroup, Unit } from "../model/claim.js";
import { isUpperCode } from "../text/char-class.js";
import { monthNumber } from "./calendar.js";
import { phraseAt } from "./figure-context.js";
import { MEASURE_CUES, NEAR_ONLY } from "./lexicon.js";
import type { Token } from "./tokens.js";
import { WordMap, WordSet } from "./word-sets.js";

export const COMMA_OR_AND = new Set([",", "and"]);
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
const NOT_NEVER_YET_NT = new Set(["not", "never", "yet", "n't"]);
export const THEM_WHOM_THESE_THOSE = new Set(["them", "whom", "these", "those"]);
export const WHO_OR_THAT = new Set(["who", "that"]);
const ED_OR_KEPT_HELD = /(ed|^kept|^held)$/;

export interface Head {
  readonly index: number;
  readonly subgroup: Subgroup | null;
  readonly unit: Unit;
}

export interface Cue {
  readonly measure: Measure;
  readonly distance: number;
  readonly index: number;
}

export const LOOSE_ONLY_NEAR = NEAR_ONLY;
export const COPULAS = new Set([
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
/** Past forms of the event's verbs, regular or not ("held", "shot", "fled", "hurt"). */
export const PAST = /(ed|held|kept|shot|fled|hurt|slain|taken|froze)$/;
/** Nouns that make the cue word before them name a staff or a source, not what happened. */
const SOURCE_AFTER =
  /^(staff|officials?|sources|authorities|administrators?|directors?|spokes(man|woman|person)|guards|wardens)$/;

/** Cue phrases by their first word, in the order of MEASURE_CUES (earlier measures win). */
/**
 * With its second word, or null for a cue of one word: a frequent first word ("in", "not",
 * "still", "lost") opens many phrases, and the word after it turns most of them away at once.
 */
export const CUES_BY_FIRST = new WordMap<
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
export const NO_CUES: readonly Measure[] = Object.freeze([]);

/**
 * Causes of death that make a death one of exposure: the words the vocabulary's exposure cues
 * name after "died of" or "died from" ("cold", "exposure", "dehydration"), so that the cause is read
 * in a list as well ("died of exhaustion and exposure"), and the rest of the weather and the road
 * the eval README's convention names (heat, frost, exhaustion): a class, not one document's word.
 */
const EXPOSURE_CAUSES = new WordSet([
  ...MEASURE_CUES.filter(([m]) => m === "died_of_exposure").flatMap(([, cues]) =>
    cues.filter((c) => /^died (of|from) /.test(c)).map((c) => c.split(" ").at(-1)!),
  ),
  "exhaustion",
  "fatigue",
  "heat",
  "heatstroke",
  "sunstroke",
  "frost",
]);
/**
 * Causes of death that make it part of the toll, a killing: violence, and disease or hunger (the
 * eval README's convention, settled in the thirteenth round: exposure is the weather and the
 * road). One in the list makes the death a killing ("cold and hunger", "exhaustion or beatings").
 */
const TOLL_CAUSES = new Set([
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
  "hunger",
  "starvation",
  "malnutrition",
  "famine",
  "disease",
  "diseases",
  "illness",
  "epidemic",
  "cholera",
  "typhus",
  "typhoid",
  "dysentery",
  "diarrhoea",
  "diarrhea",
  "measles",
  "malaria",
  "fever",
  "tuberculosis",
  "pneumonia",
]);
/** Words of a death its causes may follow: the verb, and the noun ("deaths from exhaustion"). */
const DEATH_WORDS = new WordSet(["died", "perished", "deaths"]);
/**
 * How far after a death word its causes may stand, past where it befell or whose it was ("died
 * on the road from exhaustion and cold", "six deaths of young children on the road, from
 * exhaustion"), in tokens.
 */
const CAUSE_REACH = 8;
/** Words that end the death's clause before its causes could follow. */
const CLAUSE_WORDS = new WordSet(["and", "but", "or", "while", "who", "which", "whom"]);
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
 * when any is violence, disease or hunger, a death of exposure when one is exposure (cold,
 * exhaustion) and none is; null when the list names neither (the death's own cue decides).
 */
function causeOfDeath(tokens: readonly Token[], at: number): readonly Measure[] | null {
  let exposure = false;
  for (let k = at; k < at + 8; k++) {
    const w = tokens[k]?.lower;
    if (w === undefined || AFTER_A_CAUSE.has(w)) break;
    if (TOLL_CAUSES.has(w)) return KILLED_CUE;
    if (EXPOSURE_CAUSES.hasToken(tokens[k])) exposure = true;
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
 * The measure the causes of the death at `k` give: the list after an "of" or "from" a few words
 * on in its clause (where the death befell or whose it was may stand between: "on the road",
 * "of young children"); null when no such list names a cause.
 */
function causesAfter(tokens: readonly Token[], k: number): readonly Measure[] | null {
  for (let j = k + 1; j <= k + CAUSE_REACH; j++) {
    const t = tokens[j];
    if (t === undefined || CLAUSE_WORDS.hasToken(t) || (t.kind === "punct" && t.text !== ","))
      return null;
    // (A comma only right before the causes: "perished, some of cold" gives a part's cause.)
    if (t.text === "," && !OF_OR_FROM.has(tokens[j + 1]?.lower ?? "")) return null;
    if (OF_OR_FROM.has(t.lower)) {
      const cause = causeOfDeath(tokens, j + 1);
      if (cause !== null) return cause;
    }
  }
  return null;
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

export function cuesAnyHead(tokens: readonly Token[], k: number): readonly Measure[] {
  // (Outside withCueMemo, or about another stream, the cues are read afresh.)
  const memo = current !== null && current.tokens === tokens ? current.memo : null;
  const known = memo?.[k];
  if (known) return known;
  const t = tokens[k];
  const candidates = CUES_BY_FIRST.getToken(t);
  // Most tokens start no cue: they get the shared empty list, with no arrays built for them.
  if (candidates === undefined) {
    if (memo !== null && k >= 0 && k < tokens.length) memo[k] = NO_CUES;
    return NO_CUES;
  }
  // "died of hunger, disease or beatings": a death's causes say which death it was.
  if (DEATH_WORDS.hasToken(t)) {
    const cause = causesAfter(tokens, k);
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
      const candidate = candidates[c]!;
      if (candidate.second !== null && candidate.second !== next) continue;
      const { measure, phrase } = candidate;
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
export function cuesAt(tokens: readonly Token[], k: number, head: Head | null): readonly Measure[] {
  const cues = cuesAnyHead(tokens, k);
  if (cues.length === 0) return cues;
  const bodies = head?.unit === "bodies";
  // Nothing to leave out (the usual case): the memo's own list, not a copy.
  if (
    head?.index !== k &&
    !(!bodies && cues.includes("bodies_recovered")) &&
    !(bodies && cues.some(isLivingMeasure))
  )
    return cues;
  return cues.filter(
    (measure) =>
      !(head?.index === k && LOOSE_ONLY_NEAR.has(measure)) &&
      // Verbs of carrying say what happened to bodies, not to people ("30 soldiers brought us");
      // a grave "held the remains of 138 men" holds no detainees.
      !(measure === "bodies_recovered" && !bodies) &&
      // ("a truck carrying 40 bodies" holds no population either, and a hospital or a morgue
      // that took in 23 bodies no wounded: "31 bodies had been laid out in the hospital yard".)
      !(bodies && isLivingMeasure(measure)),
  );
}

/** Measures only the living have: no cue of them says anything of bodies. */
const LIVING_MEASURES: ReadonlySet<Measure> = new Set([
  "detained",
  "population",
  "wounded",
  "survivors",
  "displaced",
  "hostage",
  "participants",
  "disabled",
]);
function isLivingMeasure(measure: Measure): boolean {
  return LIVING_MEASURES.has(measure);
}

/**
 * The first cue at token k that may stand at any distance from its count (none of the
 * scene-setting measures, which count only when close), or undefined. (A function of its own, not
 * a closure made for each token asked: this runs for every word around every count.)
 */
export function farCueAt(
  tokens: readonly Token[],
  k: number,
  head: Head | null,
): Measure | undefined {
  const cues = cuesAt(tokens, k, head);
  for (let c = 0; c < cues.length; c++) if (!LOOSE_ONLY_NEAR.has(cues[c]!)) return cues[c];
  return undefined;
}

/** How many tokens the longest cue of `measure` starting at token k spans (at least 1). */
export function cueLength(tokens: readonly Token[], k: number, measure: Measure): number {
  const candidates = CUES_BY_FIRST.getToken(tokens[k]);
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
