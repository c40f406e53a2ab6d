/**
 * What the ninth round's experiments share (train.ts: measures; detect.ts: figures or not): the
 * development half's figures as read by the current rules and blind (blind-rules.json), their
 * features, folds by document, and multinomial logistic regression by seeded SGD.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extractClaims } from "../../../src/core/extract/index.js";
import {
  type DocumentContext,
  documentContext,
  type LinearModel,
  measureFeatures,
  mostProbable,
  probabilities,
  softmaxInPlace,
  type Weights,
} from "../../../src/core/extract/measure-fallback.js";
import { MEASURES, type Measure } from "../../../src/core/model/claim.js";
import type { EvalDocument, EvalFigure } from "../eval-set.js";
import { pairFigures } from "../score.js";

export interface Example {
  readonly doc: string;
  readonly genre: string;
  /** The proposed span, in the document's text. */
  readonly start: number;
  readonly end: number;
  readonly features: readonly string[];
  readonly rule: Measure;
  readonly gold: string;
  /**
   * The fallback may read it: the current rules found no measure cue here (for a blind reading:
   * its rules said `other`, and the current rules do not give this span a deliberate `other`).
   */
  readonly uncued: boolean;
}

/** Per development document, the rules' figures before any rule changed for it (blind-rules.ts). */
type BlindReadings = Record<
  string,
  { rules: string; figures: [number, number, number | null, number | null, Measure][] }
>;
const BLIND = new URL("./blind-rules.json", import.meta.url);
export const FOLDS = 5;

/**
 * Right answers per fold of the held-out readings, by reading ("blind", "current") and row (a
 * policy or a model): the cross-validation tables fallback.ts and second.ts print.
 */
export class FoldTally {
  readonly sizes = { blind: Array<number>(FOLDS).fill(0), current: Array<number>(FOLDS).fill(0) };
  private readonly right = new Map<string, number[]>();

  add(label: "blind" | "current", row: string, fold: number, n: number): void {
    const key = `${label}|${row}`;
    const counts = this.right.get(key) ?? Array<number>(FOLDS).fill(0);
    counts[fold]! += n;
    this.right.set(key, counts);
  }

  /** The reading's table: accuracy per fold (the first `folds` of them) and over all. */
  print(label: "blind" | "current", folds = FOLDS): void {
    const n = this.sizes[label].slice(0, folds);
    const total = n.reduce((a, b) => a + b, 0);
    console.log(`| | ${n.map((s, k) => `fold ${k + 1} (${s})`).join(" | ")} | all (${total}) |`);
    for (const [key, row] of this.right) {
      if (!key.startsWith(`${label}|`)) continue;
      const all = row.reduce((a, b) => a + b, 0) / total;
      console.log(
        `| ${key.slice(label.length + 1)} | ${row
          .slice(0, folds)
          .map((r, k) => (r / n[k]!).toFixed(3))
          .join(" | ")} | **${all.toFixed(3)}** |`,
      );
    }
  }
}

/** A model's answer for a figure: its most probable class and that class's probability. */
export function answerOf<C extends string>(
  model: LinearModel<C>,
  e: Example,
): { measure: C; p: number } {
  const p = probabilities(model, e.features);
  const best = mostProbable(p);
  return { measure: model.classes[best]!, p: p[best]! };
}

/**
 * Cross-validation by document, as every experiment here runs it: for each fold, `trainFold` trains the
 * fold's models on the other folds' readings (blind and current together), then each reading's
 * figures held out in the fold go to `score`, after `tally` has counted their number and the rules'
 * right answers alone.
 */
export function crossValidate<M>(
  readings: { readonly blind: readonly Example[]; readonly current: readonly Example[] },
  fold: ReadonlyMap<string, number>,
  tally: FoldTally,
  trainFold: (training: Example[]) => M,
  score: (label: "blind" | "current", held: Example[], k: number, models: M) => void,
  folds = FOLDS,
): void {
  for (let k = 0; k < folds; k++) {
    const out = (e: Example) => fold.get(e.doc) !== k;
    const models = trainFold([...readings.blind.filter(out), ...readings.current.filter(out)]);
    for (const label of ["blind", "current"] as const) {
      const held = readings[label].filter((e) => fold.get(e.doc) === k);
      tally.sizes[label][k] = held.length;
      tally.add(label, "rules alone", k, held.filter((e) => e.rule === e.gold).length);
      score(label, held, k, models);
    }
  }
}

const EPOCHS = Number(process.env.EPOCHS ?? 30);
const L2 = Number(process.env.L2 ?? 1e-4);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const PRUNE = Number(process.env.PRUNE ?? 0.1);
const RATE = Number(process.env.RATE ?? 0.5);
/** The order's seed: other seeds measure how much a result owes to the order alone. */
const SEED = Number(process.env.SEED ?? 10);

/** One document as one reading proposed its figures: those found, those not, and the misses. */
export interface Reading {
  readonly doc: string;
  /** Labelled with the labelled measure. */
  readonly found: readonly Example[];
  /** Labelled "spurious": proposed figures that match no label. */
  readonly spurious: readonly Example[];
  readonly missed: number;
}

type Proposed = Pick<EvalFigure, "start" | "end" | "min" | "max"> & { readonly measure: Measure };

/** The current rules alone (no fallback): their figures, and the spans they found no cue for. */
const rulesMemo = new Map<string, { figures: Proposed[]; uncued: Set<string> }>();
function rulesOf(doc: EvalDocument) {
  let read = rulesMemo.get(doc.name);
  if (!read) {
    const uncued = new Set<string>();
    const figures = extractClaims(doc.text, {
      measureFallback: (_, start, end) => {
        uncued.add(`${start}:${end}`);
        return "other";
      },
    }).flatMap((c) => (c.kind === "figure" ? [c] : []));
    read = { figures, uncued };
    rulesMemo.set(doc.name, read);
  }
  return read;
}

/** How an example's features are read (measure-fallback.ts's own, or an experiment's). */
export type FeaturesOf = (
  text: string,
  start: number,
  end: number,
  rule: Measure,
  context: DocumentContext,
) => string[];

function readingOf(
  doc: EvalDocument,
  predicted: readonly Proposed[],
  uncued: (p: Proposed) => boolean,
  featuresOf: FeaturesOf,
): Reading {
  const scored = pairFigures(doc, predicted);
  // The document around each figure as the fallback sees it: this reading's cued figures.
  const context = documentContext(predicted.filter((p) => !uncued(p)));
  const example = (p: Proposed, gold: string): Example => ({
    doc: doc.name,
    genre: doc.labels.genre,
    start: p.start,
    end: p.end,
    features: featuresOf(doc.text, p.start, p.end, p.measure, context),
    rule: p.measure,
    gold,
    uncued: uncued(p),
  });
  return {
    doc: doc.name,
    found: scored.pairs.map((p) => example(p.predicted, p.gold.measure)),
    spurious: scored.spurious.map((p) => example(p, "spurious")),
    missed: scored.missed.length,
  };
}

/** The development half as the current rules read it (tuned on it), without the fallback. */
export function currentReadings(
  docs: readonly EvalDocument[],
  featuresOf: FeaturesOf = measureFeatures,
): Reading[] {
  return docs.map((doc) => {
    const { figures, uncued } = rulesOf(doc);
    return readingOf(doc, figures, (p) => uncued.has(`${p.start}:${p.end}`), featuresOf);
  });
}

/**
 * The same from the blind readings (blind-rules.json): each document's figures as the rules
 * read it before any rule was changed for it — the errors rules make on text they were not
 * written for, which the current rules no longer make on the development half. A blind `other`
 * is one the fallback may read unless the current rules decide `other` on purpose there.
 */
export function blindReadings(
  docs: readonly EvalDocument[],
  featuresOf: FeaturesOf = measureFeatures,
): Reading[] {
  const blind = JSON.parse(readFileSync(BLIND, "utf8")) as BlindReadings;
  return docs.map((doc) => {
    const read = blind[doc.name];
    if (!read) throw new Error(`${doc.name}: no blind reading in ${BLIND.pathname}`);
    const now = rulesOf(doc);
    const deliberate = (p: Proposed) =>
      now.figures.some(
        (c) =>
          c.measure === "other" &&
          c.start < p.end &&
          p.start < c.end &&
          !now.uncued.has(`${c.start}:${c.end}`),
      );
    return readingOf(
      doc,
      read.figures.map(([start, end, min, max, measure]) => ({ start, end, min, max, measure })),
      (p) => p.measure === "other" && !deliberate(p),
      featuresOf,
    );
  });
}

/** Folds by document: within each genre, documents in hash order dealt round the folds. */
export function foldsOf(docs: readonly EvalDocument[]): Map<string, number> {
  const hash = (s: string) =>
    createHash("sha256").update(`casefile-measure-cv-1:${s}`).digest("hex");
  const byGenre = new Map<string, string[]>();
  for (const d of docs)
    byGenre.set(d.labels.genre, [...(byGenre.get(d.labels.genre) ?? []), d.name]);
  const fold = new Map<string, number>();
  let next = 0;
  for (const genre of [...byGenre.keys()].sort())
    for (const name of byGenre.get(genre)!.sort((a, b) => hash(a).localeCompare(hash(b))))
      fold.set(name, next++ % FOLDS);
  return fold;
}

/** A seeded generator (mulberry32), so that training is the same every run. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Multinomial logistic regression by stochastic gradient descent with L2 decay. With several
 * `seeds`, one model is trained in each seed's order and their weights averaged: an answer then
 * owes less to the order the examples happened to be seen in (the sixteenth round's fallback).
 */
export function train(examples: readonly Example[], seeds: readonly number[] = [SEED]): Weights {
  // Measures in the contract's order; any other labels (detect.ts) after them, sorted.
  const labels = new Set(examples.map((e) => e.gold));
  const classes: string[] = [
    ...MEASURES.filter((m) => labels.has(m)),
    ...[...labels].filter((l) => !(MEASURES as readonly string[]).includes(l)).sort(),
  ];
  const index = new Map(classes.map((c, i) => [c, i]));
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = (f: string) => (counts.get(f) ?? 0) >= MIN_COUNT;
  // The seeds' models summed, then divided by their number (one seed: its model as it is).
  const w = new Map<string, Float64Array>();
  for (const [f] of counts) if (kept(f)) w.set(f, new Float64Array(classes.length));
  const bias = new Float64Array(classes.length);
  for (const seed of seeds) {
    const one = sgd(examples, classes, index, kept, seed);
    for (const [f, row] of one.w) {
      const sum = w.get(f)!;
      for (let c = 0; c < classes.length; c++) sum[c]! += row[c]!;
    }
    for (let c = 0; c < classes.length; c++) bias[c]! += one.bias[c]!;
  }
  for (const row of w.values()) for (let c = 0; c < classes.length; c++) row[c]! /= seeds.length;
  for (let c = 0; c < classes.length; c++) bias[c]! /= seeds.length;
  const round = (v: number) => Math.round(v * 100) / 100;
  const weights: Record<string, string> = {};
  for (const f of [...w.keys()].sort()) {
    const packed = [...w.get(f)!]
      .flatMap((v, c) => (Math.abs(v) >= PRUNE ? [`${c}:${round(v)}`] : []))
      .join(" ");
    if (packed) weights[f] = packed;
  }
  return {
    language: "en",
    classes,
    bias: [...bias].map(round),
    weights,
  };
}

/** One model trained in one seed's order: its weights per kept feature, and its bias. */
function sgd(
  examples: readonly Example[],
  classes: readonly string[],
  index: ReadonlyMap<string, number>,
  kept: (feature: string) => boolean,
  seed: number,
): { w: Map<string, Float64Array>; bias: Float64Array } {
  const w = new Map<string, Float64Array>();
  for (const e of examples)
    for (const f of e.features)
      if (kept(f) && !w.has(f)) w.set(f, new Float64Array(classes.length));
  const bias = new Float64Array(classes.length);
  const order = examples.map((_, i) => i);
  const random = seeded(seed);
  const scores = new Float64Array(classes.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = RATE / (1 + epoch * 0.3);
    for (const n of order) {
      const e = examples[n]!;
      const fs = e.features.filter(kept);
      scores.set(bias);
      for (const f of fs) {
        const row = w.get(f)!;
        for (let c = 0; c < classes.length; c++) scores[c]! += row[c]!;
      }
      softmaxInPlace(scores);
      const gold = index.get(e.gold);
      for (let c = 0; c < classes.length; c++) {
        const g = scores[c]! - (c === gold ? 1 : 0);
        bias[c]! -= rate * g;
        for (const f of fs) {
          const row = w.get(f)!;
          row[c]! -= rate * (g + L2 * row[c]!);
        }
      }
    }
  }
  return { w, bias };
}

/**
 * Weights for the fallback (src/core/extract/measure-fallback.ts), which reads only figures the
 * rules left `other`: features that cross another rule's measure never fire there and go; of
 * the rest the `vocabulary` most frequent in training are kept, and weights under `floor`.
 */
export function prunedForFallback(
  weights: Weights,
  examples: readonly Example[],
  vocabulary: number,
  floor: number,
): Weights {
  const fires = (f: string) =>
    f.startsWith("rule=") ? f === "rule=other" : !/^[a-z_]+&/.test(f) || f.startsWith("other&");
  return pruned(weights, examples, vocabulary, floor, fires);
}

/**
 * A second opinion's weights (second.ts, opinion.ts): every rule's crosses kept, since that model
 * reads figures whatever measure the rules chose; the 3,000 most frequent features, weights
 * under 0.1 dropped.
 */
export const prunedForSecondOpinion = (weights: Weights, examples: readonly Example[]): Weights =>
  pruned(weights, examples, 3000, 0.1, () => true);

/** Of the features `keep` accepts, the `vocabulary` most frequent in training, weights ≥ `floor`. */
function pruned(
  weights: Weights,
  examples: readonly Example[],
  vocabulary: number,
  floor: number,
  keep: (feature: string) => boolean,
): Weights {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = new Set(
    Object.keys(weights.weights)
      .filter(keep)
      .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))
      .slice(0, vocabulary),
  );
  const out: Record<string, string> = {};
  for (const [f, packed] of Object.entries(weights.weights)) {
    if (!kept.has(f)) continue;
    const strong = packed
      .split(" ")
      .filter((pair) => Math.abs(Number(pair.split(":")[1])) >= floor)
      .join(" ");
    if (strong) out[f] = strong;
  }
  return { ...weights, weights: out };
}
