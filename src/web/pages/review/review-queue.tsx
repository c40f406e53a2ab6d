/** The queue itself: proposed claims, the active one, the selection and the reviewer's reason. */

import { useEffect, useMemo, useRef, useState } from "react";
import { messageOf } from "../../api/client.js";
import type { Claim } from "../../api/types.js";
import { ReasonInput } from "../../components/reason-input.js";
import { t } from "../../i18n/i18n.js";
import { type Correction, confirmMany, type ReviewAction, reviewClaim } from "./review-actions.js";
import { ReviewItem } from "./review-item.js";
import { useReviewKeys } from "./use-review-keys.js";

export function ReviewQueue({
  claims,
  titles,
}: {
  claims: readonly Claim[];
  titles: ReadonlyMap<string, string>;
}) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const open = useMemo(() => claims.filter((c) => !done.has(c.id)), [claims, done]);
  const current = open[Math.min(active, open.length - 1)];

  useEffect(() => {
    if (current)
      document
        .querySelector(`[data-claim-id="${current.id}"]`)
        ?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const finish = (ids: string[], text: string) => {
    setDone((d) => new Set([...d, ...ids]));
    setSelected((s) => new Set([...s].filter((id) => !ids.includes(id))));
    setCorrecting(null);
    setReason("");
    setMessage({ text, error: false });
  };
  const fail = (e: unknown) => setMessage({ text: messageOf(e), error: true });

  const finished = (claim: Claim, action: ReviewAction) => (after: Claim) =>
    finish(
      [claim.id],
      t(after.status === "awaiting" ? "review.done.awaiting" : `review.done.${action}`, {
        text: claim.text ?? claim.id,
      }),
    );
  const correct = (claim: Claim, change: Correction) =>
    reviewClaim(claim.id, "correct", reason, change).then(finished(claim, "correct"));
  const act = (claim: Claim, action: ReviewAction) => {
    if (action === "reject" && !reason.trim()) {
      setMessage({ text: t("review.reasonRequired"), error: true });
      reasonRef.current?.focus();
      return;
    }
    reviewClaim(claim.id, action, reason).then(finished(claim, action), fail);
  };
  const bulk = () => {
    const ids = [...selected];
    confirmMany(ids, reason).then(
      (r) => finish(ids, t("review.done.bulk", { n: r.confirmed })),
      fail,
    );
  };
  const toggle = (id: string) =>
    setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  useReviewKeys(
    {
      next: () => setActive((i) => Math.min(i + 1, open.length - 1)),
      previous: () => setActive((i) => Math.max(i - 1, 0)),
      toggle: () => current && toggle(current.id),
      confirm: () => current && act(current, "confirm"),
      reject: () => current && act(current, "reject"),
      correct: () => current && setCorrecting(current.id),
    },
    correcting === null,
  );
  return (
    <>
      <div className="review-bar">
        <ReasonInput inputRef={reasonRef} value={reason} onChange={setReason} />
        <button type="button" className="primary" disabled={selected.size === 0} onClick={bulk}>
          {t("review.bulk", { n: selected.size })}
        </button>
      </div>
      <p className="muted small">{t("review.keys")}</p>
      <p role="status" className={message?.error ? "error" : "ok"} data-testid="review-status">
        {message?.text}
      </p>
      {open.length === 0 && <p className="muted">{t("review.empty")}</p>}
      <ol className="review-list">
        {open.map((c, i) => (
          <ReviewItem
            key={c.id}
            claim={c}
            sourceTitle={titles.get(c.sourceId) ?? t("review.source")}
            active={c === current}
            selected={selected.has(c.id)}
            correcting={correcting === c.id}
            onActivate={() => setActive(i)}
            onToggle={() => toggle(c.id)}
            onAction={(action) => act(c, action)}
            onCorrection={(change) => correct(c, change)}
            onCorrect={(on) => setCorrecting(on ? c.id : null)}
          />
        ))}
      </ol>
    </>
  );
}
