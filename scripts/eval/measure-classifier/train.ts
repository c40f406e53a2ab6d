/**
 * An experiment of issue 10's ninth round: can a learned classifier read figures' measures
 * better than the rules on text they were not written for? Multinomial logistic regression
 * (model.ts) over the context of each figure (features.ts), trained on the evaluation set's
 * DEVELOPMENT half only; the test half is never read here.
 *
 * It learns from two readings of every development figure: the current rules' (tuned on these
 * documents, so right 93 % of the time) and the blind one (blind-rules.json: the rules as they
 * stood before each batch was added, right 81 % of the time, as the rules are on unseen text).
 *
 *   npx tsx scripts/eval/measure-classifier/train.ts           5-fold cross-validation by document
 *                                                               (folds stratified by genre): the
 *                                                               rules vs each policy, per fold, on
 *                                                               the blind and the current readings
 *   npx tsx scripts/eval/measure-classifier/train.ts --corpus  the same policies on the corpus
 *
 * TRAIN=blind|current|both (default both) picks the training readings. Deterministic (a seeded
 * order, fixed epochs). Results: BENCHMARKS.md, issue 10, "Ninth round".
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "../../../src/core/extract/index.js";
import { MEASURES, type Measure } from "../../../src/core/model/claim.js";
import { CORPUS_DIR, HAS_CORPUS } from "../../../test/support/paths.js";
import { type EvalDocument, type EvalFigure, loadHalf } from "../eval-set.js";
import { pairFigures, scoreDocument } from "../score.js";
import { measureFeatures } from "./features.js";
import {
  compileMeasureModel,
  learnedMeasure,
  type MeasureWeights,
  measureProbabilities,
} from "./model.js";

interface Example {
  readonly doc: string;
  readonly genre: string;
  readonly features: readonly string[];
  readonly rule: Measure;
  readonly gold: Measure;
}

/** Per development document, the rules' figures before any rule changed for it (blind-rules.ts). */
type BlindReadings = Record<
  string,
  { rules: string; figures: [number, number, number | null, number | null, Measure][] }
>;
const BLIND = new URL("./blind-rules.json", import.meta.url);
const FOLDS = 5;
const EPOCHS = Number(process.env.EPOCHS ?? 30);
const L2 = Number(process.env.L2 ?? 1e-4);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const PRUNE = Number(process.env.PRUNE ?? 0.1);
const RATE = Number(process.env.RATE ?? 0.5);

/** The development half's found figures, with the rules' measure and the labelled one. */
function currentExamples(docs: readonly EvalDocument[]): Example[] {
  return docs.flatMap((doc) =>
    scoreDocument(doc).pairs.map((p) => ({
      doc: doc.name,
      genre: doc.labels.genre,
      features: measureFeatures(doc.text, p.predicted.start, p.predicted.end, p.predicted.measure),
      rule: p.predicted.measure,
      gold: p.gold.measure as Measure,
    })),
  );
}

/**
 * The same from the blind readings (blind-rules.json): each document's figures as the rules
 * read it before any rule was changed for it — the errors rules make on text they were not
 * written for, which the current rules no longer make on the development half.
 */
function blindExamples(docs: readonly EvalDocument[]): Example[] {
  const blind = JSON.parse(readFileSync(BLIND, "utf8")) as BlindReadings;
  return docs.flatMap((doc) => {
    const read = blind[doc.name];
    if (!read) throw new Error(`${doc.name}: no blind reading in ${BLIND.pathname}`);
    const predicted = read.figures.map(([start, end, min, max, measure]) => ({
      start,
      end,
      min,
      max,
      measure,
    }));
    return pairFigures(doc, predicted).pairs.map((p) => ({
      doc: doc.name,
      genre: doc.labels.genre,
      features: measureFeatures(doc.text, p.predicted.start, p.predicted.end, p.predicted.measure),
      rule: p.predicted.measure,
      gold: p.gold.measure as Measure,
    }));
  });
}

/** Folds by document: within each genre, documents in hash order dealt round the folds. */
function foldsOf(docs: readonly EvalDocument[]): Map<string, number> {
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

/** Multinomial logistic regression by stochastic gradient descent with L2 decay. */
function train(examples: readonly Example[], policy: MeasureWeights["policy"]): MeasureWeights {
  const classes = MEASURES.filter((m) => examples.some((e) => e.gold === m));
  const index = new Map(classes.map((c, i) => [c, i]));
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = (f: string) => (counts.get(f) ?? 0) >= MIN_COUNT;
  const w = new Map<string, Float64Array>();
  for (const [f] of counts) if (kept(f)) w.set(f, new Float64Array(classes.length));
  const bias = new Float64Array(classes.length);
  const order = examples.map((_, i) => i);
  const random = seeded(10);
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
      let top = Number.NEGATIVE_INFINITY;
      for (const s of scores) top = Math.max(top, s);
      let sum = 0;
      for (let c = 0; c < classes.length; c++) {
        scores[c] = Math.exp(scores[c]! - top);
        sum += scores[c]!;
      }
      const gold = index.get(e.gold);
      for (let c = 0; c < classes.length; c++) {
        const g = scores[c]! / sum - (c === gold ? 1 : 0);
        bias[c]! -= rate * g;
        for (const f of fs) {
          const row = w.get(f)!;
          row[c]! -= rate * (g + L2 * row[c]!);
        }
      }
    }
  }
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
    policy,
  };
}

const nameOf = (p: MeasureWeights["policy"]) =>
  p.threshold > 1 && p.whenOther > 1
    ? "rules alone"
    : p.threshold === p.whenOther
      ? `override p≥${p.threshold}`
      : `if rules say other ${p.whenOther > 1 ? "never" : `p≥${p.whenOther}`}, else ${p.threshold > 1 ? "never" : `p≥${p.threshold}`}`;

const args = process.argv.slice(2);
const docs = loadHalf("dev");
const current = currentExamples(docs);
const blind = blindExamples(docs);
/** What the model learns from: the blind readings, the current ones, or both. */
const source = process.env.TRAIN ?? "both";
const trainable = (es: { blind: readonly Example[]; current: readonly Example[] }) =>
  source === "both" ? [...es.blind, ...es.current] : source === "current" ? es.current : es.blind;

if (args.includes("--corpus")) {
  // The corpus guard: the model trained on the whole development half, applied after the rules
  // to both corpus files under each candidate policy, scored as the corpus accuracy test does
  // (a figure counts when its span, bounds, measure, hedge and subgroup all agree).
  if (!HAS_CORPUS) throw new Error(`no corpus at ${CORPUS_DIR}`);
  const weights = train(trainable({ blind, current }), { threshold: 2, whenOther: 2 });
  const files = ["figures-000.json", "figures-004.json"].map((f) => {
    const labels = JSON.parse(
      readFileSync(new URL(`../../../test/fixtures/labels/${f}`, import.meta.url), "utf8"),
    ) as { file: string; figures: EvalFigure[] };
    const text = readFileSync(join(CORPUS_DIR, labels.file), "utf8");
    return {
      labels,
      text,
      figures: extractClaims(text).flatMap((c) => (c.kind === "figure" ? [c] : [])),
    };
  });
  for (const policy of [
    { threshold: 2, whenOther: 2 },
    { threshold: 2, whenOther: 0 },
    { threshold: 2, whenOther: 0.9 },
    { threshold: 0.95, whenOther: 0 },
    { threshold: 0.95, whenOther: 2 },
    { threshold: 0.9, whenOther: 2 },
  ]) {
    const model = compileMeasureModel({ ...weights, policy });
    let gold = 0;
    let proposed = 0;
    let matched = 0;
    for (const { labels, text, figures } of files) {
      const read = figures.map((c) => ({
        ...c,
        measure: learnedMeasure(model, text, c.start, c.end, c.measure),
      }));
      const used = new Set<number>();
      for (const g of labels.figures) {
        const k = read.findIndex(
          (p, i) =>
            !used.has(i) &&
            p.start < g.end &&
            g.start < p.end &&
            p.measure === g.measure &&
            p.min === g.min &&
            p.max === g.max &&
            p.hedge === g.hedge &&
            p.subgroup === g.subgroup,
        );
        if (k >= 0) {
          used.add(k);
          matched++;
        }
      }
      gold += labels.figures.length;
      proposed += read.length;
    }
    console.log(
      `| ${nameOf(policy)} | ${(matched / proposed).toFixed(3)} | ${(matched / gold).toFixed(3)} |`,
    );
  }
} else {
  const fold = foldsOf(docs);
  // Each policy: the model's bar where the rules say `other`, and elsewhere (2: never).
  const policies: MeasureWeights["policy"][] = [
    ...[0, 0.5, 0.7, 0.9, 0.95].map((t) => ({ threshold: t, whenOther: t })),
    ...[0, 0.5, 0.7].map((t) => ({ threshold: 2, whenOther: t })),
    ...[0.8, 0.9, 0.95].map((t) => ({ threshold: t, whenOther: 0 })),
    ...[0.8, 0.9, 0.95, 0.98].map((t) => ({ threshold: t, whenOther: 2 })),
  ];
  for (const [label, examples] of [
    ["blind", blind],
    ["current", current],
  ] as const) {
    const right = new Map<string, number[]>();
    const sizes: number[] = [];
    const rules: number[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const out = (e: Example) => fold.get(e.doc) !== k;
      const model = compileMeasureModel(
        train(trainable({ blind: blind.filter(out), current: current.filter(out) }), {
          threshold: 0,
          whenOther: 0,
        }),
      );
      const held = examples.filter((e) => fold.get(e.doc) === k);
      sizes.push(held.length);
      rules.push(held.filter((e) => e.rule === e.gold).length);
      const answers = held.map((e) => {
        const p = measureProbabilities(model, e.features);
        let best = 0;
        for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
        return { measure: model.classes[best]!, p: p[best]! };
      });
      for (const pol of policies) {
        const ok = held.filter((e, i) => {
          const a = answers[i]!;
          const bar = e.rule === "other" ? pol.whenOther : pol.threshold;
          const final = a.p < bar ? e.rule : a.measure;
          return final === e.gold;
        }).length;
        right.set(nameOf(pol), [...(right.get(nameOf(pol)) ?? []), ok]);
      }
    }
    const total = sizes.reduce((a, b) => a + b, 0);
    const show = (ok: number[]) =>
      `${ok.map((n, k) => (n / sizes[k]!).toFixed(3)).join(" | ")} | **${(ok.reduce((a, b) => a + b, 0) / total).toFixed(3)}**`;
    console.log(`\n${label} rules, model trained on ${source}`);
    console.log(
      `| measure accuracy | ${sizes.map((n, k) => `fold ${k + 1} (${n})`).join(" | ")} | all (${total}) |`,
    );
    console.log(`|---|${sizes.map(() => "---:").join("|")}|---:|`);
    console.log(`| rules alone | ${show(rules)} |`);
    for (const pol of policies)
      console.log(`| ${nameOf(pol)} | ${show(right.get(nameOf(pol))!)} |`);
  }
}
