/**
 * A learned second opinion on a figure's measure (train.ts): multinomial logistic regression
 * over the features of features.ts, with a policy saying when its answer replaces the rules'.
 * Weights are plain data ("classIndex:weight" per feature) so that a language could ship its own.
 */
import { MEASURES, type Measure } from "../../../src/core/model/claim.js";
import { measureFeatures } from "./features.js";

/** Weights as stored: plain data, one file per language. */
export interface Weights {
  readonly language: string;
  /** The answers the model can give, in the order of `bias` and of each weight's index. */
  readonly classes: readonly string[];
  readonly bias: readonly number[];
  /** Per feature, its non-zero weights as "classIndex:weight classIndex:weight …". */
  readonly weights: Readonly<Record<string, string>>;
}

/** A measure model's weights, with when its answer replaces the rules'. */
export interface MeasureWeights extends Weights {
  /**
   * Its probability is at least `whenOther` where the rules said `other` (they found no cue),
   * and at least `threshold` elsewhere.
   */
  readonly policy: { readonly threshold: number; readonly whenOther: number };
}

/** Weights compiled for lookup. */
export interface LinearModel<C extends string> {
  readonly classes: readonly C[];
  readonly bias: Float64Array;
  readonly weights: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

export interface MeasureModel extends LinearModel<Measure> {
  readonly policy: MeasureWeights["policy"];
}

const KNOWN = new Set<string>(MEASURES);
const isMeasure = (c: string): c is Measure => KNOWN.has(c);

/** Compiles stored weights; throws on a class `isClass` refuses or a malformed weight. */
export function compileLinear<C extends string>(
  w: Weights,
  isClass: (c: string) => c is C,
): LinearModel<C> {
  const classes: C[] = [];
  for (const c of w.classes)
    if (isClass(c)) classes.push(c);
    else throw new RangeError(`model ${w.language}: unknown class ${c}`);
  if (w.bias.length !== w.classes.length)
    throw new RangeError(
      `model ${w.language}: ${w.bias.length} biases for ${w.classes.length} classes`,
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
          throw new RangeError(`model ${w.language}: bad weight "${pair}" of ${feature}`);
        return [index, value] as const;
      }),
    );
  }
  return { classes, bias: Float64Array.from(w.bias), weights };
}

/** A measure model: its classes must be measures. */
export function compileMeasureModel(w: MeasureWeights): MeasureModel {
  return { ...compileLinear(w, isMeasure), policy: w.policy };
}

/** The model's probability for each class, given a figure's features. */
export function probabilities(
  model: LinearModel<string>,
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
  const p = probabilities(model, measureFeatures(text, start, end, rule));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  const bar = rule === "other" ? model.policy.whenOther : model.policy.threshold;
  return p[best]! >= bar ? model.classes[best]! : rule;
}
