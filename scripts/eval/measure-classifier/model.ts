/**
 * The ninth round's experiment policies over the measure model (train.ts): when its answer
 * replaces the rules' anywhere, not only where they found no cue. What extraction runs is
 * src/core/extract/measure-fallback.ts (features, weights, the fallback); this adds only the
 * two-bar policy the experiment compared.
 */
import {
  compileLinear,
  type DocumentContext,
  type LinearModel,
  measureFeatures,
  mostProbable,
  probabilities,
  type Weights,
} from "../../../src/core/extract/measure-fallback.js";
import { isMeasure, type Measure } from "../../../src/core/model/claim.js";

/** A measure model's weights, with when its answer replaces the rules'. */
export interface MeasureWeights extends Weights {
  /**
   * Its probability is at least `whenOther` where the rules said `other`, and at least
   * `threshold` elsewhere.
   */
  readonly policy: { readonly threshold: number; readonly whenOther: number };
}

export interface MeasureModel extends LinearModel<Measure> {
  readonly policy: MeasureWeights["policy"];
}

/** A measure model: its classes must be measures. */
export function compileMeasureModel(w: MeasureWeights): MeasureModel {
  return { ...compileLinear(w, isMeasure), policy: w.policy };
}

/** The measure to give the figure at text[start, end), whose rules said `rule`. */
export function learnedMeasure(
  model: MeasureModel,
  text: string,
  start: number,
  end: number,
  rule: Measure,
  context: DocumentContext,
): Measure {
  const p = probabilities(model, measureFeatures(text, start, end, rule, context));
  const best = mostProbable(p);
  const bar = rule === "other" ? model.policy.whenOther : model.policy.threshold;
  return p[best]! >= bar ? model.classes[best]! : rule;
}
