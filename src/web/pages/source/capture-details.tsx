/**
 * Where a captured source came from: the address asked for and the one it ended at, when, by whom,
 * the HTTP status, and every file the capture kept with its SHA-256 — the WARC, screenshot and
 * PDF to download, the page and its media as sources. Nothing shows for a source never captured.
 */
import { Link } from "react-router";
import { useApi } from "../../api/use-api.js";
import { sourceHref } from "../../components/format.js";
import { formatDateTime, t } from "../../i18n/i18n.js";
import type { CaptureFile, CaptureView } from "../add/capture-view.js";

const ROLE_KEYS = {
  warc: "capture.role.warc",
  page: "capture.role.page",
  screenshot: "capture.role.screenshot",
  pdf: "capture.role.pdf",
  media: "capture.role.media",
} as const;

function FileLine({ file, sourceId }: { file: CaptureFile; sourceId: string }) {
  const kept = file.role === "warc" || file.role === "screenshot" || file.role === "pdf";
  return (
    <li>
      {t(ROLE_KEYS[file.role])}
      {file.url && <span className="muted"> {file.url}</span>}{" "}
      {kept ? (
        <a href={file.href} download>
          {t("capture.download")}
        </a>
      ) : (
        file.sourceId &&
        file.sourceId !== sourceId && (
          <Link to={sourceHref(file.sourceId)}>{t("capture.open")}</Link>
        )
      )}
      <div className="hash">{file.sha256}</div>
    </li>
  );
}

export function CaptureDetails({ sourceId }: { sourceId: string }) {
  const captures = useApi<CaptureView[]>(`/api/sources/${encodeURIComponent(sourceId)}/captures`);
  if (captures.state !== "ready" || captures.data.length === 0) return null;
  return (
    <>
      {captures.data.map((c) => {
        const shot = c.files.find((f) => f.role === "screenshot");
        return (
          <section key={c.id} data-testid="capture-details" className="small capture-details">
            <h3>{t("capture.details")}</h3>
            <dl>
              <dt>{t("capture.url")}</dt>
              <dd>{c.url}</dd>
              {c.finalUrl !== c.url && (
                <>
                  <dt>{t("capture.finalUrl")}</dt>
                  <dd>{c.finalUrl}</dd>
                </>
              )}
              <dt>{t("capture.when")}</dt>
              <dd>{formatDateTime(c.capturedAt)}</dd>
              <dt>{t("capture.status")}</dt>
              <dd>{c.httpStatus}</dd>
              <dt>{t("capture.by")}</dt>
              <dd>
                {c.capturedBy} ({c.tool})
              </dd>
            </dl>
            {shot && (
              <a href={shot.href}>
                <img
                  src={shot.href}
                  alt={t("capture.screenshotAlt")}
                  className="capture-shot"
                  width={240}
                />
              </a>
            )}
            <h4>{t("capture.files")}</h4>
            <ul className="plain">
              {c.files.map((f) => (
                <FileLine key={f.seq} file={f} sourceId={sourceId} />
              ))}
            </ul>
            {c.warnings.length > 0 && (
              <>
                <h4>{t("capture.warnings")}</h4>
                <ul className="plain muted">
                  {c.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
