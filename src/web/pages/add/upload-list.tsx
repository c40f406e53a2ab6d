import { Link } from "react-router";
import type { IngestOutcome } from "../../api/types.js";
import { sourceHref } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";

export interface UploadRow {
  key: string;
  name: string;
  size: number;
  progress: number;
  outcome: IngestOutcome | null;
  error: string | null;
}

/** Each file's progress, then what became of it: the new source, its parts, the claims proposed. */
export function UploadList({ rows }: { rows: readonly UploadRow[] }) {
  if (rows.length === 0) return null;
  return (
    <ul className="uploads" aria-live="polite">
      {rows.map((r) => (
        <li key={r.key} data-testid="upload">
          <div className="upload-name">
            {r.name}{" "}
            <span className="muted small">
              {t("add.size", { kb: Math.max(1, Math.round(r.size / 1024)) })}
            </span>
          </div>
          {!r.outcome && !r.error && (
            <progress max={1} value={r.progress} aria-label={t("add.progress", { name: r.name })} />
          )}
          {r.error && (
            <p className="error" role="alert">
              {t("add.failed", { detail: r.error })}
            </p>
          )}
          {r.outcome && (
            <p data-testid="upload-result">
              {t(r.outcome.status === "created" ? "add.created" : "add.duplicate")}{" "}
              <Link to={sourceHref(r.outcome.source.id)}>{r.outcome.source.title}</Link>.{" "}
              {t(r.outcome.parts > 0 ? "add.result.parts" : "add.result", {
                parts: r.outcome.parts,
                claims: r.outcome.claims,
              })}{" "}
              {r.outcome.claims > 0 && <Link to="/review">{t("add.review")}</Link>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
