/** Runs record linkage over the chosen lists and says what the run found. */
import { type FormEvent, useState } from "react";
import { messageOf } from "../../api/client.js";
import { formatNumber } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import { runLinkage } from "./registry-actions.js";
import type { LinkageRun, PersonList } from "./registry-types.js";

const COUNTS = [
  "records",
  "pairsCompared",
  "links",
  "proposed",
  "alreadyReviewed",
  "candidates",
  "replaced",
  "clusters",
] as const;

export function LinkageForm({ lists, onRun }: { lists: readonly PersonList[]; onRun: () => void }) {
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [threshold, setThreshold] = useState("0.5");
  const [dedupe, setDedupe] = useState(false);
  const [busy, setBusy] = useState(false);
  const [run, setRun] = useState<LinkageRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Every list is chosen until the operator says otherwise.
  const selected = chosen ?? new Set(lists.map((l) => l.id));
  const toggle = (id: string) =>
    setChosen(
      selected.has(id)
        ? new Set([...selected].filter((x) => x !== id))
        : new Set([...selected, id]),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    runLinkage([...selected], Number(threshold), dedupe)
      .then(
        (r) => {
          setRun(r);
          onRun();
        },
        (e: unknown) => setError(messageOf(e)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} aria-label={t("registry.linkage.form")}>
      <fieldset className="list-choice">
        <legend>{t("registry.linkage.lists")}</legend>
        {lists.map((l) => (
          <label key={l.id} className="checkbox">
            <input type="checkbox" checked={selected.has(l.id)} onChange={() => toggle(l.id)} />
            {l.name}
          </label>
        ))}
      </fieldset>
      <div className="filters">
        <label>
          {t("registry.linkage.threshold")}
          <input
            name="threshold"
            type="number"
            min="0.01"
            max="1"
            step="0.01"
            required
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={dedupe} onChange={(e) => setDedupe(e.target.checked)} />
          {t("registry.linkage.dedupe")}
        </label>
      </div>
      <button type="submit" className="primary" disabled={busy || selected.size === 0}>
        {t(busy ? "registry.linkage.running" : "registry.linkage.run")}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {run && (
        <dl className="counts" data-testid="registry-linkage-result" aria-live="polite">
          {COUNTS.map((k) => (
            <div key={k}>
              <dt>{t(`registry.linkage.${k}`)}</dt>
              <dd>{formatNumber(run[k])}</dd>
            </div>
          ))}
        </dl>
      )}
    </form>
  );
}
