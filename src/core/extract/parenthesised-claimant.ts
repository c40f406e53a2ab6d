/**
 * A claimant named in parentheses after a claim ("31 killed, 60 wounded (UN mission)", "1,200
 * (government estimate)"): list lines and infobox cells name their source this way, with no verb
 * for the other stages to find. Words of a count in parentheses ("(wounded)") name no one.
 */

import { lowerBound } from "../sorted/bounds.js";
import { startsUpper } from "../text/char-class.js";
import { HAS_DIGIT } from "../text/word-shapes.js";
import type { Attribution } from "./attribution-context.js";
import { HEADS, MEASURE_CUES } from "./lexicon.js";
import { roleOf } from "./speaker-phrase.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const SPACE = /\s/;
const PARENTHESIS_ENDS_CLAUSE = /^(\s*[;\n]|\s*$|\.\s|\.$|\t)/;
const SOURCE_LEAD = /^(per|according to|source:)\s+/i;
const OUR_OR_MY = /^(our|my)\b/i;
const STARTS_LETTER = /^\p{L}/u;
const SPACES_AND_COMMAS = /[\s,]+/;

/** Words of a count inside parentheses ("(defenders)", "(wounded)"): no claimant's name. */
const COUNT_WORDS = new Set([
  ...HEADS.keys(),
  ...MEASURE_CUES.flatMap(([, cues]) => cues.filter((c) => !c.includes(" "))),
]);
/**
 * Heads of a phrase that names a body or an office that counts ("(camp officials)", "(community
 * leaders)", "(college registrar)", "(health directorate)", "(Mwangaza General Hospital)"): a
 * claimant, though "officials", "leaders" or "hospital" are also words of what a count is of, and
 * in lower case. A count word as the whole parenthesis ("(officials)") still says what is counted.
 */
const SOURCE_HEADS = new Set([
  "officials",
  "authorities",
  "leaders",
  "hospital",
  "hospitals",
  "clinic",
  "morgue",
  "mortuary",
  "registrar",
  "registry",
  "directorate",
  "secretariat",
  "administration",
  "department",
  "bureau",
  "municipality",
  "governorate",
  "prefecture",
  "diocese",
]);
const SOURCE_SUFFIX = /\s+(claim|claims|estimate|estimates|figure|figures|count|sources?)$/i;
/** How far after a claim its closing parenthesis may stand ("31 killed, 60 wounded (UN mission)"). */
const PAREN_REACH = 80;

/**
 * "31 killed, more than 60 wounded (UN mission)", "21 (residents)": a name in parentheses that
 * closes the claim's segment of a list line names who gives its figures. `opens`: the offsets of
 * the text's opening parentheses, in order (attributionContext's `parens`).
 */
export function parenthesisedClaimant(
  text: string,
  end: number,
  opens: readonly number[],
): Attribution | null {
  const limit = Math.min(text.length, end + PAREN_REACH);
  // The first "(" from `end` on, looked up: most claims have none within reach, and the text
  // between is read only when one is (this runs for every claim).
  const paren = opens[lowerBound(opens, end)];
  if (paren === undefined || paren > limit) return null;
  let open = end;
  // By char code. ( ) ; : . and line feed.
  while (open < paren) {
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
  const words = inner.toLowerCase().split(SPACES_AND_COMMAS);
  const source = words.length > 1 && SOURCE_HEADS.has(words[words.length - 1]!);
  if (!source && words.some((w) => COUNT_WORDS.has(w))) return null;
  const role = roleOf(inner);
  if (!source && role === "other" && !startsUpper(inner) && inner === trimmed) return null;
  const from = close - raw.length + raw.indexOf(inner);
  return { name: inner, role, span: { start: from, end: from + inner.length } };
}
