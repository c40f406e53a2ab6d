/**
 * The claims of a source known by citation only (a reference case loaded without its corpus):
 * no text to highlight, so each claim is listed with its fields and claimant, and the reader is
 * told how to attach the corpus that holds the text.
 */

import type { Claim, SourceDetail } from "../../api/types.js";
import type { ClaimantNamer } from "../../components/case-texts.js";
import { t } from "../../i18n/i18n.js";
import { ClaimList } from "./claim-list.js";

export function CitationClaims(p: {
  source: SourceDetail;
  namer: ClaimantNamer;
  claims: readonly Claim[];
  selectedId: string | null;
}) {
  return (
    <ClaimList id="citation-claims" namer={p.namer} claims={p.claims} selectedId={p.selectedId}>
      {p.source.caseId && (
        <p className="corpus-note" data-testid="corpus-missing">
          {t("source.corpusMissing")} <code>CASEFILE_CORPUS</code> {t("source.corpusMissing.how")}
        </p>
      )}
    </ClaimList>
  );
}
