/**
 * The extraction evaluation set (test/fixtures/extraction-eval): documents of our own with
 * hand-labelled figures, in a development half (read and tuned on) and a test half (only
 * scored). See that folder's README.md for the labelling rules and how the halves were split.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const EVAL_DIR = fileURLToPath(
  new URL("../../test/fixtures/extraction-eval/", import.meta.url),
);
export const HALVES = ["dev", "test"] as const;
export type Half = (typeof HALVES)[number];

export interface EvalFigure {
  readonly start: number;
  readonly end: number;
  /** The labelled words, equal to the text's slice [start, end). */
  readonly quote: string;
  readonly measure: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly hedge: string;
  readonly subgroup: string | null;
  /** Who states it inside the document; "publisher" for the document's own voice. */
  readonly claimant: string;
}

export interface EvalLabels {
  readonly file: string;
  readonly genre: string;
  readonly figures: readonly EvalFigure[];
}

export interface EvalDocument {
  readonly name: string;
  readonly text: string;
  readonly labels: EvalLabels;
}

/** Every document of one half, in name order. */
export function loadHalf(half: Half): EvalDocument[] {
  const dir = join(EVAL_DIR, half);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".labels.json"))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(dir, f), "utf8")) as EvalLabels;
      const text = readFileSync(join(dir, labels.file), "utf8");
      return { name: labels.file.replace(/\.txt$/, ""), text, labels };
    });
}
