/** One proposed claim in the queue: the quote in its context, what was read from it, the actions. */

import { Link } from "react-router";
import type { Claim } from "../../api/types.js";
import { claimHref } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { ClaimFields } from "../source/claim-fields.js";
import { CorrectForm } from "./correct-form.js";
import { ProvenanceEditor } from "./provenance-editor.js";
import type { Correction, ReviewAction } from "./review-actions.js";

export interface ReviewItemProps {
  claim: Claim;
  sourceTitle: string;
  active: boolean;
  selected: boolean;
  correcting: boolean;
  onActivate: () => void;
  onToggle: () => void;
  onAction: (action: ReviewAction) => void;
  /** Saves a correction; a refusal comes back to the form, which shows it by its field. */
  onCorrection: (change: Correction) => Promise<void>;
  onCorrect: (open: boolean) => void;
}

export function ReviewItem(p: ReviewItemProps) {
  const c = p.claim;
  return (
    <li
      className={`review-item${p.active ? " active" : ""}`}
      aria-current={p.active ? "true" : undefined}
      data-testid="review-item"
      data-claim-id={c.id}
      onFocusCapture={p.onActivate}
    >
      <div className="review-head">
        <label className="check">
          <input
            type="checkbox"
            checked={p.selected}
            onChange={p.onToggle}
            aria-label={t("review.select", { text: c.text ?? c.id })}
          />
          <span className={`claim kind-${c.kind}`}>{term("claimKind", c.kind)}</span>
        </label>
        <Link to={claimHref(c.sourceId, c.id)} className="small">
          {p.sourceTitle}
        </Link>
      </div>
      {c.status === "awaiting" && (
        <p className="notice small" data-testid="review-awaiting">
          {t("review.awaiting.badge", { who: c.reviewedBy ?? "?" })}
        </p>
      )}
      <p className="context">
        <span className="muted">…{c.prefix}</span>
        <mark>{c.text}</mark>
        <span className="muted">{c.suffix}…</span>
      </p>
      <ClaimFields fields={c.fields} />
      <p className="small">
        <span className="muted">{t("claim.claimant")}</span> {c.claimant.name} (
        {term("role", c.claimant.role)})
      </p>
      {p.correcting ? (
        <>
          <CorrectForm claim={c} onSubmit={p.onCorrection} onCancel={() => p.onCorrect(false)} />
          <ProvenanceEditor claim={c} />
        </>
      ) : (
        <div className="buttons">
          <button type="button" className="primary" onClick={() => p.onAction("confirm")}>
            {t("review.confirm")} <kbd>c</kbd>
          </button>
          <button type="button" onClick={() => p.onCorrect(true)}>
            {t("review.correct")} <kbd>e</kbd>
          </button>
          <button type="button" className="danger" onClick={() => p.onAction("reject")}>
            {t("review.reject")} <kbd>r</kbd>
          </button>
        </div>
      )}
    </li>
  );
}
