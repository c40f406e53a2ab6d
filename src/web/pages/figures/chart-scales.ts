/**
 * Scales of the figures chart. Time runs on a logarithmic scale of days since the first
 * publication: the first weeks, when most figures appeared, stay readable beside decades of
 * later repetition.
 */
import { formatTick } from "../../i18n/i18n.js";

const DAY = 86_400_000;

/** Milliseconds of a date given as YYYY, YYYY-MM or YYYY-MM-DD (first day of the period). */
export function dateMs(iso: string): number {
  const [y = "1970", m = "1", d = "1"] = iso.split("-");
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

export interface TimeScale {
  (ms: number): number;
  ticks: { ms: number; label: string }[];
}

const TICK_DAYS = [0, 7, 30, 91, 365, 365 * 3, 365 * 10, 365 * 20, 365 * 30, 365 * 50];

export function timeScale(minMs: number, maxMs: number, x0: number, x1: number): TimeScale {
  const origin = minMs - DAY;
  const span = Math.log1p((Math.max(maxMs, minMs + DAY) - origin) / DAY);
  const scale = ((ms: number) =>
    x0 + (Math.log1p(Math.max(0, ms - origin) / DAY) / span) * (x1 - x0)) as TimeScale;
  scale.ticks = TICK_DAYS.map((d) => origin + DAY + d * DAY)
    .filter((ms) => ms <= maxMs + DAY)
    .map((ms, i) => {
      const date = new Date(ms);
      const label =
        i === 0
          ? `${formatTick(ms, "dayMonth")} ${date.getUTCFullYear()}`
          : ms - origin < 200 * DAY
            ? formatTick(ms, "dayMonth")
            : ms - origin < 800 * DAY
              ? formatTick(ms, "monthYear")
              : String(date.getUTCFullYear());
      return { ms, label };
    });
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
