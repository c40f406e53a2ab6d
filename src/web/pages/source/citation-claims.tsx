/**
 * The reader of a source known by citation only (a reference case loaded without its corpus):
 * no text to highlight, so each claim is listed with its fields and claimant, and the reader is
 * told how to attach the corpus that holds the text.
 */

import type { Claim, SourceDetail } from "../../api/types.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { ClaimFields } from "./claim-fields.js";

export function CitationClaims({
  source,
  claims,
  selectedId,
}: {
  source: SourceDetail;
  claims: readonly Claim[];
  selectedId: string | null;
}) {
  return (
    <section aria-labelledby="citation-claims-h" data-testid="citation-claims">
      {source.caseId && (
        <p className="corpus-note" data-testid="corpus-missing">
          {t("source.corpusMissing")} <code>CASEFILE_CORPUS</code> {t("source.corpusMissing.how")}
        </p>
      )}
      <h2 id="citation-claims-h">{t("source.citationClaims", { count: claims.length })}</h2>
      <ol className="plain citation-claims">
        {claims.map((c) => (
          <li
            key={c.id}
            id={`claim-${c.id}`}
            className={`citation-claim${c.id === selectedId ? " selected" : ""}`}
            data-testid="citation-claim"
          >
            <p className="eyebrow">
              <a href={`#claim-${c.id}`}>{term("claimKind", c.kind)}</a> ·{" "}
              <span className={`status status-${c.status}`}>{c.status}</span>
            </p>
            <ClaimFields fields={c.fields} />
            <p className="small">
              <span className="muted">{t("claim.claimant")}</span> {c.claimant.name}{" "}
              <span className="muted">({term("role", c.claimant.role)})</span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
