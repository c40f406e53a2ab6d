/** The claims of a photo, video or audio source, each with where it is in the file. */
import type { Claim } from "../../../api/types.js";
import { t } from "../../../i18n/i18n.js";
import { term } from "../../../i18n/terms.js";
import { ClaimFields } from "../claim-fields.js";
import { locatorText } from "./locator-text.js";

export function MediaClaims(p: {
  claims: readonly Claim[];
  selectedId: string | null;
  onOpen: (claimId: string) => void;
}) {
  return (
    <section aria-labelledby="media-claims-h" data-testid="media-claims">
      <h2 id="media-claims-h">{t("source.citationClaims", { count: p.claims.length })}</h2>
      <ol className="plain citation-claims">
        {p.claims.map((c) => (
          <li
            key={c.id}
            id={`claim-${c.id}`}
            className={`citation-claim${c.id === p.selectedId ? " selected" : ""}`}
          >
            <p className="eyebrow">
              <a
                href={`#claim-${c.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  p.onOpen(c.id);
                }}
              >
                {term("claimKind", c.kind)}
              </a>{" "}
              · <span className={`status status-${c.status}`}>{term("status", c.status)}</span>
              {locatorText(c.locator) && <> · {locatorText(c.locator)}</>}
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
