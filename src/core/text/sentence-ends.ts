import { HAS_LETTER } from "./word-shapes.js"; /**
 * Likely sentence ends inside a paragraph: terminal punctuation (and any closing quotes or
 * brackets) followed by whitespace and a capital letter or digit. Abbreviations and initials
 * ("Mr. Smith", "U.S. Congress", "p. 12") are not sentence ends.
 */

// The lookahead reads one whitespace run per punctuation run, so a pass stays linear.
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\s+["'“‘«([]?[\p{Lu}\p{Lt}\p{Nd}])/gu;

/** Lower-cased words that are usually abbreviations when followed by a period. */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st gen col lt sgt capt maj gov sen rep rev hon jr sr no nos vol " +
    "vols pp cf fig ed eds inc corp co ltd vs art arts para ch sec jan feb mar apr jun jul " +
    "aug sep sept oct nov dec approx ca op cit ibid al str"
  ).split(" "),
);

const LONGEST_ABBREVIATION = 6;

/**
 * Offsets (relative to `paragraph`) just after each likely sentence end, in ascending order.
 * @example sentenceEnds("It was cold. Snow fell.") // [12]
 */
export function sentenceEnds(paragraph: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m !== null; m = SENTENCE_END.exec(paragraph)) {
    if (m[0].startsWith(".") && isAbbreviation(paragraph, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

/** True when the word right before the period at `dot` is an initial or a known abbreviation. */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (
    start > 0 &&
    dot - start <= LONGEST_ABBREVIATION &&
    HAS_LETTER.test(text[start - 1] ?? "")
  ) {
    start--;
  }
  const word = text.slice(start, dot);
  if (word.length === 0 || dot - start > LONGEST_ABBREVIATION) return false;
  // A single letter is an initial ("J. Smith") or part of a dotted abbreviation ("U.S.").
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
