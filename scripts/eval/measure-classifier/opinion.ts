/**
 * Issue 10, fourteenth round: the learned measure model where the rules generalise worst,
 * cross-validated two ways on the DEVELOPMENT half only (prints counts, never a document's text):
 *
 *  - by document: fallback.ts's five folds (stratified by genre), trained on four, scored on the
 *    fifth;
 *  - by time: documents in the order their batch was added (the commit that added each, as
 *    blind-rules.json names it), trained on every batch before a cut and scored on the batches
 *    after it up to the next cut — what the held-out set is to the shipped model.
 *
 * Scored on blind readings (the rules before any rule was written for the document: what rules do
 * on unseen text) and current ones. Rows: the rules alone; the fallback as shipped; the same
 * trained without the newest batches (what the new data alone changes); the fallback learning
 * blind readings twice; and a second opinion where the rules chose a measure but their reading
 * looks weak (cue-features.ts), replacing it only where the model is sure.
 *
 *   EXCEPT=a,b,… SEED=n npx tsx scripts/eval/measure-classifier/opinion.ts
 *
 * EXCEPT leaves the named documents out of everything (a session's fresh batches); OLD=n marks
 * the first n documents in time order as the "without the newest" model's training set (a
 * retrain's check: the same folds, trained with and without the newest batches); LIGHT=1 prints
 * the fallback's rows only; FRESH=file scores the documents it names (one a line, no blind
 * reading needed) as one split trained on all the others — totals only, no figure listed, so
 * that a session's fresh batches can be scored without being read.
 * Results: BENCHMARKS.md, issue 10, fourteenth round.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findLineFigures } from "../../../src/core/extract/figure-lines.js";
import {
  compileLinear,
  measureFeatures,
  mostProbable,
  probabilities,
} from "../../../src/core/extract/measure-fallback.js";
import { isMeasure } from "../../../src/core/model/claim.js";
import { loadHalf } from "../eval-set.js";
import { cueFeatures } from "./cue-features.js";
import { SHIPPED } from "./fallback.js";
import {
  answerOf,
  blindReadings,
  currentReadings,
  type Example,
  type FeaturesOf,
  FOLDS,
  foldsOf,
  prunedForFallback,
  prunedForSecondOpinion,
  train,
} from "./learn.js";

const except = new Set((process.env.EXCEPT ?? "").split(",").filter(Boolean));
const all = loadHalf("dev");
const unknown = [...except].filter((n) => !all.some((d) => d.name === n));
if (unknown.length > 0) throw new Error(`EXCEPT: no development document ${unknown.join(", ")}`);
const docs = all.filter((d) => !except.has(d.name));
/** FRESH=file: documents (one name a line) scored as one split, totals only, trained on the rest. */
const fresh = new Set(
  process.env.FRESH ? readFileSync(process.env.FRESH, "utf8").split(/\s+/).filter(Boolean) : [],
);
const known = docs.filter((d) => !fresh.has(d.name));

// Time order: the commit that added each document (blind-rules.json's `rules`), by commit time.
const blindFile = JSON.parse(
  readFileSync(new URL("./blind-rules.json", import.meta.url), "utf8"),
) as Record<string, { rules: string }>;
const root = fileURLToPath(new URL("../../../", import.meta.url));
const commitTime = new Map<string, number>();
const addedAt = (name: string): number => {
  const c = blindFile[name]?.rules;
  if (!c) throw new Error(`${name}: not in blind-rules.json`);
  let t = commitTime.get(c);
  if (t === undefined) {
    t = Number(
      execFileSync("git", ["log", "-1", "--format=%ct", c], { cwd: root, encoding: "utf8" }),
    );
    commitTime.set(c, t);
  }
  return t;
};
const inTime = [...known].sort(
  (a, b) => addedAt(a.name) - addedAt(b.name) || (a.name < b.name ? -1 : 1),
);
const rank = new Map(inTime.map((d, i) => [d.name, i]));
/** Cuts in documents, time order: the ninth round's 162, the tenth's 218, 246, 276, all. */
const CUTS = [162, 218, 246, 276, known.length];
const OLD = Number(process.env.OLD ?? 276);

const rich: FeaturesOf = (text, start, end, rule, context) => [
  ...measureFeatures(text, start, end, rule, context),
  ...cueFeatures(text, start, end, rule),
];
// Index-aligned: the same figures in the same order, shipped features and rich ones.
const blind = blindReadings(known).flatMap((r) => r.found);
const current = currentReadings(docs).flatMap((r) => r.found);
/** LIGHT=1: the fallback's rows only (no second opinion, no richer features): a quick retrain check. */
const LIGHT = process.env.LIGHT === "1";
const blindRich = LIGHT ? blind : blindReadings(known, rich).flatMap((r) => r.found);
const currentRich = LIGHT ? current : currentReadings(docs, rich).flatMap((r) => r.found);

const lineOthers = new Map(
  docs.map((d) => [d.name, findLineFigures(d.text).filter((f) => f.fields.measure === "other")]),
);
const onLine = (e: Example): boolean =>
  e.rule === "other" &&
  (lineOthers.get(e.doc) ?? []).some((f) => f.start < e.end && e.start < f.end);

const has = (p: string) => (e: Example) => e.features.includes(p);
const some = (re: RegExp) => (e: Example) => e.features.some((f) => re.test(f));
const far = some(/^rc=(none|[lr]6\+)$/);
/** Where the rules chose a measure (or a deliberate `other`) but their reading looks weak. */
const CONDS: [string, (e: Example) => boolean][] = [
  ["every cued figure", () => true],
  ["cue absent or 6+ words off", far],
  ["cue across a clause boundary", has("rc=across")],
  ["a rival cue closer", has("alt=closer")],
  ["far, across or a rival closer", (e) => far(e) || has("rc=across")(e) || has("alt=closer")(e)],
  ["rules' population", (e) => e.rule === "population"],
  [
    "rules' population or participants",
    (e) => e.rule === "population" || e.rule === "participants",
  ],
  ["a deliberate other", (e) => e.rule === "other"],
  ["a structured line's other", onLine],
  [
    "a deliberate other or the rules' population",
    (e) => e.rule === "other" || e.rule === "population",
  ],
  [
    "population/participants/other, far or rival",
    (e) =>
      ["population", "participants", "other"].includes(e.rule) &&
      (far(e) || has("alt=closer")(e) || e.rule === "other"),
  ],
];
const BARS = [0.7, 0.8, 0.9, 0.95];

const fallbackModel = (training: Example[]) =>
  compileLinear(
    prunedForFallback(train(training, SHIPPED.seeds), training, SHIPPED.vocabulary, SHIPPED.floor),
    isMeasure,
  );

type Split = { name: string; train: (d: string) => boolean; held: (d: string) => boolean };
const fold = foldsOf(docs);
const SPLITS: Split[] =
  fresh.size > 0
    ? [{ name: "fresh", train: (d: string) => !fresh.has(d), held: (d: string) => fresh.has(d) }]
    : [
        ...Array.from({ length: FOLDS }, (_, k) => ({
          name: `fold ${k + 1}`,
          train: (d: string) => fold.get(d) !== k,
          held: (d: string) => fold.get(d) === k,
        })),
        ...CUTS.slice(0, -1).map((cut, i) => ({
          name: `time ${cut + 1}-${CUTS[i + 1]}`,
          train: (d: string) => rank.get(d)! < cut,
          held: (d: string) => rank.get(d)! >= cut && rank.get(d)! < CUTS[i + 1]!,
        })),
      ];

/** Right answers per split, by reading and row; held sizes; figures handed per condition. */
const right = new Map<string, number[]>();
const size = { blind: [] as number[], current: [] as number[] };
const handed = new Map<string, number[]>();
const swaps = new Map<string, { blind: [number, number]; current: [number, number] }>();
const add = (m: Map<string, number[]>, key: string, s: number, n: number) => {
  const row = m.get(key) ?? Array<number>(SPLITS.length).fill(0);
  row[s]! += n;
  m.set(key, row);
};

SPLITS.forEach((split, s) => {
  const out = (e: Example) => split.train(e.doc);
  const training = [...blind.filter(out), ...current.filter(out)];
  const fb = fallbackModel(training);
  const old = (e: Example) => out(e) && rank.get(e.doc)! < OLD;
  const fbOld = fallbackModel([...blind.filter(old), ...current.filter(old)]);
  const fbBlind2 = fallbackModel([...training, ...blind.filter(out)]);
  const richTraining = [...blindRich.filter(out), ...currentRich.filter(out)];
  const second = LIGHT
    ? null
    : compileLinear(prunedForSecondOpinion(train(richTraining), richTraining), isMeasure);
  for (const [label, shipped, richer] of [
    ["blind", blind, blindRich],
    ["current", current, currentRich],
  ] as const) {
    const idx = shipped.flatMap((e, i) => (split.held(e.doc) ? [i] : []));
    size[label][s] = idx.length;
    const count = (row: string, answer: (i: number) => string) =>
      add(right, `${label}|${row}`, s, idx.filter((i) => answer(i) === shipped[i]!.gold).length);
    const fallbackBy = (model: typeof fb) => (i: number) => {
      const e = shipped[i]!;
      if (!e.uncued) return e.rule;
      const a = answerOf(model, e);
      return a.p >= SHIPPED.threshold ? a.measure : e.rule;
    };
    const fallback = fallbackBy(fb);
    count("rules alone", (i) => shipped[i]!.rule);
    count("fallback (shipped design)", fallback);
    count(`fallback trained without documents after the first ${OLD}`, fallbackBy(fbOld));
    count("fallback, blind readings learned twice", fallbackBy(fbBlind2));
    const seconds = new Map<number, { measure: string; p: number; pRule: number }>();
    if (second === null) continue;
    for (const i of idx)
      if (!shipped[i]!.uncued) {
        const e = richer[i]!;
        const ps = probabilities(second, e.features);
        const best = mostProbable(ps);
        const r = second.classes.indexOf(e.rule);
        seconds.set(i, { measure: second.classes[best]!, p: ps[best]!, pRule: r < 0 ? 0 : ps[r]! });
      }
    for (const [name, cond] of CONDS) {
      add(
        handed,
        `${label}|${name}`,
        s,
        idx.filter((i) => seconds.has(i) && cond(richer[i]!)).length,
      );
      for (const bar of BARS)
        count(`second opinion where ${name}, p ≥ ${bar}`, (i) => {
          const a = seconds.get(i);
          return a && cond(richer[i]!) && a.p >= bar ? a.measure : fallback(i);
        });
      for (const bar of [0.8, 0.9])
        count(`second opinion where ${name}, p ≥ ${bar} and the rules' measure p < 0.03`, (i) => {
          const a = seconds.get(i);
          return a && cond(richer[i]!) && a.p >= bar && a.pRule < 0.03 ? a.measure : fallback(i);
        });
      // Two opinions agree: the fallback's model, which knows no cued measure (its weights for
      // them were pruned), reads the figure from its context alone and gives the same answer.
      for (const [bar, fbBar] of [
        [0.9, 0.5],
        [0.8, 0.7],
      ] as const)
        count(
          `second opinion where ${name}, p ≥ ${bar}, the fallback's model agreeing at p ≥ ${fbBar}`,
          (i) => {
            const a = seconds.get(i);
            if (!a || !cond(richer[i]!) || a.p < bar) return fallback(i);
            const f = answerOf(fb, shipped[i]!);
            return f.measure === a.measure && f.p >= fbBar ? a.measure : fallback(i);
          },
        );
      // The answer must have a cue of its own class in the figure's sentence ("cs=").
      for (const bar of [0.8, 0.9])
        count(`second opinion where ${name}, p ≥ ${bar}, its answer cued in the sentence`, (i) => {
          const a = seconds.get(i);
          return a &&
            cond(richer[i]!) &&
            a.p >= bar &&
            richer[i]!.features.includes(`cs=${a.measure}`)
            ? a.measure
            : fallback(i);
        });
    }
    // Where a second opinion on every cued figure at p ≥ 0.9 changes the answer: by the rules'
    // measure and the model's, how many it mends and how many it breaks (all splits pooled).
    for (const i of idx) {
      const a = seconds.get(i);
      const e = shipped[i]!;
      if (!a || a.p < 0.9 || a.measure === e.rule) continue;
      const net = (a.measure === e.gold ? 1 : 0) - (e.rule === e.gold ? 1 : 0);
      if (s >= FOLDS) continue;
      const key = `${e.rule} -> ${a.measure}`;
      const row = swaps.get(key) ?? { blind: [0, 0], current: [0, 0] };
      row[label][net > 0 ? 0 : 1] += net === 0 ? 0 : 1;
      swaps.set(key, row);
    }
  }
});

const fmt = (n: number, d: number) => (n / d).toFixed(3);
if (fresh.size > 0) {
  // Totals only: the fresh documents are never read, their figures never listed.
  console.log(`${fresh.size} fresh documents, current rules; trained on ${known.length}`);
  for (const [key, row] of right)
    if (key.startsWith("current|"))
      console.log(
        `| ${key.slice(8)} | ${fmt(row[0]!, size.current[0]!)} (${row[0]} of ${size.current[0]}) |`,
      );
  process.exit(0);
}
console.log(
  `${docs.length} development documents (${except.size} excepted), seed ${process.env.SEED ?? 10}`,
);
for (const label of ["blind", "current"] as const) {
  const n = size[label];
  const folds = n.slice(0, FOLDS).reduce((a, b) => a + b, 0);
  console.log(
    `\n${label}: | row | ${SPLITS.map((sp, s) => `${sp.name} (${n[s]})`).join(" | ")} | folds all (${folds}) | Δ folds vs fallback |`,
  );
  const base = right.get(`${label}|fallback (shipped design)`)!;
  const baseAll = base.slice(0, FOLDS).reduce((a, b) => a + b, 0);
  for (const [key, row] of right) {
    if (!key.startsWith(`${label}|`)) continue;
    const r = row.slice(0, FOLDS).reduce((a, b) => a + b, 0);
    console.log(
      `| ${key.slice(label.length + 1)} | ${row.map((x, s) => fmt(x, n[s]!)).join(" | ")} | ${fmt(r, folds)} | ${r - baseAll >= 0 ? "+" : ""}${r - baseAll} (time ${row
        .slice(FOLDS)
        .map((x, t) => x - base[FOLDS + t]!)
        .join(" ")}) |`,
    );
  }
}
console.log(
  "\nsecond opinion on every cued figure, p ≥ 0.9, folds: rules' -> model's, blind mended/broken, current mended/broken",
);
for (const [k, v] of [...swaps].sort(
  (a, b) => b[1].blind[0] + b[1].current[0] - a[1].blind[0] - a[1].current[0],
))
  console.log(
    `${k}: blind +${v.blind[0]} -${v.blind[1]}, current +${v.current[0]} -${v.current[1]}`,
  );
console.log("\ncued figures handed to the second opinion, per split:");
for (const [k, v] of handed) console.log(`${k}: ${v.join(" ")}`);
