/**
 * The shape of a number in running text: whether it can be a count at all (not a year, date,
 * time, age, distance, label or unit), the noun it counts, its hedge and its bounds.
 */
import type { Hedge, Subgroup } from "../model/claim.js";
import { isDigitCode, startsUpper } from "../text/char-class.js";
import { ED_OR_ING_END } from "../text/word-shapes.js";
import { monthNumber } from "./calendar.js";
import { phraseAt, wordsOf } from "./figure-context.js";
import { bodyAfterOf, membersOf } from "./figure-roles.js";
import {
  HEADS,
  HEDGE_TOKENS_BEFORE,
  LABEL_WORDS,
  MODIFIERS,
  QUALIFIERS,
  UNIT_WORDS,
} from "./lexicon.js";
import type { Head } from "./measure-cues.js";
import { mayStartNumber, type NumberRead, numberWordValue, readNumber } from "./number-words.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const ANOTHER_OR_FURTHER = new Set(["another", "further"]);
const BOYS_OR_WOMEN = new Set(["boys", "women"]);
/** The letters of a code such as "P-12" or "DW-3". */
const CAPITALS_CODE = /^[A-Z]+$/;
/** What joins the items of a list of numbers. */
const LIST_JOINS = new Set([",", "and", "or", "&"]);
const CODE_SIGNS = new Set(["/", "#", "$", "€", "£", "§", "№", ".", ":"]);
const SLASH_PERCENT_COLON_PERIOD = new Set(["/", "%", ":", "."]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const BOUND_OR_DIGIT_START = /^(under|over|below|between|from|\d)/;
const GIRL_OR_GIRLS = /^girls?$/;
const BOY_OR_BOYS = /^boys?$/;

const QUOTE_CLOSE = new Set(['"', "”", "’"]);

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && startsUpper(t.text) && monthNumber(t.text) > 0;
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Reasons a number is not a count: see the module comment. */
export function isNotCount(tokens: readonly Token[], r: NumberRead, last: number): boolean {
  const first = tokens[r.from]!;
  const prev = tokens[r.from - 1];
  const next = tokens[last + 1];
  if (next && glued(tokens[last], next) && next.kind === "word") return true;
  if (prev && glued(prev, first) && CODE_SIGNS.has(prev.text)) return true;
  // "Exh. P-12", "DW-3", "A-14": capitals, a hyphen and a number written as one word name a thing
  // or a witness, not a count.
  if (prev?.text === "-" && glued(prev, first) && glued(tokens[r.from - 2], prev)) {
    const code = tokens[r.from - 2]!.text;
    if (code.length <= 4 && CAPITALS_CODE.test(code)) return true;
  }
  if (
    next &&
    glued(tokens[last], next) &&
    SLASH_PERCENT_COLON_PERIOD.has(next.text) &&
    tokens[last + 2]?.kind === "number"
  )
    return true;
  if (next && (next.text === "%" || next.text === "/")) return true;
  // ("30-year-old", "12-storey"; but "a 1,500-strong crowd" is a group's size.)
  if (
    next?.text === "-" &&
    glued(tokens[last], next) &&
    tokens[last + 2]?.kind === "word" &&
    glued(next, tokens[last + 2]) &&
    tokens[last + 2]!.lower !== "strong"
  )
    return true;
  // ("14 March", "March 14"; but "In December three men died", "On 3rd March eleven detainees
  // were beaten", "on 5 February nineteen of them were shot", "In May 300 villagers fled": a
  // number right before a people noun or "of" is a count — no day of a date has a noun after it.)
  if (isMonth(next)) return true;
  if (
    isMonth(prev) &&
    (!(HEADS.has(next?.lower ?? "") || next?.lower === "of") ||
      (!r.words && yearDigits(first.text)))
  )
    return true;
  if (
    (next?.text === "-" || next?.text === "–") &&
    tokens[last + 2]?.kind === "number" &&
    isMonth(tokens[last + 3])
  )
    return true;
  if (prev && (LABEL_WORDS.has(prev.lower) || prev.text === "Accused")) return true;
  // "one in five children", "1 in every 10": a proportion, not a count of five or ten.
  if (prev?.lower === "in" || (prev?.lower === "every" && tokens[r.from - 2]?.lower === "in")) {
    const k = prev.lower === "in" ? r.from - 2 : r.from - 3;
    // (Its first term is a number, in digits or in words.)
    if (tokens[k]?.kind === "number" || numberWordValue(tokens[k]?.lower ?? "") !== undefined)
      return true;
  }
  // "at twenty to ten": minutes before an hour, a time (a range runs upward: "ten to twenty").
  if (r.words && next?.lower === "to") {
    const hour = readNumber(tokens, last + 2);
    if (hour?.words && hour.value <= 12 && hour.value < r.value) return true;
  }
  // "Accused 2, 5, 6 and 8 are acquitted", "cells 4 and 5": the rest of a list of numbers after a
  // label word numbers things too; a count goes on with a noun of its own ("Article 3, 40 people").
  if (prev && LIST_JOINS.has(prev.lower) && !HEADS.has(next?.lower ?? "")) {
    let k = r.from - 1;
    while (
      k > 0 &&
      r.from - k < 16 &&
      (tokens[k]!.kind === "number" || LIST_JOINS.has(tokens[k]!.lower))
    )
      k--;
    const label = tokens[k];
    if (
      tokens[k + 1]?.kind === "number" &&
      label &&
      (LABEL_WORDS.has(label.lower) || label.text === "Accused")
    )
      return true;
  }
  if (next && UNIT_WORDS.has(next.lower)) return true;
  if (prev?.text === "(" && next?.text === ")") return true;
  return false;
}

export function isYearLike(tokens: readonly Token[], r: NumberRead): boolean {
  return !r.words && yearDigits(tokens[r.from]!.text);
}

/** Four digits from 1800 to 2099, as /^(1[89]|20)\d\d$/ tests them, by char code. */
function yearDigits(s: string): boolean {
  if (s.length !== 4) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return (
    ((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48)) &&
    isDigitCode(s.charCodeAt(2)) &&
    isDigitCode(s.charCodeAt(3))
  );
}

/**
 * The subgroup of a head noun with a qualifier before it: "old men" and "armed men" are elderly
 * and combatants; "young women" stay women, "young people" are no subgroup.
 */
function qualified(head: Subgroup | null, qualifier: Subgroup | null): Subgroup | null {
  if (qualifier === null) return head;
  if (qualifier === "elderly" || qualifier === "combatants")
    return head === null || head === "men" || head === "women" ? qualifier : head;
  // ("young people" are not children; "civilian" stands before civilians anyway.)
  return head;
}

/**
 * Officers are of the body they serve ("two police officers" are an occupational group): of an
 * armed one when the words say so — "eleven officers of the Emirate's army", "two former officers
 * of the battalion", "1,700 officers and men", or "four former officers" (without a body named,
 * "former officers" are a force's, as a police force names itself: "former police officers").
 */
function armedOfficers(tokens: readonly Token[], k: number): Subgroup | null {
  if (tokens[k]!.lower !== "officers") return null;
  const body = bodyAfterOf(tokens, k + 1);
  if (body !== null) return body;
  return tokens[k - 1]?.lower === "former" ||
    (tokens[k + 1]?.lower === "and" && tokens[k + 2]?.lower === "men") ||
    militarySentence(tokens, k)
    ? "combatants"
    : null;
}

/** Words that make a sentence's officers an armed force's: a military court, the navy, troops. */
const MILITARY_WORDS = new Set([
  "military",
  "army",
  "army's",
  "navy",
  "navy's",
  "naval",
  "troops",
  "soldiers",
]);
/** Words that make them a police force's, whatever else the sentence says. */
const POLICE_WORDS = new Set(["police", "policemen", "constables", "gendarmerie"]);
/** How far either side of "officers" the sentence is read for them, in tokens. */
const OFFICERS_SENTENCE_REACH = 30;

/**
 * "a military court later sentenced four officers", "a military court … tried four officers of
 * the company", "by the navy's own count, 23 sailors and four officers died": bare officers in a
 * sentence that names an armed force and no police are that force's (the eval labels'
 * combatants); "three of the ferry's officers", "Police took …", "300 officers had sealed off
 * the valley" after a police commander stay an occupational group. Asked only of "officers"
 * with no body after it, a bounded look either side.
 */
function militarySentence(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  let military = false;
  const from = Math.max(0, k - OFFICERS_SENTENCE_REACH);
  const to = Math.min(tokens.length, k + OFFICERS_SENTENCE_REACH);
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) continue;
    if (POLICE_WORDS.has(t.lower)) return false;
    if (MILITARY_WORDS.has(t.lower)) military = true;
  }
  return military;
}

export function findHead(tokens: readonly Token[], after: number): Head | null {
  let subgroup: Subgroup | null = null;
  let qualifier: Subgroup | null = null;
  // One "and" between two capitalised adjectives ("Muslim and Croat men") widens the reach.
  let reach = after + 4;
  for (let k = after; k < reach && k < tokens.length; k++) {
    const t = tokens[k]!;
    // A page number at a line's end is no count of the next line's people.
    if (k > 0 && t.sentence !== tokens[after - 1]?.sentence) break;
    qualifier ??= QUALIFIERS.get(t.lower) ?? null;
    const head = HEADS.get(t.lower);
    // "elderly persons": a subgroup word may stand before the noun it qualifies.
    // "9 of them aged under 18": "aged" before an age is no noun.
    if (t.lower === "aged" && BOUND_OR_DIGIT_START.test(tokens[k + 1]?.lower ?? "")) return null;
    // "eleven Tutsi women", "3,000 Tutsi refugees": a people noun used as an adjective gives way
    // to the subgroup or role noun after it.
    const next = HEADS.get(tokens[k + 1]?.lower ?? "");
    const adjectival =
      head?.subgroup === null &&
      startsUpper(t.text) &&
      next !== undefined &&
      (next.subgroup !== null || next.role !== undefined);
    if (head && !adjectival && !(MODIFIERS.has(t.lower) && HEADS.has(tokens[k + 1]?.lower ?? ""))) {
      // "2,000 non-combatants": the prefix negates the noun — its closed form's people, or none.
      if (tokens[k - 1]?.text === "-" && tokens[k - 2]?.lower === "non")
        return {
          index: k,
          subgroup: HEADS.get(`non${t.lower}`)?.subgroup ?? null,
          unit: head.unit,
        };
      return {
        index: k,
        subgroup:
          armedOfficers(tokens, k) ??
          (mixedList(tokens, k)
            ? null
            : qualified(
                head.subgroup ?? subgroup ?? membersOf(tokens, k) ?? namesOf(tokens, k),
                qualifier,
              )),
        unit: head.unit,
      };
    }
    // "In 1992 the soldiers killed …", "the 30 the soldiers killed": an article right after the
    // number opens another noun phrase, whose noun the number does not count.
    if (k === after && t.lower === "the") return null;
    // "51 were women": a copula may stand between a number and its noun.
    if (k === after && (t.lower === "were" || t.lower === "was")) continue;
    // 'admitted "about 150" dead': a quotation closing on the number leaves its noun outside.
    if (k === after && QUOTE_CLOSE.has(t.text)) continue;
    // "Nine of the 23 miners": the whole named after a part is the part's noun too.
    if (t.kind === "number" && tokens[k - 1]?.lower === "the" && tokens[k - 2]?.lower === "of")
      continue;
    if (head?.subgroup) subgroup = head.subgroup;
    // "18,000 railway workers", "5,500 rock drillers": one noun adjunct may stand right before
    // the people noun (not a participle: "7 alleged victims", "2,129 participating victims").
    const adjunct =
      t.kind === "word" &&
      !ED_OR_ING_END.test(t.lower) &&
      !UNIT_WORDS.has(t.lower) &&
      HEADS.has(tokens[k + 1]?.lower ?? "") &&
      !MODIFIERS.has(tokens[k + 1]!.lower) &&
      tokens[k + 1]!.sentence === t.sentence;
    const joint =
      t.lower === "and" &&
      reach === after + 4 &&
      k > after &&
      startsUpper(tokens[k - 1]!.text) &&
      startsUpper(tokens[k + 1]?.text ?? "");
    if (joint) reach++;
    if (
      !(
        MODIFIERS.has(t.lower) ||
        (t.kind === "word" && startsUpper(t.text)) ||
        t.text === "-" ||
        // "3,000 non-Serb civilians"
        (t.lower === "non" && tokens[k + 1]?.text === "-") ||
        adjunct ||
        joint
      )
    )
      return null;
  }
  return null;
}

/**
 * "8,372 names of men and boys", "the names of 46 women": names count the people they are of,
 * whose noun says who they were.
 */
function namesOf(tokens: readonly Token[], k: number): Subgroup | null {
  if (tokens[k]!.lower !== "names" || tokens[k + 1]?.lower !== "of") return null;
  const people = HEADS.get(tokens[k + 2]?.lower ?? "")?.subgroup;
  return people == null || mixedList(tokens, k + 2) ? null : people;
}

/** "613 men, women and children": a list of subgroups is everyone, no one subgroup. */
function mixedList(tokens: readonly Token[], k: number): boolean {
  const next =
    tokens[k + 1]?.lower === "," || tokens[k + 1]?.lower === "and" ? tokens[k + 2] : undefined;
  const after = next?.lower === "and" ? tokens[k + 3] : next;
  // ("women and girls" are one subgroup; "boys and girls" are children; "men and boys" men, as
  // the eval README's convention reads a massacre's "men and boys".)
  const other = after ? HEADS.get(after.lower)?.subgroup : undefined;
  if (after && GIRL_OR_GIRLS.test(after.lower) && BOYS_OR_WOMEN.has(tokens[k]!.lower)) return false;
  if (after && BOY_OR_BOYS.test(after.lower) && tokens[k]!.lower === "men") return false;
  return other !== undefined && other !== null && other !== HEADS.get(tokens[k]!.lower)?.subgroup;
}

/**
 * Every hedge phrase under its last word, in the order of HEDGE_TOKENS_BEFORE and of each
 * hedge's list: the word before a count finds its few candidates in one lookup, instead of one
 * search per hedge.
 */
const HEDGES_BY_LAST = new Map<
  string,
  { readonly group: number; readonly hedge: Hedge; readonly phrase: string; readonly n: number }[]
>();
HEDGE_TOKENS_BEFORE.forEach(([hedge, phrases], group) => {
  for (const phrase of phrases) {
    const words = wordsOf(phrase);
    const last = words[words.length - 1]!;
    const list = HEDGES_BY_LAST.get(last) ?? [];
    list.push({ group, hedge, phrase, n: words.length });
    HEDGES_BY_LAST.set(last, list);
  }
});

export function hedgeBefore(
  tokens: readonly Token[],
  at: number,
): { hedge: Hedge; from: number } | null {
  // "at least another 31", "a further 4,000": the hedge stands before the filler word.
  const i = ANOTHER_OR_FURTHER.has(tokens[at - 1]?.lower ?? "") ? at - 1 : at;
  const before = tokens[i - 1];
  const candidates = before ? HEDGES_BY_LAST.get(before.lower) : undefined;
  if (!candidates) return null;
  // Each hedge's first phrase (in its list's order) that ends right before i; across hedges, the
  // longest phrase wins: "no more than" is a bound from above, not "more than".
  let best: { hedge: Hedge; from: number } | null = null;
  let matched = -1;
  for (const c of candidates) {
    if (c.group === matched || i - c.n < 0 || phraseAt(tokens, i - c.n, c.phrase) !== c.n) continue;
    matched = c.group;
    if (!best || i - c.n < best.from) best = { hedge: c.hedge, from: i - c.n };
  }
  return best;
}

export function bounds(
  hedge: Hedge,
  a: number,
  b: number,
): { min: number | null; max: number | null } {
  if (hedge === "at_least" || hedge === "more_than") return { min: a, max: null };
  if (hedge === "at_most" || hedge === "less_than") return { min: null, max: b };
  return { min: a, max: b };
}

/** All numbers in the token stream, each read once (a word number spans several tokens). */
export function readNumbers(tokens: readonly Token[]): NumberRead[] {
  const reads: NumberRead[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!mayStartNumber(tokens[i]!)) {
      i++;
      continue;
    }
    const r = readNumber(tokens, i);
    if (r && r.to > i) {
      reads.push(r);
      i = r.to;
    } else {
      i++;
    }
  }
  return reads;
}

/** Graves that each hold many dead, whose count is no count of the dead ("two mass graves"). */
const MANY_DEAD_GRAVES = new WordSet(["mass", "common", "clandestine", "secondary"]);
/** Prepositions of the place remains were taken from or laid in ("exhumed … from four graves"). */
const FROM_OR_INTO = new WordSet(["from", "in", "into"]);

/**
 * "exhumed the remains of 97 individuals from four clandestine graves", "buried 196 bodies in
 * three mass graves", "examined two mass graves near the base": graves counted as the places the
 * dead lay or were taken from, no count of the dead — a grave that holds many (mass, common,
 * clandestine, secondary), or graves after "from", "in" or "into". Graves counted one by one
 * stay a count of the buried ("counted 214 fresh graves along the river", "a row of 112 graves").
 * `from` is the number's first token ("from some 12 graves": the hedge stands between), `head`
 * its noun.
 */
export function gravesAsPlaces(tokens: readonly Token[], from: number, head: number): boolean {
  const noun = tokens[head]!.lower;
  if (noun !== "graves" && noun !== "grave") return false;
  if (MANY_DEAD_GRAVES.hasToken(tokens[head - 1])) return true;
  return FROM_OR_INTO.hasToken(tokens[(hedgeBefore(tokens, from)?.from ?? from) - 1]);
}
