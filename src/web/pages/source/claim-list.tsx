/**
 * A source's claims as a list, each with its kind, status, where it is in a picture or recording,
 * its fields and its claimant: shown where there is no text to highlight them in (a source known
 * by citation only, a photo, video or audio file). Opening a claim goes to `onOpen` when given,
 * else to the claim's anchor.
 */
import type { ReactNode } from "react";
import type { Claim } from "../../api/types.js";
import { ClaimantName, type ClaimantNamer } from "../../components/case-texts.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { ClaimFields } from "./claim-fields.js";
import { locatorText } from "./media/locator-text.js";

export function ClaimList(p: {
  /** The section's test id, and its heading's id with `-h`. */
  id: string;
  /** Claimants' names in the reader's language, from the case of the source. */
  namer: ClaimantNamer;
  claims: readonly Claim[];
  selectedId: string | null;
  onOpen?: ((claimId: string) => void) | undefined;
  /** What stands above the heading (a note on the source). */
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${p.id}-h`} data-testid={p.id}>
      {p.children}
      <h2 id={`${p.id}-h`}>{t("source.citationClaims", { count: p.claims.length })}</h2>
      <ol className="plain citation-claims">
        {p.claims.map((c) => (
          <li
            key={c.id}
            id={`claim-${c.id}`}
            className={`citation-claim${c.id === p.selectedId ? " selected" : ""}`}
            data-testid="citation-claim"
          >
            <p className="eyebrow">
              <a
                href={`#claim-${c.id}`}
                onClick={(e) => {
                  if (!p.onOpen) return;
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
              <span className="muted">{t("claim.claimant")}</span>{" "}
              <ClaimantName name={c.claimant.name} namer={p.namer} />{" "}
              <span className="muted">({term("role", c.claimant.role)})</span>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
