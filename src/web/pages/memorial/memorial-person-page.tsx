/**
 * One person of a memorial: the name in three alphabets (marked where the transliteration table,
 * not a source, wrote it), every spelling with the list that gives it, age and place, the
 * passages of the sources that name them, and their photographs from the chronicle.
 */
import { Link, useParams } from "react-router";
import { useApi } from "../../api/use-api.js";
import { sourceHref } from "../../components/format.js";
import { useTitle } from "../../components/use-title.js";
import { currentLocale, t } from "../../i18n/i18n.js";
import { thumbnailSrc } from "../chronicle/chronicle-page.js";
import { Snippet } from "../search/snippet.js";
import { lifeLine } from "./memorial-page.js";
import { type MemorialPersonDetail, type NameForm, nameFor } from "./memorial-types.js";

const SCRIPTS = [
  ["az", "memorial.script.az", "az-Latn"],
  ["ru", "memorial.script.ru", "ru"],
  ["en", "memorial.script.en", "en"],
] as const;

function Form({ form, lang }: { form: NameForm; lang: string }) {
  return (
    <>
      <span lang={lang}>{form.text}</span>
      {!form.fromSource && <span className="muted small"> ({t("memorial.transliterated")})</span>}
    </>
  );
}

function Person({ caseId, p }: { caseId: string; p: MemorialPersonDetail }) {
  const life = lifeLine(p);
  return (
    <>
      <h1>{nameFor(p, currentLocale()).text}</h1>
      {life && <p className="lede">{life}</p>}
      <h2>{t("memorial.scripts")}</h2>
      <dl className="memorial-scripts">
        {SCRIPTS.map(([key, label, lang]) => (
          <div key={key}>
            <dt>{t(label)}</dt>
            <dd>
              <Form form={p.names[key]} lang={lang} />
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t("memorial.spellings")}</h2>
      <ul>
        {p.spellings.map((s) => (
          <li key={s.recordId}>
            {s.name}{" "}
            <span className="muted small">
              — {t("memorial.spelling.source", { list: s.list, line: String(s.line) })}
            </span>
          </li>
        ))}
      </ul>
      {p.photos.length > 0 && (
        <>
          <h2>{t("memorial.photos")}</h2>
          <ul className="chronicle-grid">
            {p.photos.map((photo) => (
              <li key={photo.entryId} className="chronicle-entry">
                <figure>
                  <Link to={sourceHref(photo.sourceId)} className="chronicle-picture">
                    {photo.hasThumbnail ? (
                      <img
                        src={thumbnailSrc(photo.sourceId)}
                        alt={t("memorial.photo.open", { title: photo.title })}
                        loading="lazy"
                        decoding="async"
                        width={photo.width ?? undefined}
                        height={photo.height ?? undefined}
                      />
                    ) : (
                      <span className="chronicle-missing">
                        {t("memorial.photo.open", { title: photo.title })}
                      </span>
                    )}
                  </Link>
                  {photo.caption && <figcaption>{photo.caption}</figcaption>}
                </figure>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t("memorial.mentions")}</h2>
      {p.mentions.length === 0 ? (
        <p className="muted">{t("memorial.noMentions")}</p>
      ) : (
        <ul className="memorial-mentions">
          {p.mentions.map((m) => (
            <li key={`${m.sourceId}-${m.seq ?? ""}`} className="memorial-mention">
              <Link to={`${sourceHref(m.sourceId)}${m.seq !== null ? `#p-${m.seq}` : ""}`}>
                {m.sourceTitle}
              </Link>
              <p className="small snippet">
                <Snippet html={m.snippet} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/cases/${encodeURIComponent(caseId)}/memorial`}>{t("memorial.back")}</Link>
      </p>
    </>
  );
}

export function MemorialPersonPage() {
  const { id = "", person = "" } = useParams();
  const detail = useApi<MemorialPersonDetail>(
    `/api/cases/${encodeURIComponent(id)}/memorial/${encodeURIComponent(person)}`,
  );
  useTitle(
    detail.state === "ready" ? nameFor(detail.data, currentLocale()).text : t("memorial.title"),
  );
  return (
    <section className="memorial">
      {detail.state === "loading" && (
        <p className="muted" aria-live="polite">
          {t("state.loading")}
        </p>
      )}
      {detail.state === "error" && (
        <>
          <h1>{t("memorial.title")}</h1>
          <p role="alert">
            {detail.status === 404
              ? t("memorial.notFound")
              : t("state.error", { detail: detail.message })}
          </p>
          <p>
            <Link to={`/cases/${encodeURIComponent(id)}/memorial`}>{t("memorial.back")}</Link>
          </p>
        </>
      )}
      {detail.state === "ready" && <Person caseId={id} p={detail.data} />}
    </section>
  );
}
