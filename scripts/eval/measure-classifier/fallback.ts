/**
 * Issue 10's learned measure fallback (src/core/extract/measure-fallback.ts): where the rules
 * found no measure cue, the model's answer replaces `other` when its probability reaches a bar.
 * Trained on the evaluation set's DEVELOPMENT half only (blind and current readings, learn.ts);
 * the test half is never read here.
 *
 *   npx tsx scripts/eval/measure-classifier/fallback.ts            5-fold CV by document: measure
 *                                                                  accuracy per fold, per bar and
 *                                                                  pruning, blind and current
 *   npx tsx scripts/eval/measure-classifier/fallback.ts --corpus   the corpus labels, per bar
 *   npx tsx scripts/eval/measure-classifier/fallback.ts --write    trains on the whole development
 *                                                                  half and writes the weights
 *   npx tsx scripts/eval/measure-classifier/fallback.ts --fresh a,b,…   the named development
 *                                       documents (a batch added after the weights were trained:
 *                                       an out-of-time hold-out) read with the committed weights,
 *                                       and with a model trained on every other document
 *   … --except a,b,…   (with any of the above) leaves the named development documents out of
 *                      everything it reads and trains on: a session's fresh batches, kept unseen
 *                      by the model so that they still measure it blind
 *
 * Deterministic (learn.ts: seeded order, fixed epochs). Results: BENCHMARKS.md, issue 10.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extractClaims } from "../../../src/core/extract/index.js";
import {
  compileFallback,
  type FallbackWeights,
  fallbackOf,
} from "../../../src/core/extract/measure-fallback.js";
import {
  CORPUS_LABEL_FILES,
  readCorpusLabels,
  strictCorpusScore,
} from "../../../test/support/corpus-labels.js";
import { CORPUS_DIR, HAS_CORPUS } from "../../../test/support/paths.js";
import { type EvalDocument, loadHalf } from "../eval-set.js";
import { pairFigures } from "../score.js";
import {
  answerOf,
  blindReadings,
  crossValidate,
  currentReadings,
  type Example,
  FOLDS,
  FoldTally,
  foldsOf,
  prunedForFallback,
  train,
} from "./learn.js";

/**
 * The shipped design: vocabulary cap, weight floor and bar (chosen by the CV below), and the
 * seeds whose models are averaged. (Sixteenth round: the order of one seed moved the CV by as
 * many figures as a fifth more documents did; five seeds averaged read 3 more blind and 7 more
 * current figures right in the CV than seed 10 alone, with weights 5 % smaller.)
 */
export const SHIPPED = { vocabulary: 1000, floor: 0.3, threshold: 0.4, seeds: [10, 1, 2, 3, 4] };
export const WEIGHTS_FILE = new URL(
  "../../../src/core/extract/measure-fallback.en.json",
  import.meta.url,
);

/** The shipped weights, trained on the given development documents (all of them by default). */
export function shippedWeights(docs = loadHalf("dev")): FallbackWeights {
  const examples = [...blindReadings(docs), ...currentReadings(docs)].flatMap((r) => r.found);
  return {
    ...prunedForFallback(
      train(examples, SHIPPED.seeds),
      examples,
      SHIPPED.vocabulary,
      SHIPPED.floor,
    ),
    threshold: SHIPPED.threshold,
  };
}

const args = process.argv.slice(2);
/** The development half less the documents named after --except (each must exist). */
function developmentDocs(): EvalDocument[] {
  const docs = loadHalf("dev");
  if (!args.includes("--except")) return docs;
  const except = new Set((args[args.indexOf("--except") + 1] ?? "").split(","));
  const unknown = [...except].filter((n) => !docs.some((d) => d.name === n));
  if (unknown.length > 0)
    throw new Error(`--except: no development document ${unknown.join(", ")}`);
  return docs.filter((d) => !except.has(d.name));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (args.includes("--write")) {
    const docs = developmentDocs();
    console.log(`training on ${docs.length} development documents`);
    const weights = shippedWeights(docs);
    writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights)}\n`);
    console.log(
      `${Object.keys(weights.weights).length} features, ${JSON.stringify(weights).length} bytes`,
    );
  } else if (args.includes("--fresh")) {
    const names = new Set((args[args.indexOf("--fresh") + 1] ?? "").split(","));
    const docs = developmentDocs();
    const missing = [...names].filter((n) => !docs.some((d) => d.name === n));
    if (missing.length > 0) throw new Error(`no development document ${missing.join(", ")}`);
    const isFresh = (e: Example) => names.has(e.doc);
    const blind = blindReadings(docs).flatMap((r) => r.found);
    const current = currentReadings(docs).flatMap((r) => r.found);
    // The committed weights as extraction runs them (members follow their whole).
    let found = 0;
    const right = { off: 0, on: 0 };
    for (const doc of docs.filter((d) => names.has(d.name)))
      for (const fallback of [null, undefined] as const) {
        const read = extractClaims(doc.text, fallback === null ? { measureFallback: null } : {});
        const { pairs } = pairFigures(
          doc,
          read.flatMap((c) => (c.kind === "figure" ? [c] : [])),
        );
        if (fallback === null) found += pairs.length;
        right[fallback === null ? "off" : "on"] += pairs.filter(
          (p) => p.predicted.measure === p.gold.measure,
        ).length;
      }
    console.log(
      `committed weights, extracted: ${found} figures, rules alone ${(right.off / found).toFixed(3)}, with the fallback ${(right.on / found).toFixed(3)}`,
    );
    const training = [...blind, ...current].filter((e) => !isFresh(e));
    const models = [
      // The committed weights on the same readings: what a retrain changes on these documents.
      ["committed weights", compileFallback(JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")))],
      [
        "trained on the others",
        compileFallback({
          ...prunedForFallback(
            train(training, SHIPPED.seeds),
            training,
            SHIPPED.vocabulary,
            SHIPPED.floor,
          ),
          threshold: SHIPPED.threshold,
        }),
      ],
    ] as const;
    for (const [name, model] of models)
      for (const [label, examples] of [
        ["blind", blind],
        ["current", current],
      ] as const) {
        const held = examples.filter(isFresh);
        const right = (answer: (e: Example) => string) =>
          held.filter((e) => answer(e) === e.gold).length;
        const rules = right((e) => e.rule);
        const read = right((e) => {
          if (!e.uncued) return e.rule;
          const a = answerOf(model, e);
          return a.p >= model.threshold ? a.measure : e.rule;
        });
        console.log(
          `${name}, ${label} readings: ${held.length} figures, rules alone ${(rules / held.length).toFixed(3)} (${rules}), with the fallback ${(read / held.length).toFixed(3)} (${read})`,
        );
      }
  } else if (args.includes("--corpus")) {
    if (!HAS_CORPUS) throw new Error(`no corpus at ${CORPUS_DIR}`);
    const weights = shippedWeights(developmentDocs());
    for (const bar of [2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const fallback = bar > 1 ? null : fallbackOf(compileFallback({ ...weights, threshold: bar }));
      let gold = 0;
      let proposed = 0;
      let matched = 0;
      for (const f of CORPUS_LABEL_FILES) {
        const { figures, text } = readCorpusLabels(f);
        const read = extractClaims(text, { measureFallback: fallback }).flatMap((c) =>
          c.kind === "figure" ? [c] : [],
        );
        const score = strictCorpusScore(figures, read);
        gold += score.gold;
        proposed += score.predicted;
        matched += score.matched;
      }
      console.log(
        `| ${bar > 1 ? "rules alone" : `p ≥ ${bar}`} | ${(matched / proposed).toFixed(3)} | ${(matched / gold).toFixed(3)} |`,
      );
    }
  } else {
    const docs = developmentDocs();
    console.log(`cross-validation over ${docs.length} development documents`);
    const fold = foldsOf(docs);
    const blind = blindReadings(docs).flatMap((r) => r.found);
    const current = currentReadings(docs).flatMap((r) => r.found);
    const BARS = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    const PRUNINGS = [
      { name: "unpruned", vocabulary: Number.POSITIVE_INFINITY, floor: 0 },
      { name: "3000 / 0.1", vocabulary: 3000, floor: 0.1 },
      { name: "1500 / 0.15", vocabulary: 1500, floor: 0.15 },
      { name: "1500 / 0.25", vocabulary: 1500, floor: 0.25 },
      { name: "1000 / 0.2", vocabulary: 1000, floor: 0.2 },
      { name: "1000 / 0.3", vocabulary: 1000, floor: 0.3 },
      { name: "800 / 0.2", vocabulary: 800, floor: 0.2 },
      { name: "400 / 0.25", vocabulary: 400, floor: 0.25 },
    ];
    // Per reading, pruning, bar: right answers per fold.
    const tally = new FoldTally();
    crossValidate(
      { blind, current },
      fold,
      tally,
      (training) => ({ training, full: train(training, SHIPPED.seeds) }),
      (label, held, k, { training, full }) => {
        for (const pr of PRUNINGS) {
          const model = compileFallback({
            ...prunedForFallback(full, training, pr.vocabulary, pr.floor),
            threshold: 0,
          });
          const answers = held.map((e) => (e.uncued ? answerOf(model, e) : null));
          for (const bar of BARS)
            tally.add(
              label,
              `${pr.name}|p ≥ ${bar}`,
              k,
              held.filter((e, i) => {
                const a = answers[i];
                return (a && a.p >= bar ? a.measure : e.rule) === e.gold;
              }).length,
            );
        }
      },
    );
    // The current readings once more as extraction runs the fallback (members of a count take
    // the measure its whole is given): each held-out document extracted with its fold's model.
    const EXTRACTED = [0.3, 0.4, 0.5, 0.7];
    const extracted = EXTRACTED.map(() => Array<number>(FOLDS).fill(0));
    const found = Array<number>(FOLDS).fill(0);
    for (let k = 0; k < FOLDS; k++) {
      const out = (e: Example) => fold.get(e.doc) !== k;
      const training = [...blind.filter(out), ...current.filter(out)];
      const weights = prunedForFallback(
        train(training, SHIPPED.seeds),
        training,
        SHIPPED.vocabulary,
        SHIPPED.floor,
      );
      EXTRACTED.forEach((bar, b) => {
        const fallback = fallbackOf(compileFallback({ ...weights, threshold: bar }));
        for (const doc of docs.filter((d) => fold.get(d.name) === k)) {
          const read = extractClaims(doc.text, { measureFallback: fallback }).flatMap((c) =>
            c.kind === "figure" ? [c] : [],
          );
          const { pairs } = pairFigures(doc, read);
          if (b === 0) found[k]! += pairs.length;
          extracted[b]![k]! += pairs.filter((p) => p.predicted.measure === p.gold.measure).length;
        }
      });
    }
    const all = found.reduce((a, b) => a + b, 0);
    console.log(
      `\ncurrent readings, extracted with each fold's fallback (${SHIPPED.vocabulary} / ${SHIPPED.floor})`,
    );
    EXTRACTED.forEach((bar, b) => {
      const row = extracted[b]!;
      console.log(
        `| p ≥ ${bar} | ${row.map((r, k) => (r / found[k]!).toFixed(3)).join(" | ")} | **${(row.reduce((x, y) => x + y, 0) / all).toFixed(3)}** |`,
      );
    });
    for (const label of ["blind", "current"] as const) {
      const uncued = (label === "blind" ? blind : current).filter((e) => e.uncued).length;
      console.log(`\n${label} readings (${uncued} figures the fallback may read)`);
      tally.print(label);
    }
  }
}
