/**
 * Scales of the figures chart. Time runs on a calendar axis of years, linear within each stretch
 * of years that has claims; a stretch of at least five empty years (so every empty decade) is cut
 * out and drawn as a break, so that claims decades apart are neither squeezed into an edge nor
 * separated by empty width.
 */

/** Milliseconds of a date given as YYYY, YYYY-MM or YYYY-MM-DD (first day of the period). */
export function dateMs(iso: string): number {
  const [y = "1970", m = "1", d = "1"] = iso.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** Empty years in a row from which the axis is broken. */
export const BREAK_YEARS = 5;
/** Width of a break, in pixels. */
const BREAK_WIDTH = 18;

const yearMs = (year: number) => Date.UTC(year, 0, 1);

/** A stretch of the axis: whole years from `first` to `last`, drawn from x0 to x1. */
export interface AxisSegment {
  readonly first: number;
  readonly last: number;
  readonly x0: number;
  readonly x1: number;
}

export interface TimeScale {
  (ms: number): number;
  readonly segments: readonly AxisSegment[];
  /** The middle of each break between two segments. */
  readonly breaks: readonly number[];
  /** A year label at the start of each labelled year. */
  readonly ticks: readonly { ms: number; label: string }[];
}

/** Runs of years with claims, joined across fewer than BREAK_YEARS empty years. */
export function yearRuns(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && y - last[1] - 1 < BREAK_YEARS) last[1] = y;
    else runs.push([y, y]);
  }
  return runs;
}

/** Every how many years a label fits (about 40 px apart). */
function labelStep(pxPerYear: number): number {
  return [1, 2, 5, 10, 20].find((s) => s * pxPerYear >= 40) ?? 50;
}

/** A calendar scale over the dates `times` (milliseconds), drawn between x0 and x1. */
export function calendarScale(times: readonly number[], x0: number, x1: number): TimeScale {
  const runs = yearRuns(times.map((ms) => new Date(ms).getUTCFullYear()));
  const years = runs.reduce((n, [a, b]) => n + b - a + 1, 0);
  const perYear = Math.max(0, x1 - x0 - BREAK_WIDTH * (runs.length - 1)) / Math.max(years, 1);
  const segments: AxisSegment[] = [];
  let at = x0;
  for (const [first, last] of runs) {
    const width = (last - first + 1) * perYear;
    segments.push({ first, last, x0: at, x1: at + width });
    at += width + BREAK_WIDTH;
  }
  const scale = ((ms: number) => {
    const year = new Date(ms).getUTCFullYear();
    // A date between two stretches (none of the data's) sits at the end of the earlier one.
    const s = segments.findLast((g) => year >= g.first) ?? segments[0];
    if (!s) return x0;
    const from = yearMs(s.first);
    const to = yearMs(s.last + 1);
    const share = Math.max(0, Math.min(1, (ms - from) / (to - from)));
    return s.x0 + share * (s.x1 - s.x0);
  }) as TimeScale & { segments: AxisSegment[]; breaks: number[]; ticks: TimeScale["ticks"] };
  const step = labelStep(perYear);
  scale.segments = segments;
  scale.breaks = segments.slice(1).map((s) => s.x0 - BREAK_WIDTH / 2);
  scale.ticks = segments.flatMap((s) =>
    Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i)
      .filter((y) => y === s.first || (y % step === 0 && (y - s.first) * perYear >= 40))
      .map((y) => ({ ms: yearMs(y), label: String(y) })),
  );
  return scale;
}

/** A round step for about `count` ticks between 0 and max. */
export function niceTicks(max: number, count = 5): number[] {
  const raw = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(v);
  return ticks;
}
