/** The figures contract as the API sends it: core's own output types (see core/figures). */
export type {
  ChartPoint,
  FigureFlag,
  FigureGroup,
  FigureRow,
  MeasureFindings,
  NamedStep,
  OriginGroup,
  ValueOrigins,
} from "../../core/figures/figure-types.js";

import type { FigureRow, MeasureFindings } from "../../core/figures/figure-types.js";

/** Lowest and highest stated bound over every claim, for measures with no whole-event spread. */
export function claimsSpread(rows: readonly FigureRow[]): { min: number; max: number } | null {
  const bounds = rows.flatMap((r) => [r.min, r.max]).filter((v): v is number => v !== null);
  if (bounds.length === 0) return null;
  return { min: Math.min(...bounds), max: Math.max(...bounds) };
}

export function spreadOfFindings(f: MeasureFindings): { min: number; max: number } | null {
  return f.spread ?? claimsSpread(f.claims);
}
