/**
 * The corpus's figure labels (test/fixtures/labels/figures-*.json: offsets and fields, no corpus
 * text) and the one strict scoring that the corpus accuracy test and the evaluation scripts share:
 * a proposed figure matches a labelled one when their spans overlap and bounds, measure, hedge
 * and subgroup all agree; each proposal matches at most once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, REPO_ROOT } from "./paths.js";

export interface LabelledFigure {
  readonly start: number;
  readonly end: number;
  readonly measure: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly hedge: string;
  readonly subgroup: string | null;
}

export const CORPUS_LABEL_FILES = ["figures-000.json", "figures-004.json"] as const;

/** One labels file and the corpus text it labels (the corpus must be there: see HAS_CORPUS). */
export function readCorpusLabels(file: string): {
  readonly figures: readonly LabelledFigure[];
  readonly text: string;
} {
  const labels = JSON.parse(
    readFileSync(join(REPO_ROOT, "test/fixtures/labels", file), "utf8"),
  ) as { file: string; figures: LabelledFigure[] };
  return { figures: labels.figures, text: readFileSync(join(CORPUS_DIR, labels.file), "utf8") };
}

type Proposed = Omit<LabelledFigure, "measure"> & { readonly measure: string };

export function strictCorpusScore(
  labelled: readonly LabelledFigure[],
  proposed: readonly Proposed[],
) {
  const used = new Set<number>();
  const missed: LabelledFigure[] = [];
  for (const gold of labelled) {
    const k = proposed.findIndex(
      (p, i) =>
        !used.has(i) &&
        p.start < gold.end &&
        gold.start < p.end &&
        p.measure === gold.measure &&
        p.min === gold.min &&
        p.max === gold.max &&
        p.hedge === gold.hedge &&
        p.subgroup === gold.subgroup,
    );
    if (k >= 0) used.add(k);
    else missed.push(gold);
  }
  return { gold: labelled.length, predicted: proposed.length, matched: used.size, missed };
}
