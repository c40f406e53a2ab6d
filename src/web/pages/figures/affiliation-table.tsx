/**
 * What each kind of claimant says about the measure, one line each, with a link that narrows the
 * whole page to that affiliation (the address keeps it, so the view can be shared).
 */
import { Link, useSearchParams } from "react-router";
import type { AffiliationSummary } from "../../../core/figures/affiliation-summary.js";
import { AffiliationDot } from "../../components/affiliation.js";
import { formatSpread } from "../../components/format.js";
import { formatList, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

export function AffiliationTable({
  summary,
  labelledBy,
}: {
  summary: readonly AffiliationSummary[];
  labelledBy: string;
}) {
  const [params] = useSearchParams();
  const only = (affiliation: string) => {
    const next = new URLSearchParams(params);
    next.set("affiliation", affiliation);
    return `?${next}`;
  };
  return (
    <div className="table-scroll">
      <table
        className="affiliation-table"
        data-testid="affiliation-summary"
        aria-labelledby={labelledBy}
      >
        <thead>
          <tr>
            <th scope="col">{t("figures.affiliations.who")}</th>
            <th scope="col">{t("figures.affiliations.values")}</th>
            <th scope="col">{t("figures.affiliations.claims")}</th>
            <th scope="col">{t("figures.affiliations.origins")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={s.affiliation} data-affiliation={s.affiliation}>
              <th scope="row">
                <AffiliationDot affiliation={s.affiliation} />{" "}
                <Link to={only(s.affiliation)} replace>
                  {term("affiliation", s.affiliation)}
                </Link>
              </th>
              <td>
                {s.values.length > 0 ? formatList(s.values) : formatSpread(s.spread)}
                {s.values.length > 1 && (
                  <div className="muted small">
                    {t("figures.affiliations.range", { spread: formatSpread(s.spread) })}
                  </div>
                )}
              </td>
              <td className="num">{s.claims}</td>
              <td className="num">{s.independentOrigins}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Narrows every section of the page to claimants of one affiliation. */
export function AffiliationFilter({
  present,
  value,
  onChange,
}: {
  present: readonly string[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="inline-field">
      {t("figures.affiliations.filter")}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="affiliation-filter"
      >
        <option value="">{t("figures.affiliations.any")}</option>
        {present.map((a) => (
          <option key={a} value={a}>
            {term("affiliation", a)}
          </option>
        ))}
      </select>
    </label>
  );
}
