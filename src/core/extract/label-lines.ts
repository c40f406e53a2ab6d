/**
 * Label-value lines: an infobox's "Deaths: 304 (per a rights group); 225 (government)", a
 * key-figures line "Internally displaced ...... 568,000", a list's "— killed: 611", and an
 * infobox set one cell a line (a label over its value). The label says the measure; a word or an
 * age after a value says more; a parenthesis after it says who claims it, or what is counted.
 */
import { type Hedge, type Measure, makeFigure, type Subgroup } from "../model/claim.js";
import { HAS_DIGIT } from "../text/word-shapes.js";
import { QUALIFIER_NOTE, readCellValue } from "./cell-value.js";
import type { FoundFigure } from "./found-figure.js";
import { heldOrRemainsColumn } from "./held-and-remains.js";
import { type Meaning, meaningOf, WORDS } from "./label-meaning.js";
import { HEADS, QUALIFIERS, UNIT_WORDS, WORD_MEASURE } from "./lexicon.js";
import { numberWordValue } from "./number-words.js";
import { PART_OF } from "./table-header.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const AGE_AFTER_VALUE =
  /^\s*(?:\p{L}+\s+)?(?:aged\s+)?(over|above|under|below)\s+([\d]+|[a-z-]+)\b/iu;
const ONLY_DIGITS = /^\d+$/;
const OVER_OR_ABOVE = /^(over|above)$/i;
const VALUE_THEN_WORD = /^[^\p{L}]*(?:\p{L}{1,6}\.?\s+)?[\d,.]+\+?\s+(\p{Ll}+)/u;
const FIRST_WORD = /^\s*(\p{L}+)/u;
const OUR_OR_MY_AFTER_SPACE = /^\s*(our|my)\b/i;
const WAR_LOSSES = /^casualties and losses$/i;
/**
 * A war's infobox gives each side's "Strength", one column a side: how many fought, whatever the
 * value's own noun ("420 regulars", "1,200 militia", "c. 6,000"), a figure of no measure of the
 * event (`other`) whose people are fighters.
 */
const WAR_STRENGTH = /^strength$/i;
const STRENGTH_MEANING: Meaning = {
  measure: "other",
  subgroup: "combatants",
  unit: "people",
  people: true,
};

// (A label may end in a year: "Died in exile by 1953", "Still missing at the end of 2005".)
const LABEL_LINE =
  /^(\s*(?:[-–—•*|]|\d+\.)?\s*)([\p{L}][\p{L}()' /-]{1,60}?(?: (?:1[89]|20)\d\d)?|[\p{L}][\p{L}()' /-]{1,60}?, [\p{L}\d –-]{3,30}?)\s*(?::|\.{3,}|\t| {3,}|\s\|\s)\s*(.*\d.*)$/u;

/**
 * Whether a line holds a separator LABEL_LINE needs (":", "...", a tab, "   " or "|"): a search
 * for each costs less than one pattern of alternatives tried at every character.
 */
function mayLabel(line: string): boolean {
  return (
    line.includes(":") ||
    line.includes("\t") ||
    line.includes("|") ||
    line.includes("...") ||
    line.includes("   ")
  );
}

/**
 * " and 800 militia" after "2,400 soldiers": a second count joined to a first that named whom it
 * counts (not the end of a range, "between 300 and 350", whose first part ends in its number).
 */
const AND_COUNT = /^ and (?:c\.|about|some|over|at least|nearly|almost)?\s*\d/i;
const ENDS_IN_WORD = /\d[\d,.]*\+?\s+\p{L}[\p{L}' -]*$/u;

/**
 * The value part split at ";", "|" and a tab (an infobox's columns), at ", " before a number,
 * and at " and " between two counts ("38 guards and 4 civilian staff"), outside parentheses.
 */
function segments(value: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (ch === ";" ||
        ch === "|" ||
        // ("c. 400 killed<TAB>1,100 killed or wounded": an infobox's columns, one a side.)
        ch === "\t" ||
        (ch === "," && value[i + 1] === " " && HAS_DIGIT.test(value.slice(i + 2, i + 40))) ||
        (ch === " " &&
          value.startsWith("and ", i + 1) &&
          AND_COUNT.test(value.slice(i, i + 20)) &&
          ENDS_IN_WORD.test(value.slice(from, i))))
    ) {
      out.push({ text: value.slice(from, i), at: from });
      from = i + 1;
    }
  }
  out.push({ text: value.slice(from), at: from });
  return out;
}

/** "over sixty", "under 18", "aged 65 and over" right after a value: the subgroup it makes. */
function ageAfterValue(rest: string): Subgroup | null {
  const m = AGE_AFTER_VALUE.exec(rest);
  if (!m) return null;
  const n = ONLY_DIGITS.test(m[2]!) ? Number(m[2]) : numberWordValue(m[2]!.toLowerCase());
  if (n === undefined || n > 110) return null;
  return OVER_OR_ABOVE.test(m[1]!) ? (n >= 60 ? "elderly" : null) : n <= 18 ? "children" : null;
}

const JOINING = new Set(["and", "or", "of", "the", "under", "over", "aged", "all"]);

/** Whether words say only whom or what is counted ("women and children", "killed"). */
function onlyPeopleWords(words: string): boolean {
  for (const m of words.toLowerCase().matchAll(WORDS)) {
    const w = m[0];
    if (!(HEADS.has(w) || QUALIFIERS.has(w) || WORD_MEASURE.has(w) || JOINING.has(w))) return false;
  }
  return true;
}
// ("(district court, 1925)": a date after the name is no part of it; nor an author's year after
// a capitalised name, the citation's other form: "(Lindqvist 1966)", "(Khoury 1987: 214)".)
const PAREN =
  /^\s*\((?:[Pp]er |[Aa]ccording to |[Ss]ource: )?([^()\d]{2,60}?)(?:,\s*[^()]*\d[^()]*|(?<=\p{Lu}\p{Ll}+)\s+(?:1[5-9]|20)\d\d(?::\s*[\d–-]+)?)?\)/u;

/** "c. 900 (émigré committees)": a line that is only a value, perhaps with its source. */
export const VALUE_LINE =
  /^\s*(?:c\.|ca\.|about|some|over|at least|~|≈)?\s*\d[\d,.]*(?:\s*(?:–|-)\s*\d[\d,.]*)?\+?\s*(?:\([^()]*\))?\s*$/iu;

/** "(c. 450 men)", "(about 300 men)": a count of people, all a parenthesis holds. */
const ORDINAL_END = /^(st|nd|rd|th)\b/;
const STRENGTH = /^\(\s*([^()]*?\d[^()]*?)\s+(\p{L}+)\s*\)/u;

/**
 * The count a parenthesis of a count and a noun of people holds, its span from the
 * parenthesis's start, and the noun's subgroup; null for anything else ("(1946)", "(police)").
 */
function strengthInParentheses(text: string): {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  hedge: Hedge;
  subgroup: Subgroup | null;
} | null {
  const m = STRENGTH.exec(text);
  if (!m) return null;
  const head = HEADS.get(m[2]!.toLowerCase());
  if (head === undefined || head.unit !== "people") return null;
  const v = readCellValue(m[1]!);
  if (v?.start !== 0 || v.end !== m[1]!.length) return null;
  const start = text.indexOf(m[1]!);
  return {
    start,
    end: start + m[1]!.length + 1 + m[2]!.length,
    min: v.min,
    max: v.max,
    hedge: v.hedge,
    subgroup: head.subgroup,
  };
}

/** "Deaths: 304 (per a rights group); 225 (government)" → two killed figures, two claimants. */
export function labelLine(
  line: string,
  lineStart: number,
  previous: Measure | null,
  held: Measure | null = null,
): { label: string; found: FoundFigure[] } {
  const none = { label: "", found: [] };
  // A label line has one of LABEL_LINE's separators; most lines have none, and the pattern's
  // lazy label tries every length before it gives up.
  if (!mayLabel(line)) return none;
  const m = LABEL_LINE.exec(line);
  if (!m) return none;
  const named = WAR_STRENGTH.test(m[2]!) ? STRENGTH_MEANING : meaningOf(m[2]!);
  // "Deported: 94,779" then "Of whom children: c. 25,000": a part counts what its whole did.
  // "Exhumed: 41" then "Identified: 33", "Taken hostage: 19" then "Still held: 7": the line
  // before stands as a table's column before, read by the policy for people held and remains —
  // and the holding's line above a release's ("Taken hostage: 19", "Released: 12", "Still held:
  // 7"), for "held" alone would say detained.
  const settled =
    previous === null
      ? null
      : named.measure === null
        ? PART_OF.test(m[2]!)
          ? previous
          : heldOrRemainsColumn(m[2]!, [{ measure: previous }, { measure: held }])
        : named.measure === "detained"
          ? heldOrRemainsColumn(m[2]!, [{ measure: previous }, { measure: held }])
          : null;
  const meaning = settled !== null ? { ...named, measure: settled, people: true } : named;
  // "Number: c. 18,000 strikers": a label that names no people, before a value that does.
  if (!meaning.people && !meaningOf(VALUE_THEN_WORD.exec(m[3]!)?.[1] ?? "").people) return none;
  // (A war's infobox counts each side's fighters under "Casualties and losses", the civilians
  // under a label of their own: "Civilian casualties", "Civilian deaths".)
  const losses = WAR_LOSSES.test(m[2]!);
  const found: FoundFigure[] = [];
  const valueStart = m.index + m[0].length - m[3]!.length;
  for (const { text: segment, at } of segments(m[3]!)) {
    const segStart = valueStart + at;
    // Only what stands before a parenthesis is the value; dates inside it are not.
    const paren = segment.indexOf("(");
    const valuePart = paren >= 0 ? segment.slice(0, paren) : segment;
    const v = readCellValue(valuePart);
    // ("7th Police Regiment": an ordinal is a name's, not a value.)
    const named = v === null || ORDINAL_END.test(valuePart.slice(v.end));
    if (named || valuePart.slice(0, v.start).trim().length > 12) {
      // "Perpetrators  A police battalion (about 300 men)": the named body's strength, in
      // parentheses after a value of words, counts what the label names.
      const strength = paren >= 0 && named ? strengthInParentheses(segment.slice(paren)) : null;
      if (strength !== null && meaning.measure !== null) {
        const at = lineStart + segStart + paren + strength.start;
        const fields = makeFigure({
          measure: meaning.measure,
          min: strength.min,
          max: strength.max,
          hedge: strength.hedge,
          subgroup: meaning.subgroup ?? strength.subgroup,
          unit: meaning.unit,
        });
        found.push({ start: at, end: at + strength.end - strength.start, fields });
      }
      continue;
    }
    // "879 killed", "1,800 defenders": a word after the value says more than the label.
    const nextWord = FIRST_WORD.exec(valuePart.slice(v.end))?.[1]?.toLowerCase() ?? "";
    if (UNIT_WORDS.has(nextWord)) continue;
    // ("38 soldiers killed": after the people it counts, the words say what befell them.)
    const rest = valuePart.slice(v.end);
    const next =
      HEADS.has(nextWord) && nextWord.length + 1 < rest.trim().length
        ? meaningOf(rest)
        : meaningOf(nextWord);
    // "42 children under ten; 31 over sixty": an age after the value is its subgroup.
    const aged = ageAfterValue(valuePart.slice(v.end));
    const after = paren >= 0 ? PAREN.exec(segment.slice(paren)) : null;
    const inParen = after ? meaningOf(after[1]!) : null;
    const nameStart = after ? lineStart + segStart + paren + after[0].indexOf(after[1]!) : 0;
    // "(community leaders)", "(dockers' union)" name who counts; "(children)" or "(killed)" says
    // what is counted; "(our database)" is the publisher's own count; "(est.)" how it was reached.
    const claimant =
      after &&
      !OUR_OR_MY_AFTER_SPACE.test(after[1]!) &&
      !QUALIFIER_NOTE.test(after[1]!.trim()) &&
      (!inParen?.people ||
        (inParen.subgroup === null && inParen.measure === null) ||
        !onlyPeopleWords(after[1]!))
        ? { name: after[1]!.trim(), start: nameStart, end: nameStart + after[1]!.trim().length }
        : undefined;
    const fields = makeFigure({
      measure: next.measure ?? meaning.measure ?? "other",
      min: v.min,
      max: v.max,
      hedge: v.hedge,
      subgroup:
        next.subgroup ??
        aged ??
        (claimant ? null : inParen?.subgroup) ??
        meaning.subgroup ??
        (losses ? "combatants" : null),
      unit: meaning.unit,
    });
    found.push({
      start: lineStart + segStart + v.start,
      end: lineStart + segStart + v.end,
      fields,
      ...(claimant ? { claimant } : {}),
    });
  }
  return { label: m[2]!, found };
}

/** The longest line an infobox's label set on its own line may be. */
export const STACKED_LABEL = 40;

/**
 * The label a short line gives the value on the line after it ("Deaths", "Arrested", "Housed in
 * relief centres"): the line when it names a measure and holds no number, else "".
 */
export function stackedLabel(text: string, start: number, end: number): string {
  if (end <= start) return "";
  const label = text.slice(start, end).trim();
  if (label === "" || HAS_DIGIT.test(label) || !LABEL_ONLY.test(label)) return "";
  return WAR_STRENGTH.test(label) || meaningOf(label).measure !== null ? label : "";
}
const LABEL_ONLY = /^[\p{L}][\p{L}()' /-]{1,39}$/u;
