/** The selected claim: its fields, claimant, status and every version it has had, with its changes. */

import { Link } from "react-router";
import type { ClaimDetail } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { ClaimantName, type ClaimantNamer } from "../../components/case-texts.js";
import { ChangeList } from "../../components/change-list.js";
import { CiteBox } from "../../components/cite-box.js";
import { LoadState } from "../../components/load-state.js";
import { formatDateTime, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { ClaimFields } from "./claim-fields.js";
import { locatorText } from "./media/locator-text.js";

export function ClaimPanel({
  claimId,
  namer,
  onClose,
}: {
  claimId: string;
  /** Claimants' names in the reader's language, from the case of the claim's source. */
  namer: ClaimantNamer;
  onClose: () => void;
}) {
  const loaded = useApi<ClaimDetail>(`/api/claims/${encodeURIComponent(claimId)}`);
  return (
    <section className="claim-panel" aria-labelledby="claim-h" data-testid="claim-panel">
      <div className="panel-head">
        <h2 id="claim-h">{t("claim.title")}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t("claim.close")}
        </button>
      </div>
      <LoadState loaded={loaded}>
        {(c) => (
          <>
            <p className="eyebrow">
              {term("claimKind", c.kind)} ·{" "}
              <span className={`status status-${c.status}`}>{term("status", c.status)}</span>
            </p>
            {c.text && <blockquote className="quote">{c.text}</blockquote>}
            {locatorText(c.locator) && (
              <p data-testid="claim-locator">
                <span className="muted">{t("claim.where")}</span> {locatorText(c.locator)}
              </p>
            )}
            <ClaimFields fields={c.fields} />
            <p>
              <span className="muted">{t("claim.claimant")}</span>{" "}
              <ClaimantName name={c.claimant.name} namer={namer} />{" "}
              <span className="muted small">({term("role", c.claimant.role)})</span>
            </p>
            {c.reviewedBy && (
              <p className="small muted">
                {t("claim.reviewed", {
                  who: c.reviewedBy,
                  when: formatDateTime(c.reviewedAt ?? c.createdAt),
                })}
              </p>
            )}
            <h3>{t("claim.history")}</h3>
            <ol className="history" data-testid="claim-history">
              {c.history.map((h) => (
                <li key={h.version}>
                  {t("claim.history.entry", {
                    version: h.version,
                    status: term("status", h.status),
                    who: h.by,
                    when: formatDateTime(h.at),
                  })}
                  <ChangeList changes={h.changes} />
                  {h.reason && <div className="small">“{h.reason}”</div>}
                </li>
              ))}
            </ol>
            <CiteBox key={c.id} id={c.id} label={t("cite.claim")} />
            {c.status === "proposed" && <Link to="/review">{t("claim.toReview")}</Link>}
          </>
        )}
      </LoadState>
    </section>
  );
}
