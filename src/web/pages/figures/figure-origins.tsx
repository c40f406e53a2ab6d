/** Origins: each origin of the measure's figures, the documents that carry it and who passes it on. */
import { Link, useParams } from "react-router";
import type { FigureRow, OriginGroup } from "../../api/figures.js";
import { AffiliationDot } from "../../components/affiliation.js";
import { ClaimantName, useClaimantNames } from "../../components/case-texts.js";
import { sourceHref } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";

export function FigureOrigins({
  origins,
  rows,
}: {
  origins: readonly OriginGroup[];
  rows: readonly FigureRow[];
}) {
  const namer = useClaimantNames(useParams().id);
  const names = new Map(rows.map((r) => [r.claimant, namer(r.claimantName)]));
  const publishers = new Map(rows.map((r) => [r.sourceId, r.publisher]));
  const sorted = [...origins].sort((a, b) => b.documents.length - a.documents.length);
  return (
    <ul className="chains">
      {sorted.map((o) => (
        <li key={o.origin} data-testid="origin">
          <AffiliationDot affiliation={o.affiliation} />{" "}
          <strong>
            <ClaimantName name={o.originName} namer={namer} />
          </strong>
          <span className="muted">
            {" — "}
            {t("figures.origin.stated", { n: o.documents.length })}
          </span>
          {o.via.length > 0 && (
            <div className="small">
              {t("figures.origin.via", { names: o.via.map((v) => names.get(v) ?? v).join("; ") })}
            </div>
          )}
          <div className="small">
            {o.documents.map((d, i) => (
              <span key={d}>
                {i > 0 && " · "}
                <Link to={sourceHref(d)}>
                  {publishers.get(d) ?? t("figures.origin.document", { n: i + 1 })}
                </Link>
              </span>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
