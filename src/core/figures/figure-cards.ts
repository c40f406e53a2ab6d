/**
 * The measures as a reader meets them first: one card per quantity. The catch-all measure
 * "other" is not a quantity: its claims count different things (people who stayed in the town,
 * dead and wounded seen together, …), each named by its aspect, so each aspect is a card of its
 * own and no range ever spans two of them.
 */
import type { Measure } from "../model/index.js";
import { quantitySpread, type Spread } from "./figure-spreads.js";
import type { FigureRow, MeasureFindings } from "./figure-types.js";

/** The measure whose claims say what they count only in their aspect. */
export const CATCH_ALL_MEASURE: Measure = "other";

export interface FigureCard {
  readonly measure: Measure;
  /** For the catch-all measure, the aspect that names what is counted (null: none given). */
  readonly aspect: string | null;
  readonly spread: Spread;
  readonly independentOrigins: number;
  readonly claims: number;
}

function card(measure: Measure, aspect: string | null, rows: readonly FigureRow[]): FigureCard {
  return {
    measure,
    aspect,
    spread: quantitySpread(rows),
    independentOrigins: new Set(rows.map((r) => r.origin)).size,
    claims: rows.length,
  };
}

/** Rows of the catch-all measure by aspect, in first-seen order; other measures are one group. */
export function quantities(f: MeasureFindings): { aspect: string | null; rows: FigureRow[] }[] {
  if (f.measure !== CATCH_ALL_MEASURE) return [{ aspect: null, rows: [...f.claims] }];
  const byAspect = new Map<string | null, FigureRow[]>();
  for (const r of f.claims) byAspect.set(r.aspect, [...(byAspect.get(r.aspect) ?? []), r]);
  return [...byAspect].map(([aspect, rows]) => ({ aspect, rows }));
}

/**
 * One card per measure, and per aspect of the catch-all measure, for measures with claims.
 * @example figureCards(findings).filter((c) => c.measure === "other").map((c) => c.aspect)
 */
export function figureCards(findings: readonly MeasureFindings[]): FigureCard[] {
  return findings.flatMap((f) =>
    quantities(f)
      .filter((q) => q.rows.length > 0)
      .map((q) =>
        q.aspect === null && f.measure !== CATCH_ALL_MEASURE
          ? { ...card(f.measure, null, q.rows), spread: f.spread ?? quantitySpread(q.rows) }
          : card(f.measure, q.aspect, q.rows),
      ),
  );
}
