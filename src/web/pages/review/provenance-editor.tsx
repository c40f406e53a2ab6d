/**
 * A reviewer sets what a claim passes on (its own version and log entry, apart from a correction;
 * the server refuses a link that closes a cycle). The basis is set in the correct form.
 */
import { type FormEvent, useState } from "react";
import { messageOf, postJson } from "../../api/client.js";
import type { Claim } from "../../api/types.js";
import { t } from "../../i18n/i18n.js";

const LINK = /^(claim|source|claimant):(.+)$/;

export function ProvenanceEditor({ claim }: { claim: Claim }) {
  const [from, setFrom] = useState(
    claim.derivedFrom ? `${claim.derivedFrom.kind}:${claim.derivedFrom.id}` : "",
  );
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = from.trim();
    const match = LINK.exec(text);
    if (text !== "" && !match) {
      setMessage({ error: true, text: t("review.provenance.bad") });
      return;
    }
    try {
      const saved = await postJson<Claim>(
        `/api/claims/${encodeURIComponent(claim.id)}/provenance`,
        { derivedFrom: match ? { kind: match[1], id: match[2]?.trim() } : null },
      );
      setMessage({ error: false, text: t("review.provenance.saved", { version: saved.version }) });
    } catch (error) {
      setMessage({ error: true, text: messageOf(error) });
    }
  };
  return (
    <form
      className="correct-form provenance-form"
      onSubmit={submit}
      aria-label={t("review.provenance")}
    >
      <label>
        {t("review.provenance.from")}
        <input name="derivedFrom" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      {message && (
        <p className={message.error ? "error" : "muted"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <div className="buttons">
        <button type="submit">{t("review.provenance.save")}</button>
      </div>
    </form>
  );
}
