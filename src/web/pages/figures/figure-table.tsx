/** The table behind the chart: every claim of the measure, oldest first, each linked to its passage. */

import { Link, useParams } from "react-router";
import type { FigureRow } from "../../api/figures.js";
import { AffiliationDot } from "../../components/affiliation.js";
import { ClaimantName, useClaimantNames } from "../../components/case-texts.js";
import { claimHref } from "../../components/format.js";
import { formatPartialDate, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { GradeBadges } from "./grade-badges.js";
import { ProvenanceCell } from "./provenance-cell.js";

function published(row: FigureRow): string {
  if (!row.published) return "—";
  const date = formatPartialDate({
    iso: row.published,
    precision: row.publishedPrecision ?? "day",
  });
  return row.publishedBound ? t("figures.notBefore", { date }) : date;
}

export function FigureTable({ rows }: { rows: readonly FigureRow[] }) {
  const sorted = [...rows].sort((a, b) => (a.published ?? "9").localeCompare(b.published ?? "9"));
  const namer = useClaimantNames(useParams().id);
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption className="visually-hidden">{t("figures.table")}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t("figures.col.value")}
            </th>
            <th scope="col">{t("figures.col.hedge")}</th>
            <th scope="col">{t("figures.col.subgroup")}</th>
            <th scope="col">{t("figures.col.claimant")}</th>
            <th scope="col">{t("figures.col.publisher")}</th>
            <th scope="col">{t("figures.col.published")}</th>
            <th scope="col">{t("figures.col.basis")}</th>
            <th scope="col">{t("figures.col.grades")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.claimId} id={`row-${r.claimId}`}>
              <td className="num">
                <Link to={claimHref(r.sourceId, r.claimId)} className="value-link">
                  {r.label}
                </Link>
              </td>
              <td>{term("hedge", r.hedge)}</td>
              <td>
                {term("subgroup", r.subgroup ?? "all")}
                {r.aspect && <div className="muted small">{term("aspect", r.aspect)}</div>}
              </td>
              <td>
                <AffiliationDot affiliation={r.affiliation} />{" "}
                <ClaimantName name={r.claimantName} namer={namer} />
                <div className="muted small">{term("affiliation", r.affiliation)}</div>
              </td>
              <td>{r.publisher}</td>
              <td>{published(r)}</td>
              <td>
                <ProvenanceCell row={r} />
              </td>
              <td>
                <GradeBadges row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
