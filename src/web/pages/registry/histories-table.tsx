/** Capture histories: how many people (clusters of confirmed links) appear on each combination of lists. */
import { formatNumber } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import type { Histories } from "./registry-types.js";

export function HistoriesTable({ histories }: { histories: Histories }) {
  const { lists, rows } = histories;
  return (
    <>
      <p className="muted" data-testid="registry-histories-summary">
        {t("registry.histories.summary", {
          records: formatNumber(histories.records),
          links: formatNumber(histories.confirmedLinks),
          people: formatNumber(histories.people),
        })}
      </p>
      <div className="table-scroll">
        <table data-testid="registry-histories" className="histories">
          <caption className="visually-hidden">{t("registry.histories.caption")}</caption>
          <thead>
            <tr>
              {lists.map((l) => (
                <th scope="col" key={l.id}>
                  {l.name}
                </th>
              ))}
              <th scope="col" className="num">
                {t("registry.histories.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.pattern.join("")}>
                {r.pattern.map((on, i) => (
                  <td key={lists[i]?.id ?? i} className={on ? "on" : "off"}>
                    {on ? (
                      t("registry.histories.on")
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t("registry.histories.off")}</span>
                      </>
                    )}
                  </td>
                ))}
                <td className="num">{formatNumber(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
