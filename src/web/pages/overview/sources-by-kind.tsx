import { Link } from "react-router";
import { formatNumber } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

/** How many sources of each kind the caller may see, largest first, each a filtered list. */
export function SourcesByKind({
  counts,
  total,
}: {
  counts: Record<string, number>;
  total: number;
}) {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <section aria-labelledby="kinds-h">
      <h2 id="kinds-h">{t("overview.sources", { total: formatNumber(total) })}</h2>
      <table className="bar-table">
        <thead>
          <tr>
            <th scope="col">{t("sources.col.kind")}</th>
            <th scope="col" className="num">
              {t("overview.sources.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([kind, n]) => (
            <tr key={kind}>
              <td>
                <Link to={`/sources?kind=${kind}`}>{term("sourceKind", kind)}</Link>
              </td>
              <td className="num">
                <span className="bar" style={{ width: `${(n / max) * 6}rem` }} aria-hidden="true" />
                {formatNumber(n)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
