/** Labels, intervals and overlap of stated figures; open bounds are unbounded, not guessed. */
import type { Hedge } from "../model/index.js";

interface Bounds {
  readonly min: number | null;
  readonly max: number | null;
  readonly hedge: Hedge;
}

const PREFIX: Record<Hedge, string> = {
  exact: "",
  approx: "≈",
  at_least: "≥",
  more_than: ">",
  at_most: "≤",
  less_than: "<",
  range: "",
};

/** @example figureLabel({ min: 500, max: 1000, hedge: "range" }) // "500–1000" */
export function figureLabel(f: Bounds): string {
  if (f.hedge === "range") return `${f.min}–${f.max}`;
  return `${PREFIX[f.hedge]}${f.min ?? f.max}`;
}

/** The interval a figure allows; "more than 450" is (450, ∞), approximated as [450, ∞). */
export function interval(f: Bounds): readonly [number, number] {
  return [f.min ?? 0, f.max ?? Number.POSITIVE_INFINITY];
}

/** Whether all figures share at least one value, i.e. they could all describe one count. */
export function intervalsOverlap(figures: readonly Bounds[]): boolean {
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (const f of figures) {
    const [a, b] = interval(f);
    low = Math.max(low, a);
    high = Math.min(high, b);
  }
  return low <= high;
}

/** The lowest and highest bound stated by any of the figures, or null when there are none. */
export function spreadOf(figures: readonly Bounds[]): { min: number; max: number } | null {
  const values = figures.flatMap((f) => [f.min, f.max]).filter((v): v is number => v !== null);
  return values.length === 0 ? null : { min: Math.min(...values), max: Math.max(...values) };
}
