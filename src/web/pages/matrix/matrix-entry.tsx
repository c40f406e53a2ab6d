/** One piece of evidence in a matrix cell: what it states, where, how strong, and a way to its words. */
import { Link } from "react-router";
import type { MatrixEntry } from "../../api/matrix.js";
import { t } from "../../i18n/i18n.js";

export function MatrixEntryItem({ e }: { e: MatrixEntry }) {
  const to = e.claimId ? `/claims/${e.claimId}` : `/sources/${e.sourceId}`;
  return (
    <li className={`matrix-entry ${e.status}`} data-link-id={e.linkId} data-status={e.status}>
      <Link to={to} title={t("matrix.open")}>
        {e.label}
      </Link>{" "}
      <span className="muted small">
        {e.sourceTitle}
        {e.claimant ? ` — ${e.claimant}` : ""}
      </span>
      <br />
      <span className="small">
        {t("matrix.entry.weight", {
          weight: e.weight,
          grade: e.grade ?? t("matrix.ungraded"),
          credibility: e.credibility ?? t("matrix.ungraded"),
        })}
        {e.part ? ` · ${e.part.text}` : ""}
        {e.status === "proposed" ? ` · ${t("matrix.proposed")}` : ""}
      </span>
    </li>
  );
}
