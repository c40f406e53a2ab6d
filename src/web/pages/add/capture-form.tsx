/**
 * Capturing web pages from the "add sources" page: addresses, one per line, become one capture
 * job (one item per address); the form follows it and shows, per address, the page's new source
 * and what was kept, or why it could not be captured.
 */
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import { getJson, messageOf, postJson } from "../../api/client.js";
import { AccessSelect } from "../../components/access-select.js";
import { sourceHref } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import type { CaptureJob, CaptureView } from "./capture-view.js";

const POLL_MS = 1000;

function CaptureResult({ item }: { item: NonNullable<CaptureJob["items"]>[number] }) {
  if (item.state === "failed")
    return (
      <li data-testid="capture-result" className="error" role="alert">
        {item.label}: {t("capture.failed", { detail: item.error ?? "" })}
      </li>
    );
  if (item.state !== "done") return <li className="muted">{item.label}…</li>;
  const capture = item.result as CaptureView;
  const media = capture.files.filter((f) => f.role === "media").length;
  const pictures = capture.files.some((f) => f.role === "screenshot");
  return (
    <li data-testid="capture-result">
      {t("capture.done")} <Link to={sourceHref(capture.sourceId)}>{capture.finalUrl}</Link>{" "}
      {t("capture.result", { status: capture.httpStatus, media })}{" "}
      {pictures ? t("capture.result.pictures") : t("capture.result.noPictures")}
      {capture.warnings.length > 0 && (
        <ul className="small muted">
          {capture.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function CaptureForm() {
  const [urls, setUrls] = useState("");
  // Restricted until someone chooses to publish, as for an upload.
  const [access, setAccess] = useState<string>("restricted");
  const [job, setJob] = useState<CaptureJob | null>(null);
  const [error, setError] = useState<string | null>(null);

  const live = job !== null && (job.state === "queued" || job.state === "running");
  useEffect(() => {
    if (!live || !job) return;
    const timer = setTimeout(() => {
      getJson<CaptureJob>(`/api/jobs/${encodeURIComponent(job.id)}`).then(setJob, (e: unknown) =>
        setError(messageOf(e)),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [live, job]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const list = urls
      .split(/\s+/)
      .map((u) => u.trim())
      .filter(Boolean);
    try {
      setJob(await postJson<CaptureJob>("/api/captures", { urls: list, metadata: { access } }));
    } catch (failure) {
      setError(messageOf(failure));
    }
  };

  return (
    <section className="capture" aria-labelledby="capture-title">
      <h2 id="capture-title">{t("capture.title")}</h2>
      <p className="small">{t("capture.intro")}</p>
      <form onSubmit={submit} className="filters">
        <label>
          {t("capture.urls")}
          <textarea
            name="capture-urls"
            rows={3}
            cols={60}
            required
            value={urls}
            onChange={(e) => setUrls(e.target.value)}
            placeholder="https://"
          />
        </label>
        <AccessSelect
          name="capture-access"
          label={t("capture.access")}
          value={access}
          onChange={setAccess}
        />
        <button type="submit" disabled={live}>
          {t("capture.submit")}
        </button>
      </form>
      {error && (
        <p className="error" role="alert" data-testid="capture-error">
          {t("capture.failed", { detail: error })}
        </p>
      )}
      {job && (
        <div aria-live="polite">
          {live && (
            <p className="muted" data-testid="capture-running">
              {t("capture.running", { done: job.progress.done, total: job.progress.total })}
            </p>
          )}
          <ul className="uploads">
            {(job.items ?? []).map((item) => (
              <CaptureResult key={item.seq} item={item} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
