/**
 * Linking two records by hand, for a pair the linkage never proposed: one record found by name in
 * one list, its partner in another, and an optional reason; the link has no model probability and
 * counts like any confirmed link (or awaits a second reviewer where the case asks for four eyes).
 */
import { type FormEvent, useState } from "react";
import { messageOf } from "../../api/client.js";
import { t } from "../../i18n/i18n.js";
import { type PickedRecord, RecordPicker } from "./record-picker.js";
import { linkByHand } from "./registry-actions.js";
import type { PersonList } from "./registry-types.js";

const nameOf = (p: PickedRecord) => {
  const f = p.record.fields;
  return (
    f.full_name || [f.given, f.patronymic, f.surname].filter(Boolean).join(" ") || p.record.key
  );
};

export function ManualLinkForm({
  lists,
  onLinked,
}: {
  lists: readonly PersonList[];
  onLinked: () => void;
}) {
  const [a, setA] = useState<PickedRecord | null>(null);
  const [b, setB] = useState<PickedRecord | null>(null);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!a || !b) return;
    setBusy(true);
    linkByHand(a.record.id, b.record.id, reason)
      .then(
        (link) => {
          const names = { a: nameOf(a), b: nameOf(b) };
          setMessage({
            text: t(
              link.status === "awaiting" ? "registry.manual.awaiting" : "registry.manual.done",
              names,
            ),
            error: false,
          });
          setReason("");
          onLinked();
        },
        (e: unknown) => setMessage({ text: messageOf(e), error: true }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="registry-manual" className="manual-link" data-testid="manual-link">
      <h3 id="registry-manual">{t("registry.manual.title")}</h3>
      <p className="muted">{t("registry.manual.intro")}</p>
      <div className="manual-pickers">
        <RecordPicker
          name="a"
          legend={t("registry.manual.first")}
          lists={lists}
          initialList={lists[0]?.id}
          picked={a}
          onPick={setA}
        />
        <RecordPicker
          name="b"
          legend={t("registry.manual.second")}
          lists={lists}
          initialList={lists[1]?.id ?? lists[0]?.id}
          picked={b}
          onPick={setB}
        />
      </div>
      <form onSubmit={submit} aria-label={t("registry.manual.title")}>
        <div className="review-bar">
          <label className="inline-field grow">
            {t("registry.manual.reason")}
            <input
              name="manual-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={busy || !a || !b}>
            {t("registry.manual.link")}
          </button>
        </div>
        <p role="status" className={message?.error ? "error" : "ok"} data-testid="manual-status">
          {message?.text}
        </p>
      </form>
    </section>
  );
}
