/** Every claimed value of a measure against its publication date, coloured by affiliation. */

import { useNavigate } from "react-router";
import type { FigureRow } from "../../api/figures.js";
import { claimHref, formatNumber } from "../../components/format.js";
import { moveBetweenMarks, rovingTabIndex } from "../../components/svg-keys.js";
import { useWidth } from "../../components/use-width.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { calendarScale, dateMs, niceTicks } from "./chart-scales.js";
import { FigureMarker } from "./figure-marker.js";

const HEIGHT = 340;
const PAD = { top: 16, right: 24, bottom: 44, left: 56 };

function describe(row: FigureRow): string {
  return `${row.label} ${row.subgroup ? term("subgroup", row.subgroup) : ""} — ${row.claimantName}, ${row.publisher}, ${row.published ?? "?"}`;
}

/** `name` is the measure (or quantity) in the reader's words. */
export function FigureChart({ rows, name }: { rows: readonly FigureRow[]; name: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const navigate = useNavigate();
  // Oldest first, so that the arrow keys walk the marks in calendar order.
  const dated = rows
    .filter((r): r is FigureRow & { published: string } => r.published !== null)
    .sort((a, b) => dateMs(a.published) - dateMs(b.published));
  if (dated.length === 0) return <p className="muted">{t("figures.chart.none")}</p>;
  const times = dated.map((r) => dateMs(r.published));
  const maxValue = Math.max(...dated.flatMap((r) => [r.min ?? 0, r.max ?? 0]));
  const yTicks = niceTicks(maxValue * 1.05);
  const yTop = yTicks[yTicks.length - 1] ?? 1;
  const bottom = HEIGHT - PAD.bottom;
  const y = (v: number) => bottom - (v / yTop) * (bottom - PAD.top);
  const x = calendarScale(times, PAD.left, width - PAD.right);
  // The marks are links for pointer users; keyboard and screen-reader users have the same links
  // in the table below (role="img" makes the drawing one image to assistive technology).
  // Claims of one day and value would hide each other: spread them sideways a little.
  const seen = new Map<string, number>();
  const placed = dated.map((row) => {
    const key = `${row.published}:${row.label}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { row, x: x(dateMs(row.published)) + n * 7 };
  });
  return (
    <div ref={ref} className="chart">
      <p id="chart-keys" className="small muted">
        {t("figures.chart.keys")}
      </p>
      {/* One Tab stop for the whole chart; arrow keys move between marks (roving tabindex). */}
      <svg
        width={width}
        height={HEIGHT}
        aria-labelledby="chart-title"
        aria-describedby="chart-keys"
        onKeyDown={moveBetweenMarks}
      >
        <title id="chart-title">{t("figures.chart.title", { measure: name })}</title>
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="tick">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {x.ticks.map((tick) => (
          <g key={tick.ms}>
            <line x1={x(tick.ms)} x2={x(tick.ms)} y1={bottom} y2={bottom + 5} className="axis" />
            <text x={x(tick.ms)} y={bottom + 18} textAnchor="middle" className="tick">
              {tick.label}
            </text>
          </g>
        ))}
        {x.segments.map((s) => (
          <line key={s.first} x1={s.x0} x2={s.x1} y1={bottom} y2={bottom} className="axis" />
        ))}
        {x.breaks.map((bx) => (
          <g key={bx} className="axis-break" data-testid="axis-break">
            <line x1={bx - 6} x2={bx - 2} y1={bottom + 6} y2={bottom - 6} className="axis" />
            <line x1={bx + 2} x2={bx + 6} y1={bottom + 6} y2={bottom - 6} className="axis" />
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 6} className="tick">
          {t("figures.chart.xAxis")}
        </text>
        {placed.map(({ row, x: px }, i) => (
          <a
            tabIndex={rovingTabIndex(i)}
            aria-label={describe(row)}
            className="mark"
            key={row.claimId}
            href={claimHref(row.sourceId, row.claimId)}
            onClick={(e) => {
              e.preventDefault();
              navigate(claimHref(row.sourceId, row.claimId));
            }}
          >
            <title>{describe(row)}</title>
            <FigureMarker
              row={row}
              g={{
                x: px,
                yMin: row.min === null ? null : y(row.min),
                yMax: row.max === null ? null : y(row.max),
              }}
            />
          </a>
        ))}
      </svg>
    </div>
  );
}
