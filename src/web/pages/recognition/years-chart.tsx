/** How many recognition documents each year: a bar per year (the table below lists each one). */
import type { Recognition } from "../../api/types.js";
import { useWidth } from "../../components/use-width.js";
import { t } from "../../i18n/i18n.js";

export function YearsChart({ items }: { items: readonly Recognition[] }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const years = items.map((r) => Number(r.date?.iso.slice(0, 4))).filter((y) => y > 0);
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const height = 140;
  const band = (width - 40) / (last - first + 1);
  const x = (y: number) => 30 + (y - first) * band;
  const y = (n: number) => height - 24 - (n / max) * (height - 40);
  const labelEvery = band < 28 ? 5 : 1;
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={height} role="img" aria-labelledby="years-title">
        <title id="years-title">{t("recognition.years")}</title>
        {[...counts].map(([year, n]) => (
          <rect
            key={year}
            x={x(year) + 1}
            y={y(n)}
            width={Math.max(2, band - 2)}
            height={height - 24 - y(n)}
            className="bar-event"
          >
            <title>{`${year}: ${n}`}</title>
          </rect>
        ))}
        <text x={4} y={y(max) + 4} className="tick">
          {max}
        </text>
        {Array.from({ length: last - first + 1 }, (_, i) => first + i)
          .filter(
            (yr) =>
              (yr - first) % labelEvery === 0 ||
              (yr === last && (last - first) % labelEvery > labelEvery / 2),
          )
          .map((yr) => (
            <text key={yr} x={x(yr) + band / 2} y={height - 6} textAnchor="middle" className="tick">
              {yr}
            </text>
          ))}
      </svg>
    </div>
  );
}
