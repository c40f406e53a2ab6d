/**
 * The cues a count takes from around it when nothing closer decides: the nearest cue in a span
 * (scene-setting measures only when close), the cues right after the clause's verb ("… were
 * wounded, frozen to death or missing"), the end of a past-participle phrase, an apposition to
 * skip. A stage of its own because it reads distance, not grammar: the cue order
 * (measure-by-cues.ts) asks it last, after the word-by-word rules have had their say.
 */
import type { Measure } from "../model/claim.js";
import {
  COMMA_OR_AND,
  COPULAS,
  type Cue,
  cueLength,
  cuesAt,
  type Head,
  LOOSE_ONLY_NEAR,
  NO_CUES,
  PAST,
  WHO_OR_THAT,
} from "./measure-cues.js";
import { mayStartNumber } from "./number-words.js";
import type { Token } from "./tokens.js";

// Word lists and patterns this stage asks of tokens: each built once, found by its name
// (text/word-shapes.ts says why).
const ARTICLES_AND_POSSESSIVES = new Set(["the", "a", "an", "his", "her", "their", "its"]);
const CLAUSE_JOINERS = new Set([",", "and", "that", "who", "which", ";"]);
const HAD_HAVE_HAS = new Set(["had", "have", "has"]);
const HAVE_OR_BE = new Set(["have", "be"]);
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
const PRONOUNS_AFTER_OF = new Set(["them", "whom", "these", "those", "us", "ours"]);

const QUOTE_OR_LY_ADVERB = /^(["“]|\p{Ll}+ly)$/u;
/** Verbs of hearsay before "to have" ("are stated to have left"). */
const HEARSAY = /^(stated|said|reported|believed|known|thought|alleged|feared|understood)$/;

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
export function copulaCues(
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
export function pastOfPhrase(
  tokens: readonly Token[],
  at: number,
  to: number,
  head: Head | null,
): number {
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
