/**
 * Issue 10, eleventh round: the fallback reads the document, not only the sentence. Each feature
 * set cross-validated exactly as fallback.ts (same folds, blind and current readings, the
 * shipped pruning), at several bars. DEVELOPMENT half only; prints scores and counts, never a
 * document's text.
 *
 *   FEATURES=a,b,… [CROSS=1|both] [UPWEIGHT=n] [VOCABULARY=n] [BARS=0.3,0.4,…] [SEED=n]
 *     [FRESH=a,b,…] [EXCLUDE=a,b,…] [BREAKDOWN=1] [ANALYSE=1] npx tsx scripts/eval/measure-classifier/context.ts
 *
 * Feature groups, added to the shipped ones: doc (each measure the rules cued elsewhere in the
 * document), top (the most frequent of them), near (the nearest cued figure before and after,
 * within NEAR characters and the paragraph), head (the words and cue classes of the heading
 * above the figure: the nearest short line standing alone, "[edit]" dropped), verb (the nearest
 * verb-like word of the figure's clause on each side: -ed, -ing, an auxiliary, an -s word just
 * before the number; on the right past auxiliaries), verbclass (that verb's cue class), clause
 * (a bag of the clause's words; a clause ends at ";", "while", "whereas", "but", ", who/which/
 * that…", "and" + a verb).
 *
 * The shipped features now include the nearest cued figures' measures, crossed with the rules'
 * (measure-fallback.ts); NONEIGHBOURS=1 leaves them out, for the design before this round.
 * CROSS=1: the context features only as crossed with the rules' measure (so that for the
 * fallback they are learned from the figures the rules left `other` alone); CROSS=both: crossed
 * and plain. UPWEIGHT=n: the figures the fallback may read learned n times. BREAKDOWN: the
 * held-out answers at bar 0.4 per labelled measure. ANALYSE: how often a context feature names
 * the labelled measure of a figure the fallback may read.
 * Results: BENCHMARKS.md, issue 10, eleventh round (none of these landed in extraction).
 */
import { WORD_MEASURE } from "../../../src/core/extract/lexicon.js";
import {
  compileFallback,
  type DocumentContext,
  figureWindow,
  lemmaOf,
  measureFeatures,
} from "../../../src/core/extract/measure-fallback.js";
import type { Token } from "../../../src/core/extract/tokens.js";
import type { Measure } from "../../../src/core/model/claim.js";
import { loadHalf } from "../eval-set.js";
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
  train,
} from "./learn.js";

const groups = new Set((process.env.FEATURES ?? "").split(",").filter(Boolean));
const NEAR = Number(process.env.NEAR ?? 400);

const AUX = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "has",
  "have",
  "had",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "did",
  "do",
  "does",
]);
const RELATIVE = new Set(["who", "which", "whom", "whose", "that", "where"]);
const isVerbish = (t: Token) =>
  t.kind === "word" &&
  (AUX.has(t.lower) ||
    (t.lower.length > 4 && t.lower.endsWith("ed")) ||
    (t.lower.length > 5 && t.lower.endsWith("ing")));
const boundary = (tokens: readonly Token[], k: number) => {
  const t = tokens[k]!;
  if (t.text === ";" || t.lower === "while" || t.lower === "whereas" || t.lower === "but")
    return true;
  if (RELATIVE.has(t.lower) && tokens[k - 1]?.text === ",") return true;
  if (t.lower === "and" && tokens[k + 1] && isVerbish(tokens[k + 1]!)) return true;
  return false;
};

function verbFeatures(text: string, start: number, end: number, out: Set<string>) {
  const { tokens, first, last, sentence } = figureWindow(text, start, end);
  // Left: the nearest verb-like word of the clause (auxiliaries kept: "there are N").
  for (let k = first - 1, words = 0; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (boundary(tokens, k)) break;
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (++words > 8) break;
    const left = isVerbish(t) || (words <= 2 && t.lower.length > 3 && t.lower.endsWith("s"));
    if (left) {
      out.add(`vl=${lemmaOf(t.text)}`);
      if (groups.has("verbclass")) {
        const c = WORD_MEASURE.get(t.lower);
        if (c) out.add(`vlc=${c}`);
      }
      break;
    }
  }
  // Right: past auxiliaries to the main verb.
  let aux: string | null = null;
  for (let k = last + 1, words = 0; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (k > last + 1 && boundary(tokens, k)) break;
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    if (++words > 8) break;
    if (AUX.has(t.lower)) {
      aux ??= t.lower;
      continue;
    }
    if (isVerbish(t)) {
      out.add(`vr=${lemmaOf(t.text)}`);
      if (groups.has("verbclass")) {
        const c = WORD_MEASURE.get(t.lower);
        if (c) out.add(`vrc=${c}`);
      }
      aux = null;
      break;
    }
  }
  if (aux) out.add(`vr=${aux}`);
  if (groups.has("clause")) {
    for (let k = first - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
      if (boundary(tokens, k)) break;
      if (tokens[k]!.kind === "word") out.add(`c=${lemmaOf(tokens[k]!.text)}`);
    }
    for (let k = last + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      if (k > last + 1 && boundary(tokens, k)) break;
      if (tokens[k]!.kind === "word") out.add(`c=${lemmaOf(tokens[k]!.text)}`);
    }
  }
}

/** The heading above `at`: the nearest short line standing alone before the figure's paragraph. */
function headingOf(text: string, at: number): string | null {
  let lineStart = text.lastIndexOf("\n", at - 1) + 1;
  // Up to 40 lines back.
  for (let n = 0; n < 40 && lineStart > 0; n++) {
    const prevEnd = lineStart - 1;
    const prevStart = text.lastIndexOf("\n", prevEnd - 1) + 1;
    const line = text
      .slice(prevStart, prevEnd)
      .replace(/\[edit\]/gi, "")
      .trim();
    lineStart = prevStart;
    if (line.length === 0) continue;
    if (line.length > 60) continue;
    if (/[.,;:!?"”|\t]$/.test(line) || /\d{2}/.test(line)) continue;
    if (!/^[#A-Z]/.test(line)) continue;
    const words = line.split(/\s+/).length;
    if (words > 7) continue;
    return line;
  }
  return null;
}

function contextFeatures(text: string, start: number, out: Set<string>, context: DocumentContext) {
  // The document's cued figures, not the figure itself (a cued example must not see its own).
  const cued = [...context.measures.keys()]
    .map((i) => ({
      start: context.starts[i]!,
      end: context.ends[i]!,
      measure: context.measures[i]!,
    }))
    .filter((f) => f.end <= start || f.start > start);
  if (groups.has("doc") || groups.has("top")) {
    const counts = new Map<Measure, number>();
    for (const f of cued) counts.set(f.measure, (counts.get(f.measure) ?? 0) + 1);
    if (groups.has("doc")) for (const m of counts.keys()) out.add(`doc=${m}`);
    if (groups.has("top")) {
      let best: Measure | null = null;
      for (const [m, c] of counts) if (!best || c > counts.get(best)!) best = m;
      if (best) out.add(`top=${best}`);
    }
  }
  if (groups.has("near")) {
    let before: (typeof cued)[number] | null = null;
    let after: (typeof cued)[number] | null = null;
    for (const f of cued) {
      if (f.end <= start && start - f.end <= NEAR && (!before || f.end > before.end)) before = f;
      if (f.start > start && f.start - start <= NEAR && (!after || f.start < after.start))
        after = f;
    }
    if (before && !text.slice(before.end, start).includes("\n\n")) out.add(`pm=${before.measure}`);
    if (after && !text.slice(start, after.start).includes("\n\n")) out.add(`nm=${after.measure}`);
  }
  if (groups.has("head")) {
    const h = headingOf(text, start);
    if (h)
      for (const w of h.toLowerCase().match(/\p{L}+/gu) ?? []) {
        out.add(`h=${lemmaOf(w)}`);
        const c = WORD_MEASURE.get(w);
        if (c) out.add(`hc=${c}`);
      }
  }
}

// NONEIGHBOURS=1: without the shipped neighbour features (the design before this round).
const NEIGHBOURS = /&[pn]m=/;
const featuresOf: FeaturesOf = (text, start, end, rule, context) => {
  const out = new Set(
    measureFeatures(text, start, end, rule, context).filter(
      (f) => !process.env.NONEIGHBOURS || !NEIGHBOURS.test(f),
    ),
  );
  if (!process.env.CROSS && (groups.has("verb") || groups.has("clause")))
    verbFeatures(text, start, end, out);
  if (process.env.CROSS) {
    const extra = new Set<string>();
    if (groups.has("verb") || groups.has("clause")) verbFeatures(text, start, end, extra);
    contextFeatures(text, start, extra, context);
    for (const f of extra) out.add(`${rule}&${f}`);
    if (process.env.CROSS === "both") for (const f of extra) out.add(f);
  } else contextFeatures(text, start, out, context);
  return [...out];
};

// EXCLUDE=a,b,…: documents left out altogether (a fresh batch kept for an out-of-time check).
const excluded = new Set((process.env.EXCLUDE ?? "").split(","));
const docs = loadHalf("dev").filter((d) => !excluded.has(d.name));
const fresh = process.env.FRESH ? new Set(process.env.FRESH.split(",")) : null;
const fold = fresh ? new Map(docs.map((d) => [d.name, fresh.has(d.name) ? 0 : 1])) : foldsOf(docs);
const K = fresh ? 1 : FOLDS;
const blind = blindReadings(docs, featuresOf).flatMap((r) => r.found);
const current = currentReadings(docs, featuresOf).flatMap((r) => r.found);
const BARS = (process.env.BARS ?? "0.3,0.4,0.5,0.6").split(",").map(Number);
// CLASS_BARS=population:0.6,…: a bar of its own for an answer (per-class bars, step 3).
const CLASS_BARS = new Map(
  (process.env.CLASS_BARS ?? "")
    .split(",")
    .filter(Boolean)
    .map((kv) => [kv.split(":")[0]!, Number(kv.split(":")[1])] as const),
);
const tally = new FoldTally();
const breakdown = new Map<string, { n: number; right: number; other: number; wrong: number }>();
crossValidate(
  { blind, current },
  fold,
  tally,
  (base) => {
    // UPWEIGHT=n: each figure the fallback may read learned n times (the task's own distribution).
    const training = [
      ...base,
      ...Array.from({ length: Number(process.env.UPWEIGHT ?? 1) - 1 }, () =>
        base.filter((e) => e.uncued),
      ).flat(),
    ];
    return compileFallback({
      ...prunedForFallback(
        train(training),
        training,
        Number(process.env.VOCABULARY ?? SHIPPED.vocabulary),
        SHIPPED.floor,
      ),
      threshold: 0,
    });
  },
  (label, held, k, model) => {
    const answers = held.map((e) => (e.uncued ? answerOf(model, e) : null));
    held.forEach((e, i) => {
      const a = answers[i];
      if (!a) return;
      const said = a.p >= 0.4 ? a.measure : "other";
      const key = `${label} ${e.gold}`;
      const row = breakdown.get(key) ?? { n: 0, right: 0, other: 0, wrong: 0 };
      row.n++;
      if (said === e.gold) row.right++;
      else if (said === "other") row.other++;
      else row.wrong++;
      breakdown.set(key, row);
    });
    for (const bar of BARS)
      tally.add(
        label,
        `p ≥ ${bar}`,
        k,
        held.filter((e, i) => {
          const a = answers[i];
          return (a && a.p >= (CLASS_BARS.get(a.measure) ?? bar) ? a.measure : e.rule) === e.gold;
        }).length,
      );
  },
  K,
);
console.log(`FEATURES=${[...groups].join(",") || "shipped"} SEED=${process.env.SEED ?? 10}`);
for (const label of ["blind", "current"] as const) {
  console.log(`\n${label} readings`);
  tally.print(label, K);
}
if (process.env.BREAKDOWN)
  for (const [key, r] of [...breakdown].sort((a, b) => b[1].n - a[1].n))
    console.log(
      `${key}: ${r.n} held out, right ${r.right}, left other ${r.other}, another ${r.wrong}`,
    );

if (process.env.ANALYSE) {
  // How often a context feature names the labelled measure of a figure the fallback may read.
  for (const [label, examples] of [
    ["blind", blind],
    ["current", current],
  ] as const) {
    const uncued = examples.filter((e) => e.uncued);
    console.log(
      `\n${label}: ${uncued.length} uncued, ${uncued.filter((e) => e.gold !== "other").length} with a measure`,
    );
    for (const prefix of ["pm=", "nm=", "top=", "doc=", "hc=", "cs=", "ncl=", "ncr="]) {
      let has = 0;
      let right = 0;
      for (const e of uncued) {
        const vals = e.features
          .filter((f) => f.startsWith(prefix))
          .map((f) => f.slice(prefix.length));
        if (vals.length === 0) continue;
        has++;
        if (vals.includes(e.gold)) right++;
      }
      console.log(`${prefix} present ${has}, names the gold ${right}`);
    }
  }
}

if (process.env.ANALYSE) {
  // Per measure: share of uncued figures of that measure whose feature names it, against others.
  const uncued = [...blind, ...current].filter((e) => e.uncued);
  for (const prefix of ["doc=", "top=", "pm=", "nm=", "h=", "vr=", "vl="]) {
    const rows: string[] = [];
    for (const m of [
      "displaced",
      "population",
      "killed",
      "participants",
      "detained",
      "hostage",
      "survivors",
      "missing",
      "other",
    ]) {
      const same = uncued.filter((e) => e.gold === m);
      const rest = uncued.filter((e) => e.gold !== m);
      const has = (e: Example) => e.features.includes(`${prefix}${m}`);
      rows.push(
        `${m} ${same.filter(has).length}/${same.length} vs ${rest.filter(has).length}/${rest.length}`,
      );
    }
    console.log(`${prefix} ${rows.join("; ")}`);
  }
}
