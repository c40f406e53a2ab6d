import type { Claim } from "../../api/types.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

/** Which highlight marks which kind of claim, with how many of each this source holds. */
export function KindLegend({ claims }: { claims: readonly Claim[] }) {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return (
    <ul className="legend kinds" aria-label={t("source.claims.legend")}>
      {[...counts].map(([kind, n]) => (
        <li key={kind}>
          <span className={`claim kind-${kind}`}>{term("claimKind", kind)}</span> {n}
        </li>
      ))}
      {claims.some((c) => c.status === "proposed") && (
        <li>
          <span className="claim kind-statement claim-proposed">{t("source.claims.proposed")}</span>
        </li>
      )}
    </ul>
  );
}
