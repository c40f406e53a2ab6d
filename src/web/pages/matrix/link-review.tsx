/**
 * Keyboard review of the proposed links of the crime on screen: j/k to move, c to confirm,
 * r to reject (with the reason typed above). The system proposed them; only a person confirms.
 * Where the case asks for four eyes, links awaiting a second reviewer come first, marked.
 */

import { useMemo, useRef, useState } from "react";
import { messageOf, postJson } from "../../api/client.js";
import type { CrimeMatrix, MatrixEntry } from "../../api/matrix.js";
import { ReasonInput } from "../../components/reason-input.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { useReviewKeys } from "../review/use-review-keys.js";

export function LinkReview({ crime, onChanged }: { crime: CrimeMatrix; onChanged: () => void }) {
  const proposed = useMemo(() => {
    const seen = new Set<string>();
    const out: { entry: MatrixEntry; element: string }[] = [];
    for (const r of crime.rows)
      for (const e of [...r.supports, ...r.contradicts, ...r.context])
        if ((e.status === "proposed" || e.status === "awaiting") && !seen.has(e.linkId)) {
          seen.add(e.linkId);
          out.push({ entry: e, element: `${r.position}. ${r.text}` });
        }
    const awaitingFirst = (x: { entry: MatrixEntry }) => (x.entry.status === "awaiting" ? 0 : 1);
    return out.sort((a, b) => awaitingFirst(a) - awaitingFirst(b));
  }, [crime]);
  const [active, setActive] = useState(0);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const current = proposed[Math.min(active, proposed.length - 1)];

  const act = (action: "confirm" | "reject") => {
    if (!current) return;
    if (action === "reject" && !reason.trim()) {
      setMessage({ text: t("review.reasonRequired"), error: true });
      reasonRef.current?.focus();
      return;
    }
    postJson<{ status: string }>(`/api/evidence/${current.entry.linkId}/review`, {
      action,
      reason: reason || null,
    }).then(
      (after) => {
        const done = after.status === "awaiting" ? "awaiting" : action;
        setMessage({
          text: t(`matrix.review.done.${done}`, { label: current.entry.label }),
          error: false,
        });
        setReason("");
        onChanged();
      },
      (e: unknown) => setMessage({ text: messageOf(e), error: true }),
    );
  };
  useReviewKeys(
    {
      next: () => setActive((i) => Math.min(i + 1, proposed.length - 1)),
      previous: () => setActive((i) => Math.max(i - 1, 0)),
      toggle: () => {},
      confirm: () => act("confirm"),
      reject: () => act("reject"),
      correct: () => {},
    },
    proposed.length > 0,
  );
  return (
    <section aria-labelledby="link-review-h" className="link-review">
      <h2 id="link-review-h">{t("matrix.review.title", { n: proposed.length })}</h2>
      <p className="muted small">{t("matrix.review.keys")}</p>
      <div className="review-bar">
        <ReasonInput inputRef={reasonRef} value={reason} onChange={setReason} />
      </div>
      <p role="status" className={message?.error ? "error" : "ok"} data-testid="link-review-status">
        {message?.text}
      </p>
      <ol className="review-list" data-testid="link-queue">
        {proposed.map(({ entry, element }, i) => (
          <li
            key={entry.linkId}
            data-link-id={entry.linkId}
            className={entry === current?.entry ? "link-queue-item active" : "link-queue-item"}
            aria-current={entry === current?.entry ? "true" : undefined}
          >
            <button type="button" className="link-like" onClick={() => setActive(i)}>
              {entry.label}
            </button>{" "}
            → {element}{" "}
            <span className="muted small">
              ({t(`matrix.${entry.polarity}`)},{" "}
              {t("matrix.review.weight", { weight: entry.weight })})
            </span>
            {entry.status === "awaiting" && (
              <span className="notice small" data-testid="link-review-awaiting">
                {" "}
                {t("matrix.review.awaiting")}
              </span>
            )}
            <br />
            {/* A proposal's stored rationale is the rule's, in English: word the rule in the
                reader's language, awaiting a second reviewer too, and keep the stored words one
                click away. The server names no rule once a reviewer rewrote the rationale: then
                the stored words are theirs and are shown as kept. */}
            {entry.rule ? (
              <>
                <span className="small" data-testid="link-review-rule">
                  {term("linkRule", entry.rule)}
                </span>
                <details className="small stored-rationale">
                  <summary>{t("matrix.review.storedRationale")}</summary>
                  <span lang="en">{entry.rationale}</span>
                </details>
              </>
            ) : (
              <span className="small">{entry.rationale}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
