/**
 * Issue 10, tenth round: what else the measure model might do, each cross-validated exactly as
 * fallback.ts (same folds, blind and current readings, the shipped training). DEVELOPMENT half
 * only; prints scores, never a document's text.
 *
 *  - a second opinion where the rules chose a measure: richer features (the rules' cue — which
 *    side, how far in words, across a clause boundary — its nearest rival, the verb after the
 *    figure) and policies that replace the rules' measure where the model is sure AND the rules'
 *    reading looks weak;
 *  - the fallback on the `other`s of structured lines (tables, infoboxes), which it never reads;
 *  - features that let an unseen word count like a known one: word clusters from embeddings
 *    (CLUSTERS=word->cluster JSON, made at development time), cue classes of the sentences on
 *    either side, the nearest cue's distance in words, a model without the rules' measure;
 *  - TRAINING=copies: the fallback also learns from every cued figure as if no cue were found.
 *
 *   FEATURES=shipped|rich|neighbours|distances|norule [CLUSTERS=file] [TRAINING=copies] [SEED=n] \
 *     npx tsx scripts/eval/measure-classifier/second.ts
 *
 * FRESH=a,b,… scores the named documents with a model trained on all the others instead of the
 * folds; SEED=n trains in another seeded order (how much a result owes to the order alone).
 * Results: BENCHMARKS.md, issue 10, tenth round (none of these landed).
 */
import { readFileSync } from "node:fs";
import { findLineFigures } from "../../../src/core/extract/figure-lines.js";
import { WORD_MEASURE } from "../../../src/core/extract/lexicon.js";
import {
  compileLinear,
  figureWindow,
  measureFeatures,
} from "../../../src/core/extract/measure-fallback.js";
import { isMeasure } from "../../../src/core/model/claim.js";
import { loadHalf } from "../eval-set.js";
import { bucket, cueFeatures } from "./cue-features.js";
import { SHIPPED } from "./fallback.js";
import {
  answerOf,
  blindReadings,
  crossValidate,
  currentReadings,
  type Example,
  type FeaturesOf,
  FOLDS,
  FoldTally,
  foldsOf,
  prunedForFallback,
  prunedForSecondOpinion,
  train,
} from "./learn.js";

const docs = loadHalf("dev");
const fresh = process.env.FRESH ? new Set(process.env.FRESH.split(",")) : null;
const fold = fresh ? new Map(docs.map((d) => [d.name, fresh.has(d.name) ? 0 : 1])) : foldsOf(docs);
const K = fresh ? 1 : FOLDS;
const variant = process.env.FEATURES ?? "shipped";
const noRule: FeaturesOf = (text, start, end, rule, context) =>
  measureFeatures(text, start, end, rule, context).filter((f) => !/^rule=|^[a-z_]+&/.test(f));
// Each bag word also counts as its cluster, so that an unseen word counts like the known words
// near it in the embeddings.
const clusters = process.env.CLUSTERS
  ? new Map(
      Object.entries(
        JSON.parse(readFileSync(process.env.CLUSTERS, "utf8")) as Record<string, number>,
      ),
    )
  : null;
const clustered: FeaturesOf = (text, start, end, rule, context) => {
  const fs = measureFeatures(text, start, end, rule, context);
  const out = new Set(fs);
  for (const f of fs) {
    const m = /^(l|r|in|l1|r1)=(.*)$/.exec(f);
    if (!m) continue;
    // (The bag holds crude lemmas, the embeddings whole words: the lemma, or it with -s, -ed.)
    const c = clusters!.get(m[2]!) ?? clusters!.get(`${m[2]}s`) ?? clusters!.get(`${m[2]}ed`);
    if (c !== undefined) out.add(`${m[1]}k=${c}`);
  }
  return [...out];
};
/** Cue classes of the sentences just before and after the figure's, as far as the window goes. */
const neighbours: FeaturesOf = (text, start, end, rule, context) => {
  const out = new Set(measureFeatures(text, start, end, rule, context));
  const { tokens, sentence } = figureWindow(text, start, end);
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const cue = WORD_MEASURE.get(t.lower);
    if (!cue) continue;
    if (t.sentence === sentence - 1) out.add(`cp=${cue}`);
    if (t.sentence === sentence + 1) out.add(`cn=${cue}`);
  }
  return [...out];
};
/** The nearest cue class on each side with its distance in words, bucketed. */
const distances: FeaturesOf = (text, start, end, rule, context) => {
  const out = new Set(measureFeatures(text, start, end, rule, context));
  const { tokens, first, last, sentence } = figureWindow(text, start, end);
  for (const [dir, side] of [
    [-1, "l"],
    [1, "r"],
  ] as const) {
    let words = 0;
    for (
      let k = dir < 0 ? first - 1 : last + 1;
      k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence;
      k += dir
    ) {
      if (tokens[k]!.kind !== "word") continue;
      words++;
      const cue = WORD_MEASURE.get(tokens[k]!.lower);
      if (cue) {
        out.add(`d${side}=${cue}:${bucket(words)}`);
        break;
      }
    }
  }
  return [...out];
};
const FEATURES: Record<string, FeaturesOf> = {
  distances,
  shipped: clusters ? clustered : measureFeatures,
  rich: (text, start, end, rule, context) => [
    ...measureFeatures(text, start, end, rule, context),
    ...cueFeatures(text, start, end, rule),
  ],
  neighbours,
  norule: noRule,
};
const featuresOf = FEATURES[variant];
if (!featuresOf) throw new Error(`FEATURES=${variant}: one of ${Object.keys(FEATURES).join(", ")}`);
const blind = blindReadings(docs, featuresOf).flatMap((r) => r.found);
const current = currentReadings(docs, featuresOf).flatMap((r) => r.found);

// The `other`s of structured lines: figures the line grammar found with no measure named.
const lineOthers = new Map<string, { start: number; end: number }[]>();
for (const d of docs)
  lineOthers.set(
    d.name,
    findLineFigures(d.text).filter((f) => f.fields.measure === "other"),
  );
const onLine = (e: Example) =>
  e.rule === "other" &&
  (lineOthers.get(e.doc) ?? []).some((f) => f.start < e.end && e.start < f.end);

/**
 * TRAINING=copies: every figure, and once more every figure the rules gave a measure, as the fallback would see it had the grammar found no cue there (the rules' measure
 * read as `other`, and so its crosses). The fallback reads only figures with `rule=other`; without
 * these copies the words next to a figure teach it little, since their weight goes to the rules'
 * measure that comes with them ("arrested" beside a count is learned as "the rules said
 * `detained`", so an "arrested" the rules miss in unseen text tells the fallback nothing).
 * The figures it really reads (`uncued`) count twice, so that the copies, which outnumber them
 * twenty to one, do not drown what a real no-cue context looks like. Gained 1.3 points on blind
 * readings at 170 documents and nothing at 197 (BENCHMARKS.md, issue 10, tenth round).
 */
function withUncuedCopies(examples: readonly Example[]): Example[] {
  const copies = examples.flatMap((e): Example[] =>
    e.rule === "other"
      ? []
      : [
          {
            ...e,
            rule: "other",
            uncued: true,
            features: e.features.map((f) =>
              f.startsWith("rule=") ? "rule=other" : f.replace(/^[a-z_]+&/, "other&"),
            ),
          },
        ],
  );
  return [...examples, ...examples.filter((e) => e.uncued), ...copies];
}

const trainingOf = process.env.TRAINING === "copies" ? withUncuedCopies : (es: Example[]) => es;

type Cond = (e: Example) => boolean;
const has = (p: string) => (e: Example) => e.features.includes(p);
const some = (re: RegExp) => (e: Example) => e.features.some((f) => re.test(f));
const CONDS: [string, Cond][] = [
  ["always", () => true],
  ["the rules' cue not adjacent", (e) => !some(/^rc=[lr]1$/)(e)],
  ["the rules' cue absent or 6+ words off", some(/^rc=(none|[lr]6\+)$/)],
  ["the rules' cue across a boundary", has("rc=across")],
  ["a rival cue closer", has("alt=closer")],
];
const BARS = [0.5, 0.7, 0.9, 0.95];

const tally = new FoldTally();
const handed = new Map<string, number>();
crossValidate(
  { blind, current },
  fold,
  tally,
  (base) => {
    const training = trainingOf(base);
    const w = train(training);
    return {
      fallbackModel: compileLinear(
        prunedForFallback(w, training, SHIPPED.vocabulary, SHIPPED.floor),
        isMeasure,
      ),
      secondModel: compileLinear(prunedForSecondOpinion(w, training), isMeasure),
    };
  },
  (label, held, k, { fallbackModel, secondModel }) => {
    const fb = held.map((e) => answerOf(fallbackModel, e));
    const second = held.map((e) => answerOf(secondModel, e));
    const fallback = (e: Example, i: number) =>
      e.uncued && fb[i]!.p >= SHIPPED.threshold ? fb[i]!.measure : e.rule;
    tally.add(label, "the fallback", k, held.filter((e, i) => fallback(e, i) === e.gold).length);
    tally.add(
      label,
      "the fallback, and on lines' others",
      k,
      held.filter(
        (e, i) =>
          ((e.uncued || onLine(e)) && fb[i]!.p >= SHIPPED.threshold ? fb[i]!.measure : e.rule) ===
          e.gold,
      ).length,
    );
    for (const [name, cond] of CONDS) {
      handed.set(
        `${label}|${name}`,
        (handed.get(`${label}|${name}`) ?? 0) +
          held.filter((e) => e.rule !== "other" && cond(e)).length,
      );
      for (const bar of BARS)
        tally.add(
          label,
          `the fallback, and a second opinion where ${name}, p ≥ ${bar}`,
          k,
          held.filter((e, i) => {
            const a = second[i]!;
            const m = e.rule !== "other" && cond(e) && a.p >= bar ? a.measure : fallback(e, i);
            return m === e.gold;
          }).length,
        );
    }
  },
  K,
);

for (const label of ["blind", "current"] as const) {
  const lines = (label === "blind" ? blind : current).filter(onLine);
  console.log(
    `\n${label} readings, features ${variant}${clusters ? ` + clusters ${process.env.CLUSTERS}` : ""} (lines' others: ${lines.length}, ${lines.filter((e) => e.gold === "other").length} of them labelled other)`,
  );
  tally.print(label, K);
}
console.log("\ncued figures each condition hands to the second opinion (all folds):");
for (const [k, v] of handed) console.log(`${k}: ${v}`);
