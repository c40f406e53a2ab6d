/** Who published a source, when and where; its fingerprint, chain of custody, versions and parts. */

import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../api/auth.js";
import type { SourceDetail } from "../../api/types.js";
import { sourceHref } from "../../components/format.js";
import { languageName } from "../../i18n/display-name.js";
import {
  currentLocale,
  formatDateTime,
  formatNumber,
  formatPartialDate,
  t,
} from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { CaptureDetails } from "./capture-details.js";
import { SourceEdit } from "./source-edit.js";
import { SourceHistory } from "./source-history.js";

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/**
 * A part shares its compilation's original file: say so, and offer the part's own text beside it,
 * so that nobody downloads the whole compilation believing it is the part.
 */
function Downloads({ source }: { source: SourceDetail }) {
  const id = encodeURIComponent(source.id);
  if (!source.parentSpan) return <a href={`/api/sources/${id}/original`}>{t("source.original")}</a>;
  return (
    <div className="small" data-testid="part-downloads">
      <p>
        {t("source.partOriginal", {
          start: formatNumber(source.parentSpan.start),
          end: formatNumber(source.parentSpan.end),
        })}
      </p>
      <ul className="plain">
        <li>
          <a href={`/api/sources/${id}/text`}>{t("source.partText")}</a>
        </li>
        <li>
          <a href={`/api/sources/${id}/original`}>{t("source.compilationOriginal")}</a>
        </li>
      </ul>
    </div>
  );
}

/** Editors and above may change a source (the server still checks grants on guarded ones). */
function mayEdit(role: string | undefined): boolean {
  return role === "editor" || role === "reviewer" || role === "admin";
}

export function SourceMeta({ source, onChanged }: { source: SourceDetail; onChanged: () => void }) {
  const session = useSession();
  const [editing, setEditing] = useState(false);
  // The version a save made, until the page has read it: editing before would start from the
  // version before it and be refused as stale.
  const [awaited, setAwaited] = useState<number | null>(null);
  const waiting = awaited !== null && source.version < awaited;
  return (
    <div className="meta">
      <h2>{t("source.metadata")}</h2>
      {editing ? (
        <SourceEdit
          key={source.version}
          source={source}
          onClose={() => setEditing(false)}
          onSaved={(version) => {
            setAwaited(version);
            setEditing(false);
            onChanged();
          }}
          onReload={onChanged}
        />
      ) : (
        mayEdit(session?.role) && (
          <button
            type="button"
            className="link-button"
            disabled={waiting}
            aria-busy={waiting}
            onClick={() => setEditing(true)}
          >
            {t("edit.open")}
          </button>
        )
      )}
      <dl>
        <Field label={t("source.kind")} value={term("sourceKind", source.kind)} />
        <Field label={t("source.organisation")} value={source.organisation} />
        <Field label={t("source.authors")} value={source.authors.join(", ")} />
        <Field
          label={t("source.published")}
          value={source.published ? formatPartialDate(source.published) : null}
        />
        <Field label={t("source.place")} value={source.publishedPlace} />
        <Field
          label={t("source.language")}
          value={
            source.language
              ? (languageName(source.language, currentLocale()) ?? source.language)
              : source.language
          }
        />
        <Field label={t("meta.case")} value={source.caseId} />
        <Field
          label={t("source.affiliation")}
          value={source.affiliation ? term("affiliation", source.affiliation) : null}
        />
        <Field label={t("source.access")} value={term("access", source.access)} />
        <Field label={t("source.reliability")} value={source.reliability} />
        <Field label={t("source.version")} value={String(source.version)} />
        <Field label={t("source.format")} value={source.format} />
      </dl>
      {source.url && (
        <p className="small">
          <a href={source.url} rel="noreferrer">
            {source.url}
          </a>
        </p>
      )}
      {source.sha256 ? (
        <>
          <h3>{t("source.sha256")}</h3>
          <p className="hash">{source.sha256}</p>
          <Downloads source={source} />
        </>
      ) : (
        <p className="muted" data-testid="citation-only">
          {t("source.citationOnly")}
        </p>
      )}
      <h3>{t("source.custody")}</h3>
      <ul className="plain small">
        {source.acquisitions.map((a) => (
          <li key={a.id}>
            {t("source.custody.entry", {
              when: formatDateTime(a.acquiredAt),
              who: a.acquiredBy,
              origin: a.originalName,
              tool: a.tool,
            })}
          </li>
        ))}
      </ul>
      <CaptureDetails sourceId={source.id} />
      <SourceHistory sourceId={source.id} refresh={source.version} />
      {source.parts.length > 0 && (
        <>
          <h3>{t("source.parts")}</h3>
          <ol className="parts small">
            {source.parts.map((p) => (
              <li key={p.id}>
                <Link to={sourceHref(p.id)}>{p.title}</Link>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
