/** The source reader: metadata and chain of custody beside the text, passage by passage, each citable by URL. */
import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import type { SourceDetail } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { LoadState } from "../components/load-state.js";
import { formatDateTime, formatPartialDate, t } from "../i18n/i18n.js";

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function SourceReader({ source }: { source: SourceDetail }) {
  const { hash } = useLocation();
  useEffect(() => {
    // Bring a cited passage (#p-12) into view once the text is on the page.
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <article className="reader">
      <header>
        <p className="eyebrow">{source.kind.replace(/_/g, " ")}</p>
        <h1>{source.title}</h1>
        {source.parentId && (
          <p>
            <Link to={`/sources/${source.parentId}`}>{t("source.parent")}</Link>
          </p>
        )}
      </header>
      <div className="reader-layout">
        <aside className="meta" aria-label={t("source.metadata")}>
          <h2>{t("source.metadata")}</h2>
          <dl>
            <Field label={t("source.organisation")} value={source.organisation} />
            <Field label={t("source.authors")} value={source.authors.join(", ")} />
            <Field
              label={t("source.published")}
              value={source.published ? formatPartialDate(source.published) : null}
            />
            <Field label={t("source.place")} value={source.publishedPlace} />
            <Field label={t("source.language")} value={source.language} />
            <Field label={t("source.access")} value={source.access} />
            <Field label={t("source.version")} value={String(source.version)} />
            <Field label={t("source.format")} value={source.format} />
          </dl>
          {source.sha256 ? (
            <>
              <h3>{t("source.sha256")}</h3>
              <p className="hash">{source.sha256}</p>
              <a href={`/api/sources/${source.id}/original`}>{t("source.original")}</a>
            </>
          ) : (
            <p className="muted">{t("source.citationOnly")}</p>
          )}
          <h3>{t("source.custody")}</h3>
          <ul className="plain">
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
          {source.parts.length > 0 && (
            <>
              <h3>{t("source.parts")}</h3>
              <ol className="parts">
                {source.parts.map((p) => (
                  <li key={p.id}>
                    <Link to={`/sources/${p.id}`}>{p.title}</Link>
                  </li>
                ))}
              </ol>
            </>
          )}
        </aside>
        <div className="text">
          <h2 className="visually-hidden">
            {t("source.passages", { count: source.passages.length })}
          </h2>
          {source.passages.map((p) => (
            <p key={p.id} id={`p-${p.seq}`} className="passage">
              <a
                className="passage-anchor"
                href={`#p-${p.seq}`}
                aria-label={t("source.passage.link", { seq: p.seq })}
              >
                {p.seq}
              </a>
              {p.text}
            </p>
          ))}
        </div>
      </div>
    </article>
  );
}

export function SourcePage() {
  const { id = "" } = useParams();
  const loaded = useApi<SourceDetail>(`/api/sources/${encodeURIComponent(id)}`);
  return <LoadState loaded={loaded}>{(source) => <SourceReader source={source} />}</LoadState>;
}
