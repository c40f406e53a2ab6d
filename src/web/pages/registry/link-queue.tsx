/**
 * A queue of links, most probable first: confirm or reject each (a reason to reject), by key, or
 * unlink it (the reason optional) — proposed links, candidates below the threshold, confirmed ones.
 */

import { useEffect, useMemo, useRef, useState } from "react";
import { messageOf } from "../../api/client.js";
import { ReasonInput } from "../../components/reason-input.js";
import { useInView } from "../../components/use-in-view.js";
import { t } from "../../i18n/i18n.js";
import { useReviewKeys } from "../review/use-review-keys.js";
import { type LinkAction, LinkItem, recordName } from "./link-item.js";
import { reviewLink, unlinkLink } from "./registry-actions.js";
import type { PersonLink } from "./registry-types.js";

const ignore = () => undefined;

export function LinkQueue({
  links,
  onReviewed,
}: {
  links: readonly PersonLink[];
  onReviewed: () => void;
}) {
  // Decided links leave the queue, each remembered with the review time the decision gave it: a
  // link decided again since (unlinked, then linked by hand) comes back with a newer one.
  const [done, setDone] = useState<ReadonlyMap<string, string | null>>(new Map());
  const [active, setActive] = useState(0);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  // The keys act only while the links are on screen: elsewhere on the page "c" confirms nothing.
  const listRef = useRef<HTMLOListElement>(null);
  const inView = useInView(listRef);
  const open = useMemo(
    () => links.filter((l) => !done.has(l.id) || done.get(l.id) !== l.reviewedAt),
    [links, done],
  );
  const current = open[Math.min(active, open.length - 1)];
  useEffect(() => {
    if (current)
      document
        .querySelector(`[data-link-id="${current.id}"]`)
        ?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const act = (link: PersonLink, action: LinkAction) => {
    if (action === "reject" && !reason.trim()) {
      setMessage({ text: t("registry.links.reasonRequired"), error: true });
      reasonRef.current?.focus();
      return;
    }
    const names = { a: recordName(link.left), b: recordName(link.right) };
    const write =
      action === "unlink" ? unlinkLink(link.id, reason) : reviewLink(link.id, action, reason);
    write.then(
      (after) => {
        setDone((d) => new Map([...d, [link.id, after.reviewedAt]]));
        setReason("");
        const done = after.status === "awaiting" ? "awaiting" : action;
        setMessage({ text: t(`registry.links.done.${done}`, names), error: false });
        onReviewed();
      },
      (e: unknown) => setMessage({ text: messageOf(e), error: true }),
    );
  };
  useReviewKeys(
    {
      next: () => setActive((i) => Math.min(i + 1, open.length - 1)),
      previous: () => setActive((i) => Math.max(i - 1, 0)),
      confirm: () => current && act(current, "confirm"),
      reject: () => current && act(current, "reject"),
      toggle: ignore,
      correct: ignore,
    },
    inView,
  );
  return (
    <>
      <div className="review-bar">
        <ReasonInput inputRef={reasonRef} value={reason} onChange={setReason} />
      </div>
      <p className="muted small">{t("registry.links.keys")}</p>
      <p role="status" className={message?.error ? "error" : "ok"} data-testid="link-status">
        {message?.text}
      </p>
      {open.length === 0 && <p className="muted">{t("registry.links.empty")}</p>}
      <ol className="review-list" ref={listRef}>
        {open.map((l, i) => (
          <LinkItem
            key={l.id}
            link={l}
            active={l === current}
            onActivate={() => setActive(i)}
            onAction={(action) => act(l, action)}
          />
        ))}
      </ol>
    </>
  );
}
