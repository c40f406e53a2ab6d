/**
 * Speaker turns of a record of proceedings ("Mr David Carrow (Northfield) (Lab): …",
 * "Answer of the Minister of the Interior:"): a line opening with a speaker's label and a colon
 * gives the voice of everything up to the next turn that no one else is said to state.
 */

import { startOf, upperBoundBy } from "../sorted/bounds.js";
import { startsUpper } from "../text/char-class.js";
import { HAS_DIGIT } from "../text/word-shapes.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const SPACES = /\s+/;
const THE = /^the$/i;
const LEADING_THE = /^(the)\s/i;

export interface SpeakerTurn {
  /** Cleaned-text offset where the turn begins (its label) and the span of the name. */
  readonly start: number;
  readonly name: string;
  readonly span: { readonly start: number; readonly end: number };
}

/**
 * Words that make a line's label a speaker rather than a field ("Deaths:", "Location:"). The
 * honorifics are those of the records' languages, not English alone: an Indian house's "SHRI K. C.
 * PANT:" and "SHRIMATI …", a Malaysian one's "Dato' HARUN:", "Puan …", "Encik …" open a turn as
 * "Mr …" does.
 */
const TITLES =
  /^(mr|mrs|ms|miss|dr|lord|lady|baroness|baron|sir|dame|minister|deputy|senator|secretary|speaker|president|chairman|chairwoman|chair|judge|justice|representative|rep|sen|prime|the|answer|reply|rt|hon|commissioner|ambassador|delegate|viscount|earl|marquess|duke|countess|duchess|shri|shrimati|smt|kumari|dato['’]?|datuk|datin|puan|encik|tuan|tun)\.?$/i;
const LEADS = /^(answer|reply|response)\s+(of|by|from)\s+/i;
/** Titles of a person: "Mr BRENNAN (Minister for Foreign Affairs)" is Mr Brennan, not the office. */
const PERSONAL =
  /^(mr|mrs|ms|miss|dr|lord|lady|baroness|baron|sir|dame|senator|viscount|earl|marquess|duke|countess|duchess|shri|shrimati|smt|kumari|dato['’]?|datuk|datin|puan|encik|tuan|tun)\.?$/i;
/**
 * What may follow "The" in a speaker's label: an office ("The MINISTER OF HEALTH (Dr. …)", "The
 * CHIEF SECRETARY"). A run-in heading ("THE DEAD:", "THE ARRESTS:", "The Uncounted:") or a sentence
 * before a colon ("The rebels let the youngest go before noon: some 60 …") names no speaker.
 */
const OFFICE =
  /^(minister|deputy|secretary|speaker|president|chairman|chairwoman|chair|judge|justice|prime|commissioner|ambassador|delegate|chief|attorney|attorney-general|solicitor|solicitor-general|leader|parliamentary|under-secretary|acting|presiding|clerk|governor|premier|chancellor|mayor|honourable|honorable|hon|rt|right|lord|lady)\.?$/i;
/** A label that says something ("Justice is being done:") is a sentence, not a speaker. */
const FINITE = /\s(is|are|was|were|has|have|had|will|being|been)(\s|$)/i;
/** Fewest words a label before a dash may have: "Mr HOLLOWAY (Kingsford) — My question …". */
const MAX_DASH_WORDS = 8;
const MAX_LABEL = 120;
const MAX_WORDS = 14;
/** A short value after the colon is an infobox field ("President: A. Kerege"), not speech. */
const MIN_SPEECH = 40;

function nameOf(label: string): string {
  // "The Minister of State (Mrs Helen Grange)": the person in the parenthesis, when titled.
  const personal = PERSONAL.test(label.split(SPACES)[0] ?? "");
  for (const m of personal ? [] : label.matchAll(/\(([^()]+)\)/g)) {
    const first = m[1]!.trim().split(SPACES)[0] ?? "";
    if (TITLES.test(first) && !THE.test(first)) return m[1]!.trim();
  }
  return label
    .replace(/\([^()]*\)/g, " ")
    .replace(LEADS, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The first of some characters at or after a position, remembered: lines are read in text order,
 * so each search starts where the last one found its character, and the whole text is searched
 * once (a search from every line to the next such character could read the text once per line).
 */
function nextOf(text: string, chars: RegExp): (from: number) => number {
  let found = -2;
  let searchedFrom = 0;
  return (from) => {
    if (searchedFrom <= from && (found === -1 || found >= from)) return found;
    chars.lastIndex = from;
    found = chars.test(text) ? chars.lastIndex - 1 : -1;
    searchedFrom = from;
    return found;
  };
}

/** The first colon in text[from, to), or -1. */
function colonWithin(next: (from: number) => number, from: number, to: number): number {
  const i = next(from);
  return i >= 0 && i < to ? i : -1;
}

/**
 * "Mr BRENNAN (Minister) — I thank …": a spaced em or en dash closing a label, or -1; unspaced
 * ("Mr CAMERON—Is the Minister aware …", "Mr BRAITHWAITE (Minister for Foreign Affairs)—I thank")
 * only after a member's name in capitals or its bracket, as Hansard sets it.
 */
function dashWithin(text: string, next: (from: number) => number, from: number, to: number) {
  for (let i = next(from + 1); i >= 0 && i < to; i = next(i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 32) return i;
    if (CAPITAL_NAME.test(text.slice(from, i))) return i;
  }
  return -1;
}
/** A titled name in capitals, with its bracket if any, closing a label ("Mr HOLLOWAY (Denison)"). */
const CAPITAL_NAME = /^\S+\.?\s+(?:[A-Z][A-Z'’-]+\s+)*[A-Z][A-Z'’-]+(?:\s*\([^()\n]{1,60}\))?$/;

/** Letters a testimony's heading may begin with (TESTIMONY folds "ſ" to "s"). */
function mayOpenTestimony(c: number): boolean {
  const lower = c | 32;
  return (
    (c < 128 &&
      (lower === 116 || lower === 115 || lower === 105 || lower === 97 || lower === 119)) ||
    c === 0x17f
  );
}

/**
 * "Testimony 7 — woman, 52, farmer", "Statement B (survivor, aged 40)": the heading of one
 * witness's account in an annex of testimonies; the description is the voice of what follows.
 * (The cleaner may have joined the heading to the quotation under it: the description stops at
 * the opening quotation mark.)
 */
const TESTIMONY =
  /^(?:testimony|statement|interview|account|witness)\s+(?:no\.?\s*)?[\p{L}\d]{1,4}\.?\s*(?:[—–:-]|\()\s*([^"“()\n]{3,60}?)\)?\s*(?:["“]|$)/iu;

/** Whether a label leaves a parenthesis open: its colon is inside it, not after a speaker. */
function openParenthesis(label: string): boolean {
  return label.lastIndexOf("(") > label.lastIndexOf(")");
}

/** Every speaker turn in a cleaned text, in text order. */
export function findSpeakerTurns(text: string): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  const nextColon = nextOf(text, /:/g);
  const nextDash = nextOf(text, /[\u2013\u2014]/g);
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    // Look for the colon inside the line's first characters only: a search through the rest of
    // the text for every line would be quadratic.
    let colon = colonWithin(nextColon, at, Math.min(end, at + MAX_LABEL + 1));
    // A record that sets its speakers off with a dash: the label must be short and titled.
    const dash = dashWithin(
      text,
      nextDash,
      at,
      colon > at ? colon : Math.min(end, at + MAX_LABEL + 1),
    );
    if (
      dash > at &&
      PERSONAL.test(text.slice(at, dash).split(SPACES)[0] ?? "") &&
      text.slice(at, dash).trim().split(SPACES).length <= MAX_DASH_WORDS
    )
      colon = dash;
    const testimony = mayOpenTestimony(text.charCodeAt(at))
      ? TESTIMONY.exec(text.slice(at, Math.min(end, at + MAX_LABEL)))
      : null;
    if (testimony) {
      const name = testimony[1]!.trim();
      const from = at + text.slice(at, end).lastIndexOf(name);
      turns.push({ start: at, name, span: { start: from, end: from + name.length } });
    } else if (colon > at) {
      const label = text.slice(at, colon).trim();
      const words = label.split(SPACES);
      const rest = text.slice(colon + 1, end).trim();
      if (
        words.length <= MAX_WORDS &&
        TITLES.test(words[0] ?? "") &&
        (!THE.test(words[0] ?? "") || OFFICE.test(words[1] ?? "")) &&
        // ("The Alto Serrano revolt (Spanish: Revuelta …) was": a colon inside a parenthesis.)
        !openParenthesis(label) &&
        startsUpper(label) &&
        !FINITE.test(label) &&
        !HAS_DIGIT.test(label.replace(/\([^()]*\)/g, "")) &&
        (rest.length === 0 || rest.length >= MIN_SPEECH)
      ) {
        const name = nameOf(label);
        const from = at + text.slice(at, colon).indexOf(name.split(" ")[0] ?? "");
        if (name.split(" ").length >= 2 || startsUpper(name)) {
          turns.push({
            start: at,
            name: name.replace(LEADING_THE, ""),
            span: { start: Math.max(at, from), end: colon },
          });
        }
      }
    }
    at = end + 1;
  }
  return turns;
}

/** The turn in force at `offset`: the last starting at or before it. */
export function turnAt(turns: readonly SpeakerTurn[], offset: number): SpeakerTurn | null {
  const after = upperBoundBy(turns, offset, startOf);
  return after > 0 ? turns[after - 1]! : null;
}
