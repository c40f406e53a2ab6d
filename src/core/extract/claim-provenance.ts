/**
 * Proposes what an extracted claim rests on, from the words of its sentence, for a reviewer to
 * confirm: reported speech when someone other than the publisher states it ("Reuters said",
 * "according to the prosecutor"), official statistics, a cited document, or the writer's own
 * observation ("I counted"). The named speaker is already the claimant, and so the claim's origin;
 * a derivedFrom link is left for the reviewer, who knows which recorded claim is passed on.
 */
import type { Claimant } from "../model/claim.js";
import type { Basis, ProvenanceLink } from "../model/provenance.js";
import { lowerBound } from "../sorted/bounds.js";
import { isSpaceCode } from "../text/char-class.js";

const REACH = 300;

const OFFICIAL = /\bofficial\s+(statistics|figures|data|toll|count)\b|\bstatistics\b/i;
const OBSERVED =
  /\b(I|we)\s+(saw|counted|could\s+see|have\s+seen|watched)\b|\bseen\s+by\s+(this|our)\s+(reporter|correspondent)\b/i;
const DOCUMENT =
  /\b(report|document|register|records?|survey|study|findings)\b\s+(says|said|states|stated|shows|showed|puts?|lists?|found|records?)\b|\baccording\s+to\s+(the|a|an)\s+[^.,;]*\b(report|document|register|records?|survey|study)\b/i;
const SPEECH =
  /\b(said|says|told|according\s+to|estimated|estimates|reported|claimed|claims|put\s+the\s+toll)\b/i;

/**
 * The offsets of a text's line feeds and full stops, in order: the only characters a sentence's
 * bounds are read from, found once a text (by indexOf, which skips the rest quickly) instead of
 * walked to from every claim.
 */
function stopsOf(text: string): number[] {
  const stops: number[] = [];
  let feed = text.indexOf("\n");
  let dot = text.indexOf(".");
  while (feed >= 0 || dot >= 0) {
    if (dot < 0 || (feed >= 0 && feed < dot)) {
      stops.push(feed);
      feed = text.indexOf("\n", feed + 1);
    } else {
      stops.push(dot);
      dot = text.indexOf(".", dot + 1);
    }
  }
  return stops;
}

/**
 * The bounds of the sentence around [start, end): back to the last full stop or line break within
 * reach, on to the next (`stops`: stopsOf the text).
 */
function sentenceAround(
  text: string,
  stops: readonly number[],
  start: number,
  end: number,
): [number, number] {
  const from = Math.max(0, start - REACH);
  // The last ". " lying wholly before `start`, or line break before it, back to `from` only: a
  // search of the whole text before would cost as much as the text for every claim.
  let cut = -1;
  for (let s = lowerBound(stops, start) - 1; s >= 0 && stops[s]! >= from; s--) {
    const i = stops[s]!;
    if (text.charCodeAt(i) === 10 || (i <= start - 2 && text.charCodeAt(i + 1) === 32)) {
      cut = i;
      break;
    }
  }
  // As text.slice(end, end + REACH).search(/\.\s|\n/), without the slice.
  const limit = Math.min(text.length, end + REACH);
  let stop = limit;
  for (let s = lowerBound(stops, end); s < stops.length && stops[s]! < limit; s++) {
    const i = stops[s]!;
    if (text.charCodeAt(i) === 10 || (i + 1 < limit && isSpaceCode(text.charCodeAt(i + 1)))) {
      stop = i;
      break;
    }
  }
  return [cut < 0 ? from : cut + 1, stop];
}

export interface ProposedProvenance {
  readonly basis: Basis;
  readonly derivedFrom: ProvenanceLink | null;
}

/** What a sentence itself says of its basis, before the claimant is considered. */
type SentenceBasis = Basis | "speech" | null;

/** The readings in order of precedence: the first whose pattern matches anywhere wins. */
const READINGS: readonly { pattern: RegExp; basis: SentenceBasis }[] = [
  { pattern: OBSERVED, basis: "own_observation" },
  { pattern: OFFICIAL, basis: "official_statistics" },
  { pattern: DOCUMENT, basis: "cited_document" },
  { pattern: SPEECH, basis: "speech" },
];

// (One set of flags for all: each pattern is case-insensitive and nothing else.)
if (READINGS.some((r) => r.pattern.flags !== "i"))
  throw new Error("claim-provenance: every reading pattern must have the flags /i only");

/**
 * The four patterns as alternatives of one, in precedence order, so that a sentence is searched
 * once instead of four times (most sentences match none). At each position where some pattern
 * matches, the search reports the first of them in that order; resuming one character after each
 * match start visits every such position, so the best reading over the sentence is the one the
 * patterns give tested one by one. Every alternative opens with a word boundary, which the search
 * tests first: only a word's first letter is tried further. (A lookahead for the letters the
 * readings begin with, after it, made the search slower, not faster: 2.45 against 1.85 ms over
 * 3,990 sentences of the bench's texts on Node 20, 1.92 against 1.82 on Node 24.)
 */
const ANY_READING = new RegExp(
  `\\b(?:${READINGS.map((r, k) => `(?<r${k}>${r.pattern.source})`).join("|")})`,
  "gi",
);
const GROUPS = READINGS.map((_, k) => `r${k}`);

function sentenceBasis(sentence: string): SentenceBasis {
  let best = READINGS.length;
  ANY_READING.lastIndex = 0;
  for (let m = ANY_READING.exec(sentence); m !== null; m = ANY_READING.exec(sentence)) {
    let k = 0;
    while (k < GROUPS.length && m.groups![GROUPS[k]!] === undefined) k++;
    if (k < best) best = k;
    if (best === 0) break;
    ANY_READING.lastIndex = m.index + 1;
  }
  return best < READINGS.length ? READINGS[best]!.basis : null;
}

/**
 * Remembers each sentence's reading for one text: the claims of a text share their sentences,
 * and the patterns are the costly part; and where the text's sentences may end (stopsOf, found
 * at its first claim). Make one per text (provenanceMemo()).
 */
export interface ProvenanceMemo {
  readonly readings: Map<number, SentenceBasis>;
  stops: readonly number[] | null;
}

/** An empty memo, for one text. */
export function provenanceMemo(): ProvenanceMemo {
  return { readings: new Map(), stops: null };
}

/** @example proposeProvenance("Reuters said 12 died.", 13, 15, { name: "Reuters", role: "organisation" }).basis // "reported_speech" */
export function proposeProvenance(
  text: string,
  start: number,
  end: number,
  claimant: Claimant,
  memo: ProvenanceMemo = provenanceMemo(),
): ProposedProvenance {
  memo.stops ??= stopsOf(text);
  const [from, to] = sentenceAround(text, memo.stops, start, end);
  // One number per (from, to): a sentence read here is far shorter than 2^21 characters.
  const key = from * 2_097_152 + (to - from);
  let read = memo.readings.get(key);
  if (read === undefined) {
    read = sentenceBasis(text.slice(from, to));
    memo.readings.set(key, read);
  }
  const basis: Basis =
    read !== null && read !== "speech"
      ? read
      : claimant.role !== "publisher" || read === "speech"
        ? "reported_speech"
        : "unstated";
  return { basis, derivedFrom: null };
}
