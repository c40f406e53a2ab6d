/**
 * Actor claims: military units ("366th Motor Rifle Regiment"), organisations (capitalised names
 * headed by an organisational noun: "Human Rights Watch", "European Court of Human Rights") and
 * persons named with a title ("Mr. Sadikov", "President Ayaz Mutalibov") or beside a reporting
 * verb ("said Raisa Aslanova"). Precision over recall: bare capitalised words are not actors.
 */

import { lookupPlace } from "../gazetteer/lookup.js";
import type { ActorFields, ClaimFields } from "../model/claim.js";
import { isUpperCode } from "../text/char-class.js";
import { CAPITALISED_WORD } from "../text/word-shapes.js";
import { monthNumber } from "./calendar.js";
import { SAY_VERBS } from "./lexicon.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

/**
 * Word lists the rules below ask of tokens: each a WordSet built once, found by its name, asked
 * by the token's number (word-sets.ts).
 */
const ST_ND_RD_TH = new WordSet(["st", "nd", "rd", "th"]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const ING_END = /ing$/;

const UNIT_HEADS = new WordSet([
  "regiment",
  "division",
  "brigade",
  "battalion",
  "corps",
  "detachment",
]);
const ORG_HEADS = new WordSet([
  "watch",
  "centre",
  "center",
  "court",
  "commission",
  "committee",
  "office",
  "ministry",
  "agency",
  "organization",
  "organisation",
  "council",
  "assembly",
  "parliament",
  "procuracy",
  "cross",
  "society",
  "congress",
  "senate",
  "nations",
  "union",
  "conference",
  "department",
  "front",
  "army",
  "group",
  "house",
  "post",
  "times",
  "globe",
  "gazette",
  "gazeta",
  "institute",
  "foundation",
  "bureau",
]);
const KNOWN_ORGS = new Set([
  "OSCE",
  "OIC",
  "ITAR-TASS",
  "Reuters",
  "Reuter",
  "Azerinform",
  "AZERTAC",
  "Memorial",
  "NKR",
  "OMON",
  "CIS",
]);
/**
 * Their lower case, asked first by the token's number: most capitalised words are none, and the
 * names' Set would hash each word's own string.
 */
const KNOWN_ORG_WORDS = new WordSet([...KNOWN_ORGS].map((name) => name.toLowerCase()));
const TITLES = new WordSet([
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "president",
  "minister",
  "prosecutor",
  "major",
  "general",
  "colonel",
  "governor",
  "mayor",
  "congressman",
  "congresswoman",
  "senator",
  "deputy",
  "director",
  "imam",
  "commander",
  "captain",
  "lieutenant",
  "sergeant",
  "ambassador",
  "judge",
  "professor",
]);
/** Words that open a sentence or a name phrase without being part of a name. */
const LEADERS = new WordSet([
  "the",
  "a",
  "an",
  "see",
  "this",
  "these",
  "those",
  "in",
  "on",
  "by",
  "as",
  "also",
  "both",
]);
const CONNECTORS = new Set(["of", "for", "and", "the", "on", "in"]);

interface FoundActor {
  readonly start: number;
  readonly end: number;
  readonly fields: ClaimFields;
}

function cap(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === "word" &&
    isUpperCode(t.text.charCodeAt(0)) &&
    monthNumber(t.text) === 0
  );
}

/** Whether text[from, to) holds a line break (the gap between two tokens: a few characters). */
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Capitalised run starting at i (connectors allowed inside): [i, end). */
function capitalRun(text: string, tokens: readonly Token[], i: number): number {
  let j = i;
  let end = i;
  while (j < tokens.length && j - i < 10) {
    const t = tokens[j]!;
    // A name does not run on across a line end ("THE TIMES" / "London, 2 March").
    if (j > i && newlineBetween(text, tokens[j - 1]!.end, t.start)) break;
    if (cap(t) || (t.text === "-" && cap(tokens[j + 1]) && t.start === tokens[j - 1]?.end)) {
      j++;
      end = j;
    } else if (j > i && CONNECTORS.has(t.text) && cap(tokens[j + 1])) {
      j++;
    } else {
      break;
    }
  }
  return end;
}

/** Whether a token of [from, to) is an organisation's head noun ("Watch", "Committee"). */
function anyOrgHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEADS.hasToken(tokens[k])) return true;
  return false;
}

/** Whether a token of [from, to) is an organisation's head noun or a gazetteer place. */
function anyOrgHeadOrPlace(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!;
    if (ORG_HEADS.hasToken(w) || lookupPlace(w.text) !== null) return true;
  }
  return false;
}

/** Whether every token of [from, to) is a capitalised word that names no place. */
function namePartsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!;
    if (!CAPITALISED_WORD.test(w.text) || lookupPlace(w.text)) return false;
  }
  return true;
}

function actor(
  tokens: readonly Token[],
  text: string,
  from: number,
  to: number,
  actorType: ActorFields["actorType"],
): FoundActor {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return {
    start,
    end,
    fields: { kind: "actor", actorType, name: text.slice(start, end).replace(/\s+/g, " ") },
  };
}

export function findActors(text: string, tokens: readonly Token[]): FoundActor[] {
  const found: FoundActor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "366th Motor Rifle Regiment", "366th CIS regiment", "the 366th Division".
    if (
      t.kind === "number" &&
      ST_ND_RD_TH.hasToken(tokens[i + 1]) &&
      tokens[i + 1]!.start === t.end
    ) {
      for (let j = i + 2; j < Math.min(tokens.length, i + 7); j++) {
        if (UNIT_HEADS.hasToken(tokens[j])) {
          found.push(actor(tokens, text, i, j + 1, "unit"));
          i = j;
          break;
        }
        if (tokens[j]!.kind !== "word") break;
      }
      continue;
    }
    if (!cap(t) || cap(tokens[i - 1])) continue;
    if (TITLES.hasToken(t) && cap(tokens[i + 1])) {
      const end = capitalRun(text, tokens, i + 1);
      const orgLike = anyOrgHeadOrPlace(tokens, i + 1, end);
      if (
        end - i <= 4 &&
        !orgLike &&
        !lookupPlace(text.slice(tokens[i + 1]!.start, tokens[end - 1]!.end))
      ) {
        found.push(actor(tokens, text, i, end, "person"));
        i = end - 1;
        continue;
      }
    }
    const end = capitalRun(text, tokens, i);
    if (end - i >= 2 && anyOrgHead(tokens, i, end)) {
      // "See General Assembly …", "Recalling the United Nations …": sentence-opening verbs and
      // articles are not part of the name.
      let from = i;
      while (
        from < end - 1 &&
        (LEADERS.hasToken(tokens[from]) || ING_END.test(tokens[from]!.lower))
      )
        from++;
      if (from > i && !cap(tokens[from])) continue;
      found.push(actor(tokens, text, from, end, "organisation"));
      i = end - 1;
      continue;
    }
    if (end - i === 1 && KNOWN_ORG_WORDS.hasToken(t) && KNOWN_ORGS.has(t.text)) {
      found.push(actor(tokens, text, i, end, "organisation"));
      continue;
    }
    // "…, said Raisa Aslanova" / "Hassan Alahierov said": two or three capitalised words next
    // to a reporting verb. (The run's length is asked first, then the verb: the words' shapes
    // and the gazetteer only for a run that has one.)
    if (
      end - i >= 2 &&
      end - i <= 3 &&
      (SAY_VERBS.has(tokens[i - 1]?.lower ?? "") || SAY_VERBS.has(tokens[end]?.lower ?? "")) &&
      !LEADERS.hasToken(t) &&
      namePartsOnly(tokens, i, end) &&
      !lookupPlace(text.slice(t.start, tokens[end - 1]!.end))
    ) {
      found.push(actor(tokens, text, i, end, "person"));
      i = end - 1;
    }
  }
  return found;
}
