/**
 * Scores figure extraction against the evaluation set. A proposed figure finds a labelled one
 * when their spans overlap and their bounds (min and max) agree; each is used once. Over the
 * found pairs, measure, hedge, subgroup and claimant accuracy say how well the rest was read.
 * "Strict" additionally asks measure, hedge and subgroup to agree, as the corpus accuracy test
 * does.
 */
import { extractClaims } from "../../src/core/extract/index.js";
import type { Claimant, FigureFields } from "../../src/core/model/claim.js";
import type { EvalDocument, EvalFigure } from "./eval-set.js";

export interface Predicted extends FigureFields {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly claimant: Claimant;
}

export interface Pair {
  readonly gold: EvalFigure;
  readonly predicted: Predicted;
}

export interface DocumentScore {
  readonly name: string;
  readonly genre: string;
  readonly pairs: readonly Pair[];
  readonly missed: readonly EvalFigure[];
  readonly spurious: readonly Predicted[];
}

export interface Scores {
  readonly documents: number;
  readonly labelled: number;
  readonly predicted: number;
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Of the found figures, the share with the labelled measure (and so on). */
  readonly measure: number;
  readonly hedge: number;
  readonly subgroup: number;
  readonly claimant: number;
  readonly strictF1: number;
}

const STOP = new Set(["the", "of", "and", "said", "according", "to", "in", "a", "its", "our"]);
/** Content words, lower case; a two-letter acronym ("UN", "EU") is one too. */
const words = (s: string) =>
  s
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2 || /^\p{Lu}{2}$/u.test(w))
    .map((w) => w.toLowerCase())
    .filter((w) => !STOP.has(w));

/** Whether a proposed claimant names the labelled one (loosely: a shared content word). */
export function sameClaimant(gold: string, c: Claimant): boolean {
  if (gold === "publisher") return c.role === "publisher";
  if (c.role === "publisher") return false;
  const g = new Set(words(gold));
  return words(c.name).some((w) => g.has(w));
}

function strictMatch(p: Pair): boolean {
  return (
    p.predicted.measure === p.gold.measure &&
    p.predicted.hedge === p.gold.hedge &&
    p.predicted.subgroup === p.gold.subgroup
  );
}

/** Extracts the figures of one document and pairs them with its labels. */
export function scoreDocument(doc: EvalDocument): DocumentScore {
  const predicted = extractClaims(doc.text).flatMap((c) =>
    c.kind === "figure" ? [c as Predicted] : [],
  );
  return pairFigures(doc, predicted);
}

/** Pairs proposed figures (from this extractor or another) with a document's labels. */
export function pairFigures<P extends Pick<Predicted, "start" | "end" | "min" | "max" | "measure">>(
  doc: EvalDocument,
  predicted: readonly P[],
): {
  name: string;
  genre: string;
  pairs: { gold: EvalFigure; predicted: P }[];
  missed: EvalFigure[];
  spurious: P[];
} {
  const used = new Set<number>();
  const pairs: { gold: EvalFigure; predicted: P }[] = [];
  const missed: EvalFigure[] = [];
  for (const gold of doc.labels.figures) {
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i]!;
      if (used.has(i) || p.start >= gold.end || gold.start >= p.end) continue;
      if (p.min !== gold.min || p.max !== gold.max) continue;
      // Of several candidates, the one that also has the measure.
      if (best < 0 || (p.measure === gold.measure && predicted[best]!.measure !== gold.measure))
        best = i;
    }
    if (best < 0) missed.push(gold);
    else {
      used.add(best);
      pairs.push({ gold, predicted: predicted[best]! });
    }
  }
  const spurious = predicted.filter((_, i) => !used.has(i));
  return { name: doc.name, genre: doc.labels.genre, pairs, missed, spurious };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Totals over documents. */
export function summarise(docs: readonly DocumentScore[]): Scores {
  const pairs = docs.flatMap((d) => d.pairs);
  const labelled = pairs.length + docs.reduce((n, d) => n + d.missed.length, 0);
  const predicted = pairs.length + docs.reduce((n, d) => n + d.spurious.length, 0);
  const found = pairs.length;
  const precision = ratio(found, predicted);
  const recall = ratio(found, labelled);
  const strict = pairs.filter(strictMatch).length;
  const share = (ok: (p: Pair) => boolean) => ratio(pairs.filter(ok).length, found);
  return {
    documents: docs.length,
    labelled,
    predicted,
    found,
    precision,
    recall,
    f1: f1Of(precision, recall),
    measure: share((p) => p.predicted.measure === p.gold.measure),
    hedge: share((p) => p.predicted.hedge === p.gold.hedge),
    subgroup: share((p) => p.predicted.subgroup === p.gold.subgroup),
    claimant: share((p) => sameClaimant(p.gold.claimant, p.predicted.claimant)),
    strictF1: f1Of(ratio(strict, predicted), ratio(strict, labelled)),
  };
}
