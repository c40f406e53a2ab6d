/** The night hour by hour: each timed event as a bar (interval) or dot (moment) on a clock axis. */

import type { TimelineEvent } from "../../api/types.js";
import { moveBetweenMarks, rovingTabIndex } from "../../components/svg-keys.js";
import { useWidth } from "../../components/use-width.js";
import { currentLocale, t } from "../../i18n/i18n.js";

const ROW = 26;
const LEFT = 24;
const HOUR = 3_600_000;

function ms(iso: string): number | null {
  if (!iso.includes("T")) return null;
  // Clock times as stated, placed on a neutral (UTC) axis so no time zone shifts them.
  return Date.parse(`${iso.length === 16 ? `${iso}:00` : iso}Z`);
}

const shorten = (text: string, room: number) =>
  text.length > room ? `${text.slice(0, room - 1)}…` : text;

export function NightChart({ events }: { events: readonly TimelineEvent[] }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const timed = events.filter((e) => ms(e.when.start) !== null);
  if (timed.length === 0) return null;
  const starts = timed.map((e) => ms(e.when.start) as number);
  const ends = timed.map((e) => (e.when.end ? (ms(e.when.end) ?? 0) : 0));
  const from = Math.floor(Math.min(...starts) / HOUR) * HOUR - HOUR;
  const to = Math.ceil(Math.max(...starts, ...ends) / HOUR) * HOUR + HOUR;
  const x = (v: number) => LEFT + ((v - from) / (to - from)) * (width - 2 * LEFT);
  const hours: number[] = [];
  const step = width < 500 ? 3 : 1;
  for (let h = from; h <= to; h += HOUR * step) hours.push(h);
  const height = timed.length * ROW + 34;
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={height} aria-labelledby="night-title" onKeyDown={moveBetweenMarks}>
        <title id="night-title">{t("timeline.night.chart")}</title>
        {hours.map((h) => (
          <g key={h}>
            <line x1={x(h)} x2={x(h)} y1={0} y2={height - 22} className="grid" />
            <text x={x(h)} y={height - 6} textAnchor="middle" className="tick">
              {new Date(h).toISOString().slice(11, 16)}
            </text>
          </g>
        ))}
        {timed.map((e, i) => {
          const s = ms(e.when.start) as number;
          const end = e.when.end ? ms(e.when.end) : null;
          const y = i * ROW + 14;
          // Labels sit beside the mark, on whichever side has room, never over a bar.
          const right = x(end ?? s);
          const onLeft = right > width * 0.6;
          const labelX = onLeft ? x(s) - 10 : right + 10;
          const room = Math.max(8, Math.floor((onLeft ? labelX : width - labelX) / 6.8));
          return (
            <a className="mark" tabIndex={rovingTabIndex(i)} key={e.id} href={`#event-${e.id}`}>
              <title>{e.translations?.[currentLocale()]?.what ?? e.what}</title>
              {end ? (
                <rect
                  x={x(s)}
                  y={y - 5}
                  width={Math.max(4, x(end) - x(s))}
                  height={10}
                  rx={3}
                  className={e.conflicts.length ? "bar-conflict" : "bar-event"}
                />
              ) : (
                <circle
                  cx={x(s)}
                  cy={y}
                  r={5}
                  className={e.conflicts.length ? "bar-conflict" : "bar-event"}
                />
              )}
              <text x={labelX} y={y + 4} textAnchor={onLeft ? "end" : "start"} className="tick">
                {shorten(e.translations?.[currentLocale()]?.what ?? e.what, room)}
              </text>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
