import { Link } from "react-router";
import { sourceHref } from "../../components/format.js";
import { type MetadataDraft, MetadataFields } from "../../components/metadata-fields.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import type { UploadRow } from "./use-uploads.js";

/**
 * Each file: its details as detected, for checking and correcting, then its progress, then what
 * became of it: the new source, its parts, the claims proposed.
 */
export function UploadList({
  rows,
  access,
  onEdit,
  onSend,
}: {
  rows: readonly UploadRow[];
  /** The access level the files will be added at, named on each send button. */
  access: string;
  onEdit: (key: string, draft: MetadataDraft) => void;
  onSend: (row: UploadRow) => void;
}) {
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
          {r.phase === "detecting" && <p className="muted small">{t("add.detecting")}</p>}
          {r.phase === "checking" && (
            <form
              className="upload-check"
              data-testid="upload-check"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                onSend(r);
              }}
            >
              <p className="muted small">{t("add.check")}</p>
              {r.notes.map((n) => (
                <p key={n} className="muted small">
                  {n}
                </p>
              ))}
              <MetadataFields
                idPrefix={r.key}
                draft={r.draft}
                onChange={(draft) => onEdit(r.key, draft)}
                errors={r.errors}
                detected={r.detected}
              />
              <button type="submit" className="primary">
                {t("add.send", { access: term("access", access) })}
              </button>
            </form>
          )}
          {r.phase === "uploading" && (
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
