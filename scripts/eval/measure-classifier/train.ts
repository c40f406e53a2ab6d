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
import { extractClaims } from "../../../src/core/extract/index.js";
import { documentContext } from "../../../src/core/extract/measure-fallback.js";
import {
  CORPUS_LABEL_FILES,
  readCorpusLabels,
  strictCorpusScore,
} from "../../../test/support/corpus-labels.js";
import { CORPUS_DIR, HAS_CORPUS } from "../../../test/support/paths.js";
import { loadHalf } from "../eval-set.js";
import {
  answerOf,
  blindReadings,
  currentReadings,
  type Example,
  FOLDS,
  foldsOf,
  train,
} from "./learn.js";
import { compileMeasureModel, learnedMeasure, type MeasureWeights } from "./model.js";

const nameOf = (p: MeasureWeights["policy"]) =>
  p.threshold > 1 && p.whenOther > 1
    ? "rules alone"
    : p.threshold === p.whenOther
      ? `override p≥${p.threshold}`
      : `if rules say other ${p.whenOther > 1 ? "never" : `p≥${p.whenOther}`}, else ${p.threshold > 1 ? "never" : `p≥${p.threshold}`}`;

const args = process.argv.slice(2);
const docs = loadHalf("dev");
const current = currentReadings(docs).flatMap((r) => r.found);
const blind = blindReadings(docs).flatMap((r) => r.found);
/** What the model learns from: the blind readings, the current ones, or both. */
const source = process.env.TRAIN ?? "both";
const trainable = (es: { blind: readonly Example[]; current: readonly Example[] }) =>
  source === "both" ? [...es.blind, ...es.current] : source === "current" ? es.current : es.blind;

if (args.includes("--corpus")) {
  // The corpus guard: the model trained on the whole development half, applied after the rules
  // to both corpus files under each candidate policy, scored as the corpus accuracy test does
  // (a figure counts when its span, bounds, measure, hedge and subgroup all agree).
  if (!HAS_CORPUS) throw new Error(`no corpus at ${CORPUS_DIR}`);
  const weights = {
    ...train(trainable({ blind, current })),
    policy: { threshold: 2, whenOther: 2 },
  };
  const files = CORPUS_LABEL_FILES.map((f) => {
    const { figures: labelled, text } = readCorpusLabels(f);
    return {
      labelled,
      text,
      figures: extractClaims(text, { measureFallback: null }).flatMap((c) =>
        c.kind === "figure" ? [c] : [],
      ),
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
    for (const { labelled, text, figures } of files) {
      const context = documentContext(figures);
      const read = figures.map((c) => ({
        ...c,
        measure: learnedMeasure(model, text, c.start, c.end, c.measure, context),
      }));
      const score = strictCorpusScore(labelled, read);
      gold += score.gold;
      proposed += score.predicted;
      matched += score.matched;
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
      const model = compileMeasureModel({
        ...train(trainable({ blind: blind.filter(out), current: current.filter(out) })),
        policy: { threshold: 0, whenOther: 0 },
      });
      const held = examples.filter((e) => fold.get(e.doc) === k);
      sizes.push(held.length);
      rules.push(held.filter((e) => e.rule === e.gold).length);
      const answers = held.map((e) => answerOf(model, e));
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
