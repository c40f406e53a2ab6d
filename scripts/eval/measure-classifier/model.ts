/**
 * A learned second opinion on a figure's measure (train.ts): multinomial logistic regression
 * over the features of features.ts, with a policy saying when its answer replaces the rules'.
 * Weights are plain data ("classIndex:weight" per feature) so that a language could ship its own.
 */
import { MEASURES, type Measure } from "../../../src/core/model/claim.js";
import { measureFeatures } from "./features.js";

/** The weights as stored: plain data, one file per language. */
export interface MeasureWeights {
  readonly language: string;
  /** The measures the model can answer, in the order of `bias` and of each weight's index. */
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  /** Per feature, its non-zero weights as "classIndex:weight classIndex:weight …". */
  readonly weights: Readonly<Record<string, string>>;
  /**
   * When the model's answer replaces the rules': its probability is at least `whenOther` where
   * the rules said `other` (they found no cue), and at least `threshold` elsewhere.
   */
  readonly policy: { readonly threshold: number; readonly whenOther: number };
}

/** The weights compiled for lookup. */
export interface MeasureModel {
  readonly classes: readonly Measure[];
  readonly bias: Float64Array;
  readonly weights: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  readonly policy: MeasureWeights["policy"];
}

const KNOWN = new Set<string>(MEASURES);
const isMeasure = (c: string): c is Measure => KNOWN.has(c);

/** Compiles stored weights; throws on a class that is not a measure or a malformed weight. */
export function compileMeasureModel(w: MeasureWeights): MeasureModel {
  const classes: Measure[] = [];
  for (const c of w.classes)
    if (isMeasure(c)) classes.push(c);
    else throw new RangeError(`measure model ${w.language}: unknown class ${c}`);
  if (w.bias.length !== w.classes.length)
    throw new RangeError(
      `measure model ${w.language}: ${w.bias.length} biases for ${w.classes.length} classes`,
    );
  const weights = new Map<string, (readonly [number, number])[]>();
  for (const [feature, packed] of Object.entries(w.weights)) {
    weights.set(
      feature,
      packed.split(" ").map((pair) => {
        const [i, v] = pair.split(":");
        const index = Number(i);
        const value = Number(v);
        if (
          !Number.isInteger(index) ||
          index < 0 ||
          index >= w.classes.length ||
          !Number.isFinite(value)
        )
          throw new RangeError(`measure model ${w.language}: bad weight "${pair}" of ${feature}`);
        return [index, value] as const;
      }),
    );
  }
  return { classes, bias: Float64Array.from(w.bias), weights, policy: w.policy };
}

/** The model's probability for each class, given a figure's features. */
export function measureProbabilities(
  model: MeasureModel,
  features: readonly string[],
): Float64Array {
  const scores = Float64Array.from(model.bias);
  for (const f of features) {
    const ws = model.weights.get(f);
    if (ws) for (const [i, v] of ws) scores[i]! += v;
  }
  let top = Number.NEGATIVE_INFINITY;
  for (const s of scores) top = Math.max(top, s);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    scores[i] = Math.exp(scores[i]! - top);
    sum += scores[i]!;
  }
  for (let i = 0; i < scores.length; i++) scores[i]! /= sum;
  return scores;
}

/** The measure to give the figure at text[start, end), whose rules said `rule`. */
export function learnedMeasure(
  model: MeasureModel,
  text: string,
  start: number,
  end: number,
  rule: Measure,
): Measure {
  const p = measureProbabilities(model, measureFeatures(text, start, end, rule));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  const bar = rule === "other" ? model.policy.whenOther : model.policy.threshold;
  return p[best]! >= bar ? model.classes[best]! : rule;
}
