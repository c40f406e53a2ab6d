/**
 * A figure written as a value in a table cell or after a label ("≈ 12,000", "300+", "350–400",
 * "over 400", "2.1 million"): its bounds and hedge, read with one regular expression built from
 * the vocabulary's hedges.
 */
import type { Hedge } from "../model/claim.js";
import { HEDGES_BEFORE } from "./lexicon.js";

/**
 * "(est.)", "(provisional)" after a value or in a column's name: a note on how the number was
 * reached, not who gives it ("Displaced (est.)", "4,000–6,000 dead (est.)").
 */
export const QUALIFIER_NOTE =
  /^(est|estimated?|estimates?|approx|approximate|provisional|prov|incl|rounded)\.?$/i;

export interface CellValue {
  /** Offsets inside the cell text. */
  readonly start: number;
  readonly end: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly hedge: Hedge;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const HEDGE_OF = new Map<string, Hedge>();
for (const [hedge, phrases] of HEDGES_BEFORE) for (const p of phrases) HEDGE_OF.set(p, hedge);
const HEDGE_ALT = [...HEDGE_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const NUM = String.raw`\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s+(million|thousand))?`;
const VALUE = new RegExp(
  String.raw`(?:(?<!\p{L})(${HEDGE_ALT})\s*)?(?<![\d.,])(${NUM})${SCALE}(?:\s*(?:–|-|to)\s*(${NUM})${SCALE})?(\+)?`,
  "iu",
);
const SCALES: Record<string, number> = { million: 1_000_000, thousand: 1000 };

function numberOf(digits: string, scale: string | undefined): number {
  const n = Number(digits.replace(/,/g, ""));
  return scale ? Math.round(n * (SCALES[scale.toLowerCase()] ?? 1)) : n;
}

/** The first value in `cell`, or null when it holds none (or only a part of a date or label). */
export function readCellValue(cell: string): CellValue | null {
  const m = VALUE.exec(cell);
  if (!m) return null;
  const [whole, hedgeWord, a, scaleA, b, scaleB, plus] = m;
  const low = numberOf(a!, scaleA ?? scaleB);
  if (!Number.isFinite(low)) return null;
  const start = m.index;
  const end = m.index + whole.length;
  if (b !== undefined) {
    const high = numberOf(b, scaleB ?? scaleA);
    if (high > low) return { start, end, min: low, max: high, hedge: "range" };
  }
  const hedge: Hedge = plus
    ? "at_least"
    : (HEDGE_OF.get(hedgeWord?.toLowerCase() ?? "") ?? "exact");
  if (hedge === "at_least" || hedge === "more_than")
    return { start, end, min: low, max: null, hedge };
  if (hedge === "at_most" || hedge === "less_than")
    return { start, end, min: null, max: low, hedge };
  return { start, end, min: low, max: low, hedge };
}
