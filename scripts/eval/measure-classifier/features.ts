/**
 * What the learned measure classifier (model.ts) sees of a figure: the words around it,
 * crudely lemmatised, on each side and in its sentence, the first word after the count (its
 * head noun), the cue classes the vocabulary gives those words, the rule grammar's own measure,
 * and where the figure stands in a structured line. Read from a window of the text as given
 * (debris and all), tokenised afresh, so that what it learns does not depend on the grammar's
 * internals.
 */

import { WORD_MEASURE } from "../../../src/core/extract/lexicon.js";
import { type Token, tokenize } from "../../../src/core/extract/tokens.js";
import type { Measure } from "../../../src/core/model/claim.js";

/** Characters of context read on each side of the figure's span. */
const REACH = 240;
/** Words read on each side, as a bag and (the nearest two) by position. */
const LEFT = 6;
const RIGHT = 8;

/**
 * A crude lemma: "killed", "kills", "killing" → "kill"; "deaths" → "death"; "injuries" →
 * "injury". Only suffixes are cut, so that no list is needed and another language can bring
 * its own.
 */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** The words of `tokens[from, to)` that are words, in order. */
function wordsBetween(tokens: readonly Token[], from: number, to: number, step: 1 | -1): Token[] {
  const out: Token[] = [];
  for (let k = from; step > 0 ? k < to : k >= to; k += step) {
    const t = tokens[k]!;
    if (t.kind === "word") out.push(t);
  }
  return out;
}

/**
 * The features of the figure at text[start, end) whose measure the rules read as `rule`. Each
 * feature is a string; the classifier weighs each once (a bag, duplicates collapsed).
 */
export function measureFeatures(text: string, start: number, end: number, rule: Measure): string[] {
  const from = Math.max(0, start - REACH);
  const tokens = tokenize(text.slice(from, Math.min(text.length, end + REACH)));
  let first = tokens.findIndex((t) => t.end > start - from);
  if (first < 0) first = tokens.length - 1;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end - from) last++;
  const sentence = tokens[first]?.sentence ?? 0;
  const features = new Set<string>([`rule=${rule}`]);
  const inSpan = wordsBetween(tokens, first, last + 1, 1);
  for (const t of inSpan) features.add(`in=${lemmaOf(t.text)}`);
  // Before the figure, nearest first, within its sentence.
  let k = first - 1;
  let seen = 0;
  let nearestCue: Measure | undefined;
  while (k >= 0 && tokens[k]!.sentence === sentence && seen < LEFT) {
    const t = tokens[k]!;
    if (t.kind === "word") {
      const lemma = lemmaOf(t.text);
      seen++;
      features.add(`l=${lemma}`);
      if (seen <= 2) features.add(`l${seen}=${lemma}`);
      const cue = WORD_MEASURE.get(t.lower);
      if (cue) {
        features.add(`cl=${cue}`);
        nearestCue ??= cue;
      }
    } else if (k === first - 1) features.add(`p-=${t.text}`);
    k--;
  }
  if (nearestCue) features.add(`ncl=${nearestCue}`);
  if (k < 0 || tokens[k]!.sentence !== sentence) features.add(`open=${Math.min(seen, 3)}`);
  // After the figure.
  k = last + 1;
  seen = 0;
  nearestCue = undefined;
  if (tokens[k]?.kind === "punct") features.add(`p+=${tokens[k]!.text}`);
  while (k < tokens.length && tokens[k]!.sentence === sentence && seen < RIGHT) {
    const t = tokens[k]!;
    if (t.kind === "word") {
      const lemma = lemmaOf(t.text);
      seen++;
      features.add(`r=${lemma}`);
      if (seen <= 2) features.add(`r${seen}=${lemma}`);
      const cue = WORD_MEASURE.get(t.lower);
      if (cue) {
        features.add(`cr=${cue}`);
        nearestCue ??= cue;
      }
    }
    k++;
  }
  if (nearestCue) features.add(`ncr=${nearestCue}`);
  // The rest of the sentence, as a bag of cue classes (scene-setting words far off).
  for (const t of tokens) {
    if (t.sentence !== sentence || t.kind !== "word") continue;
    const cue = WORD_MEASURE.get(t.lower);
    if (cue) features.add(`cs=${cue}`);
  }
  // A structured line: the figure opens its line, or follows a label and a colon on it.
  // (Only within the window: a text of one long line must not cost a scan per figure.)
  const window = text.slice(from, start);
  const nl = window.lastIndexOf("\n");
  const before = nl >= 0 || from === 0 ? window.slice(nl + 1) : "…";
  if (/^[\s*•·\-–|]*$/.test(before)) features.add("line=opens");
  else if (/:\s*$/.test(before)) features.add("line=colon");
  else if (before.includes("|") || before.includes("\t")) features.add("line=cell");
  // The rules' measure beside the nearest words: where the rules go wrong is word-specific.
  for (const f of [...features])
    if (/^(l1|r1|r2|in|ncl|ncr)=/.test(f)) features.add(`${rule}&${f}`);
  return [...features];
}
