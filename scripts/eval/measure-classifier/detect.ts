/**
 * The ninth round's second experiment: a learned filter over the figures the rules propose,
 * dropping those that match no label (page and paragraph numbers, a case caption's "and 11
 * others", counts of a proceeding, table debris). Logistic regression over the same features as
 * the measure classifier, trained on the development half's current and blind readings
 * (learn.ts); 5-fold cross-validation by document. The test half is never read here.
 *
 *   npx tsx scripts/eval/measure-classifier/detect.ts
 */

import { compileLinear, probabilities } from "../../../src/core/extract/measure-fallback.js";
import { loadHalf } from "../eval-set.js";
import { blindReadings, currentReadings, FOLDS, foldsOf, type Reading, train } from "./learn.js";

const docs = loadHalf("dev");
const readings = { blind: blindReadings(docs), current: currentReadings(docs) };
const fold = foldsOf(docs);
const BARS = [2, 0.5, 0.7, 0.9];
const isLabel = (c: string): c is string => c.length > 0;

for (const [label, held] of Object.entries(readings)) {
  // Per bar and fold: found kept, spurious kept, labelled.
  const tally = BARS.map(() =>
    Array.from({ length: FOLDS }, () => ({ found: 0, spurious: 0, labelled: 0 })),
  );
  for (let k = 0; k < FOLDS; k++) {
    const out = (r: Reading) => fold.get(r.doc) !== k;
    const training = [...readings.blind.filter(out), ...readings.current.filter(out)].flatMap(
      (r) => [...r.found.map((e) => ({ ...e, gold: "figure" })), ...r.spurious],
    );
    const model = compileLinear(train(training), isLabel);
    const drop = model.classes.indexOf("spurious");
    for (const r of held.filter((x) => fold.get(x.doc) === k)) {
      const pFound = r.found.map((e) => probabilities(model, e.features)[drop]!);
      const pSpurious = r.spurious.map((e) => probabilities(model, e.features)[drop]!);
      BARS.forEach((bar, b) => {
        const t = tally[b]![k]!;
        t.found += pFound.filter((p) => p < bar).length;
        t.spurious += pSpurious.filter((p) => p < bar).length;
        t.labelled += r.found.length + r.missed;
      });
    }
  }
  const f1 = (t: { found: number; spurious: number; labelled: number }) => {
    const p = t.found / (t.found + t.spurious);
    const r = t.found / t.labelled;
    return `${((2 * p * r) / (p + r)).toFixed(3)} (${p.toFixed(3)}/${r.toFixed(3)})`;
  };
  console.log(`\n${label} readings: F1 (precision/recall) per fold`);
  console.log(
    `| filter | ${Array.from({ length: FOLDS }, (_, k) => `fold ${k + 1}`).join(" | ")} | all |`,
  );
  console.log(`|---|${"---:|".repeat(FOLDS + 1)}`);
  BARS.forEach((bar, b) => {
    const folds = tally[b]!;
    const all = folds.reduce(
      (a, t) => ({
        found: a.found + t.found,
        spurious: a.spurious + t.spurious,
        labelled: a.labelled + t.labelled,
      }),
      { found: 0, spurious: 0, labelled: 0 },
    );
    console.log(
      `| ${bar > 1 ? "none (rules alone)" : `drop at p ≥ ${bar}`} | ${folds.map(f1).join(" | ")} | **${f1(all)}** |`,
    );
  });
}
