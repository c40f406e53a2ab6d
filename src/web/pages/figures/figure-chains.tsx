/** Repetition: how many documents carry each original claimant's figures, and who repeats them. */
import { Link } from "react-router";
import type { ClaimantChain, FigureRow } from "../../api/figures.js";
import { AffiliationDot } from "../../components/affiliation.js";
import { sourceHref } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";

export function FigureChains({
  chains,
  rows,
}: {
  chains: readonly ClaimantChain[];
  rows: readonly FigureRow[];
}) {
  const names = new Map(rows.map((r) => [r.claimant, r.claimantName]));
  const publishers = new Map(rows.map((r) => [r.sourceId, r.publisher]));
  const sorted = [...chains].sort((a, b) => b.documents.length - a.documents.length);
  return (
    <ul className="chains">
      {sorted.map((c) => {
        const repeaters = c.via.filter((v) => v !== c.claimant);
        return (
          <li key={c.claimant} data-testid="chain">
            <AffiliationDot affiliation={c.affiliation} /> <strong>{c.claimantName}</strong>
            <span className="muted">
              {" — "}
              {c.documents.length === 1
                ? t("figures.chain.stated.one")
                : t("figures.chain.stated", { documents: c.documents.length })}
            </span>
            {repeaters.length > 0 && (
              <div className="small">
                {t("figures.chain.via", {
                  names: repeaters.map((v) => names.get(v) ?? v).join("; "),
                })}
              </div>
            )}
            <div className="small">
              {c.documents.map((d, i) => (
                <span key={d}>
                  {i > 0 && " · "}
                  <Link to={sourceHref(d)}>
                    {publishers.get(d) ?? t("figures.chain.document", { n: i + 1 })}
                  </Link>
                </span>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
