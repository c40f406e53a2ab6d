/**
 * The rules' cue as the text shows it, for a second opinion on a measure the rules chose
 * (second.ts, tenth round; opinion.ts, fourteenth): which side of the figure the cue of the
 * rules' measure stands, how many words off, whether a clause boundary lies between, its
 * nearest rival cue and the first -ed/-en verb after the figure — each crossed with the rules'
 * measure. Experiment features only; extraction does not read them.
 */
import { WORD_MEASURE } from "../../../src/core/extract/lexicon.js";
import { figureWindow, lemmaOf } from "../../../src/core/extract/measure-fallback.js";
import type { Measure } from "../../../src/core/model/claim.js";

const BOUNDARY = new Set([
  ";",
  "while",
  "whereas",
  "but",
  "who",
  "which",
  "whom",
  "whose",
  "where",
]);
export const bucket = (d: number) => (d <= 1 ? "1" : d <= 2 ? "2" : d <= 5 ? "3-5" : "6+");

/** The rules' cue and its rivals: side, distance in words, a clause boundary between. */
export function cueFeatures(text: string, start: number, end: number, rule: Measure): string[] {
  const { tokens, first, last, sentence } = figureWindow(text, start, end);
  const out = new Set<string>();
  type Hit = { m: Measure; d: number; side: string; across: boolean };
  const hits: Hit[] = [];
  for (const [dir, side] of [
    [-1, "l"],
    [1, "r"],
  ] as const) {
    let k = dir < 0 ? first - 1 : last + 1;
    let words = 0;
    let across = false;
    let verb: string | null = null;
    while (k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence && words < 14) {
      const t = tokens[k]!;
      if (BOUNDARY.has(t.lower)) across = true;
      if (t.lower === "that" && tokens[k - 1]?.lower === ",") across = true;
      if (
        t.lower === "and" &&
        dir > 0 &&
        tokens[k + 1]?.kind === "word" &&
        /ed$/.test(tokens[k + 1]!.lower)
      )
        across = true;
      if (t.kind === "word") {
        words++;
        const m = WORD_MEASURE.get(t.lower);
        if (m) hits.push({ m, d: words, side, across });
        if (
          dir > 0 &&
          !verb &&
          !across &&
          words <= 5 &&
          /(ed|en)$/.test(t.lower) &&
          t.lower.length > 3
        )
          verb = lemmaOf(t.text);
      }
      k += dir;
    }
    if (verb) out.add(`v=${verb}`);
  }
  hits.sort((a, b) => a.d - b.d);
  const own = hits.find((h) => h.m === rule);
  if (rule !== "other") {
    if (!own) out.add(`rc=none`);
    else {
      out.add(`rc=${own.side}${bucket(own.d)}`);
      if (own.across) out.add("rc=across");
    }
  }
  const rival = hits.find((h) => h.m !== rule);
  if (rival) {
    out.add(`alt=${rival.m}`);
    out.add(`alt=${rival.side}${bucket(rival.d)}`);
    if (rival.across) out.add("alt=across");
    if (!own || rival.d < own.d) out.add(`alt=closer`);
  }
  for (const f of [...out]) out.add(`${rule}&${f}`);
  if (rival) out.add(`${rule}>${rival.m}`);
  return [...out];
}
