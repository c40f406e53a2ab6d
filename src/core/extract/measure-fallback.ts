/**
 * The learned fallback for a figure's measure: where the figure grammar found no measure cue at
 * all (its `other` for want of one, not a decision such as a capacity, a release or two measures
 * joined), a multinomial logistic regression over the figure's context picks the measure, if
 * its probability reaches the model's own bar. Trained on the evaluation set's development half
 * (scripts/eval/measure-classifier/fallback.ts --write); its weights are data, one file per
 * language (measure-fallback.en.json), so that another language can ship its own.
 *
 * What it sees is read afresh from a window of the text as given (debris and all): the words on
 * each side within the sentence, crudely lemmatised (a bag, and the nearest two by position),
 * the words of the span, the cue class the vocabulary gives each word, the punctuation next to
 * the number, and whether the figure opens a line, follows a colon or sits in a cell — so that
 * what it learns does not depend on the grammar's internals. From the document around it, the
 * measure of the nearest figure a cue decided before and after it in its paragraph (the
 * document's context, built once per document from the rules' reading).
 */
import { isMeasure, type Measure } from "../model/claim.js";
import { upperBound } from "../sorted/bounds.js";
import { WORD_MEASURE } from "./lexicon.js";
import ENGLISH_WEIGHTS from "./measure-fallback.en.json" with { type: "json" };
import { type Token, tokenize } from "./tokens.js";

/** Weights as stored: plain data. */
export interface Weights {
  readonly language: string;
  /** The answers the model can give, in the order of `bias` and of each weight's index. */
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  /** Per feature, its non-zero weights as "classIndex:weight classIndex:weight …". */
  readonly weights: Readonly<Record<string, string>>;
}

/** A measure model's weights, with the probability its answer needs to replace `other`. */
export interface FallbackWeights extends Weights {
  readonly threshold: number;
}

/**
 * Weights compiled for lookup: each feature's number, and the weights of feature i at
 * [starts[i], starts[i + 1]) of two flat arrays (its classes and values, in the stored order).
 * Flat, because a figure's ~100 features are looked up in a pass whose other work has pushed
 * the model out of the caches: a list of pairs per feature was a chase through scattered
 * objects for each weight (the fallback read ~4 % of a pass for its ~170 figures).
 */
export interface LinearModel<C extends string> {
  readonly classes: readonly C[];
  readonly bias: Float64Array;
  readonly features: ReadonlyMap<string, number>;
  readonly starts: Int32Array;
  readonly classOf: Int32Array;
  readonly values: Float64Array;
}

export interface FallbackModel extends LinearModel<Measure> {
  readonly threshold: number;
}

/** Characters of context read on each side of the figure's span. */
const REACH = 150;
/** Words read on each side, as a bag and (the nearest two) by position. */
const LEFT = 6;
const RIGHT = 8;
const LINE_OPENS = /^[\s*•·\-–|]*$/;
const AFTER_COLON = /:\s*$/;
/** A feature of the nearest words (/^(l1|r1|r2|in|ncl|ncr)=/, by char code: ~100 a figure). */
function isNearest(f: string): boolean {
  const a = f.charCodeAt(0);
  const b = f.charCodeAt(1);
  if (f.charCodeAt(2) === 61)
    return (
      (a === 108 && b === 49) || (a === 114 && (b === 49 || b === 50)) || (a === 105 && b === 110)
    );
  return (
    a === 110 &&
    b === 99 &&
    (f.charCodeAt(2) === 108 || f.charCodeAt(2) === 114) &&
    f.charCodeAt(3) === 61
  );
}
/** Characters within which a cued figure before or after the figure is its neighbour. */
const NEIGHBOUR = 400;

/**
 * The document around the figures the fallback reads: the figures a cue gave a measure (not
 * `other`), by start, with their spans in the text as given. Built once per document.
 */
export interface DocumentContext {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly measures: readonly Measure[];
}

/** The context of a document whose cued figures are `cued` (their `other`s are left out). */
export function documentContext(
  cued: readonly { readonly start: number; readonly end: number; readonly measure: Measure }[],
): DocumentContext {
  const kept = cued.filter((f) => f.measure !== "other").sort((a, b) => a.start - b.start);
  // (Filled by a loop: Int32Array.from with a function is a slow path on Node 20.)
  const starts = new Int32Array(kept.length);
  const ends = new Int32Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    starts[i] = kept[i]!.start;
    ends[i] = kept[i]!.end;
  }
  return { starts, ends, measures: kept.map((f) => f.measure) };
}

/** A blank line in text[from, to) (at most NEIGHBOUR characters: no scan beyond them). */
function paragraphBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++)
    if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return true;
  return false;
}

/**
 * The measures of the nearest cued figures before and after text[start, …) in its paragraph,
 * as features crossed with the rules' measure: a count with no cue of its own often continues
 * its neighbour's ("… 300 were killed. Another 40 …"), and crossed, they are learned only from
 * the figures the rules left `other` (the rest never reach the fallback, which drops them).
 */
function neighbourFeatures(
  text: string,
  start: number,
  rule: Measure,
  context: DocumentContext,
  features: Set<string>,
): void {
  const { starts, ends, measures } = context;
  // The first cued figure starting after `start`, by bisection.
  const lo = upperBound(starts, start);
  if (
    lo < starts.length &&
    starts[lo]! - start <= NEIGHBOUR &&
    !paragraphBreak(text, start, starts[lo]!)
  )
    features.add(`${rule}&nm=${measures[lo]}`);
  // The nearest ending before it (not the figure itself, nor a count around it).
  let k = lo - 1;
  while (k >= 0 && ends[k]! > start) k--;
  if (k >= 0 && start - ends[k]! <= NEIGHBOUR && !paragraphBreak(text, ends[k]!, start))
    features.add(`${rule}&pm=${measures[k]}`);
}

/**
 * A crude lemma: "killed", "kills", "killing" → "kill"; "deaths" → "death"; "injuries" →
 * "injury". Only suffixes are cut, so that no list is needed and another language can bring
 * its own.
 */
export function lemmaOf(word: string): string {
  return lemmaOfLower(word.toLowerCase());
}

/**
 * lemmaOf of a word already in lower case: a token's `lower` (a window of the text as given is
 * mostly two-byte, and lower-casing a two-byte word again is a call into the runtime).
 */
function lemmaOfLower(w: string): string {
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/**
 * The text the model reads around the figure at text[start, end): the tokens within REACH
 * characters on each side (tokenised from `from`), the figure's first and last token among them,
 * and its sentence.
 */
export function figureWindow(text: string, start: number, end: number) {
  const from = Math.max(0, start - REACH);
  const tokens = tokenize(text.slice(from, Math.min(text.length, end + REACH)));
  let first = tokens.findIndex((t) => t.end > start - from);
  if (first < 0) first = tokens.length - 1;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end - from) last++;
  return { from, tokens, first, last, sentence: tokens[first]?.sentence ?? 0 };
}

/**
 * The words on one side of a figure (`step` -1 before it, 1 after), nearest first, within its
 * sentence and `limit` words, as features of that `side`: a bag ("l=", "r="), the nearest two by
 * place ("l1=", "r2="), the cue classes they name ("cl=", "cr=") and the nearest of those ("ncl=",
 * "ncr="). Returns where the walk stopped and how many words it read.
 */
function sideFeatures(
  tokens: readonly Token[],
  cues: readonly (Measure | undefined)[],
  from: number,
  step: 1 | -1,
  limit: number,
  sentence: number,
  side: "l" | "r",
  features: Set<string>,
): { stop: number; seen: number } {
  let k = from;
  let seen = 0;
  let nearestCue: Measure | undefined;
  while (k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence && seen < limit) {
    const t = tokens[k]!;
    if (t.kind === "word") {
      const lemma = lemmaOfLower(t.lower);
      seen++;
      features.add(`${side}=${lemma}`);
      if (seen <= 2) features.add(`${side}${seen}=${lemma}`);
      const cue = cues[k];
      if (cue) {
        features.add(`c${side}=${cue}`);
        nearestCue ??= cue;
      }
    }
    k += step;
  }
  if (nearestCue) features.add(`nc${side}=${nearestCue}`);
  return { stop: k, seen };
}

/**
 * The features of the figure at text[start, end) whose measure the rules read as `rule`, in a
 * document whose cued figures are `context`. Each feature is a string; the classifier weighs
 * each once (a bag, duplicates collapsed).
 */
export function measureFeatures(
  text: string,
  start: number,
  end: number,
  rule: Measure,
  context: DocumentContext,
): string[] {
  return [...featureSet(text, start, end, rule, context)];
}

/** The cue class of each word of the figure's sentence in the window, by token (kept for reuse). */
const cueScratch: (Measure | undefined)[] = [];

/** measureFeatures as the set built, in the order of its features. */
function featureSet(
  text: string,
  start: number,
  end: number,
  rule: Measure,
  context: DocumentContext,
): Set<string> {
  const { from, tokens, first, last, sentence } = figureWindow(text, start, end);
  // Each word of the sentence looked up once (the sides' words are read again for the bag).
  const cues = cueScratch;
  cues.length = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    cues[k] = t.sentence === sentence && t.kind === "word" ? WORD_MEASURE.get(t.lower) : undefined;
  }
  const features = new Set<string>([`rule=${rule}`]);
  for (let k = first; k <= last; k++)
    if (tokens[k]?.kind === "word") features.add(`in=${lemmaOfLower(tokens[k]!.lower)}`);
  // Before the figure: the mark just before it, its words, and whether its sentence opens there.
  const mark = tokens[first - 1];
  if (mark !== undefined && mark.kind !== "word" && mark.sentence === sentence)
    features.add(`p-=${mark.text}`);
  const left = sideFeatures(tokens, cues, first - 1, -1, LEFT, sentence, "l", features);
  if (left.stop < 0 || tokens[left.stop]!.sentence !== sentence)
    features.add(`open=${Math.min(left.seen, 3)}`);
  // After the figure.
  if (tokens[last + 1]?.kind === "punct") features.add(`p+=${tokens[last + 1]!.text}`);
  sideFeatures(tokens, cues, last + 1, 1, RIGHT, sentence, "r", features);
  // The rest of the sentence, as a bag of cue classes (scene-setting words far off).
  for (let k = 0; k < tokens.length; k++) {
    const cue = cues[k];
    if (cue) features.add(`cs=${cue}`);
  }
  // A structured line: the figure opens its line, or follows a label and a colon on it.
  // (Only within the window: a text of one long line must not cost a scan per figure.)
  const window = text.slice(from, start);
  const nl = window.lastIndexOf("\n");
  const before = nl >= 0 || from === 0 ? window.slice(nl + 1) : "…";
  if (LINE_OPENS.test(before)) features.add("line=opens");
  else if (AFTER_COLON.test(before)) features.add("line=colon");
  else if (before.includes("|") || before.includes("\t")) features.add("line=cell");
  // The rules' measure beside the nearest words: where the rules go wrong is word-specific.
  // (The features so far, in order: a set's walk also meets what is added during it.)
  let earlier = features.size;
  for (const f of features) {
    if (earlier-- === 0) break;
    if (isNearest(f)) features.add(`${rule}&${f}`);
  }
  neighbourFeatures(text, start, rule, context, features);
  return features;
}

/** Compiles stored weights; throws on a class `isClass` refuses or a malformed weight. */
export function compileLinear<C extends string>(
  w: Weights,
  isClass: (c: string) => c is C,
): LinearModel<C> {
  const classes: C[] = [];
  for (const c of w.classes)
    if (isClass(c)) classes.push(c);
    else throw new RangeError(`model ${w.language}: unknown class ${c}`);
  if (w.bias.length !== w.classes.length)
    throw new RangeError(
      `model ${w.language}: ${w.bias.length} biases for ${w.classes.length} classes`,
    );
  const features = new Map<string, number>();
  const starts: number[] = [0];
  const classOf: number[] = [];
  const values: number[] = [];
  for (const [feature, packed] of Object.entries(w.weights)) {
    for (const pair of packed.split(" ")) {
      const [i, v] = pair.split(":");
      const index = Number(i);
      const value = Number(v);
      if (
        !Number.isInteger(index) ||
        index < 0 ||
        index >= w.classes.length ||
        !Number.isFinite(value)
      )
        throw new RangeError(`model ${w.language}: bad weight "${pair}" of ${feature}`);
      classOf.push(index);
      values.push(value);
    }
    features.set(feature, starts.length - 1);
    starts.push(values.length);
  }
  return {
    classes,
    bias: Float64Array.from(w.bias),
    features,
    starts: Int32Array.from(starts),
    classOf: Int32Array.from(classOf),
    values: Float64Array.from(values),
  };
}

/** A fallback model: its classes must be measures, its bar a probability. */
export function compileFallback(w: FallbackWeights): FallbackModel {
  if (!(w.threshold >= 0 && w.threshold <= 1))
    throw new RangeError(`model ${w.language}: threshold ${w.threshold} is no probability`);
  return Object.assign(compileLinear(w, isMeasure), { threshold: w.threshold });
}

/** The model's probability for each class, given a figure's features. */
export function probabilities(
  model: LinearModel<string>,
  features: readonly string[],
): Float64Array {
  return probabilitiesInto(model, features, new Float64Array(model.bias.length));
}

/** probabilities written into `scores` (one array per model, not one a figure: a figure's is read once). */
function probabilitiesInto(
  model: LinearModel<string>,
  features: readonly string[],
  scores: Float64Array,
): Float64Array {
  scores.set(model.bias);
  const { starts, classOf, values } = model;
  // (In the features' order, each weight in the stored order: the same sums, bit for bit. By
  // index: a set's iterator read 1.3 % of a pass's profile where the array's loop read 0.7 %.)
  for (let f = 0; f < features.length; f++) {
    const i = model.features.get(features[f]!);
    if (i === undefined) continue;
    for (let w = starts[i]!, end = starts[i + 1]!; w < end; w++) scores[classOf[w]!]! += values[w]!;
  }
  softmaxInPlace(scores);
  return scores;
}

/** The index of the most probable class (the first of equals). */
export function mostProbable(p: Float64Array): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  return best;
}

/** Class scores become probabilities (shifted by the largest, so that no exponent overflows). */
export function softmaxInPlace(scores: Float64Array): void {
  let top = Number.NEGATIVE_INFINITY;
  for (const s of scores) top = Math.max(top, s);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = Math.exp(scores[i]! - top);
    sum += scores[i]!;
  }
  for (let i = 0; i < scores.length; i++) scores[i]! /= sum;
}

/**
 * Reads the measure of the figure at text[start, end), which the grammar found no cue for, in a
 * document whose cued figures are `context`; `other` when unsure.
 */
export type MeasureFallback = (
  text: string,
  start: number,
  end: number,
  context: DocumentContext,
) => Measure;

/** The fallback a model gives: its answer where its probability reaches its bar, else `other`. */
export function fallbackOf(model: FallbackModel): MeasureFallback {
  const scores = new Float64Array(model.bias.length);
  return (text, start, end, context) => {
    const p = probabilitiesInto(model, measureFeatures(text, start, end, "other", context), scores);
    const best = mostProbable(p);
    return p[best]! >= model.threshold ? model.classes[best]! : "other";
  };
}

/** The English model, compiled once. */
export const ENGLISH_FALLBACK: MeasureFallback = fallbackOf(compileFallback(ENGLISH_WEIGHTS));
