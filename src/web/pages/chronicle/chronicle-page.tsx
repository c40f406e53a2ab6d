/**
 * A case's photo chronicle: a grid of thumbnails (lazily loaded, one column on a phone) with their
 * captions and the persons shown; each picture opens its source's page, where the full image is.
 */
import { Link, useParams } from "react-router";
import { inReaderScript } from "../../../core/names/to-script.js";
import { useApi } from "../../api/use-api.js";
import { sourceHref } from "../../components/format.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { currentLocale, t } from "../../i18n/i18n.js";

export interface ChronicleEntry {
  id: string;
  sourceId: string;
  position: number;
  caption: string;
  persons: { name: string; recordId: string | null; memorialId?: string | null }[];
  access: string;
  source: { title: string; width: number | null; height: number | null; hasThumbnail: boolean };
}

export const thumbnailSrc = (sourceId: string) =>
  `/api/sources/${encodeURIComponent(sourceId)}/media/thumbnail`;

function Persons({ caseId, entry }: { caseId: string; entry: ChronicleEntry }) {
  if (entry.persons.length === 0) return null;
  const locale = currentLocale();
  return (
    <p className="small chronicle-persons">
      {t("chronicle.persons")}{" "}
      {entry.persons.map((p, i) => (
        <span key={`${p.name}/${p.recordId ?? ""}`}>
          {i > 0 && ", "}
          {p.memorialId ? (
            <Link
              to={`/cases/${encodeURIComponent(caseId)}/memorial/${encodeURIComponent(p.memorialId)}`}
            >
              {inReaderScript(p.name, locale)}
            </Link>
          ) : (
            inReaderScript(p.name, locale)
          )}
        </span>
      ))}
    </p>
  );
}

function Entry({ caseId, entry }: { caseId: string; entry: ChronicleEntry }) {
  const { width, height, title, hasThumbnail } = entry.source;
  const label = t("chronicle.open", { n: entry.position, title });
  return (
    <li className="chronicle-entry" data-testid="chronicle-entry">
      <figure>
        <Link to={sourceHref(entry.sourceId)} className="chronicle-picture">
          {hasThumbnail ? (
            <img
              src={thumbnailSrc(entry.sourceId)}
              alt={label}
              loading="lazy"
              decoding="async"
              width={width ?? undefined}
              height={height ?? undefined}
            />
          ) : (
            <span className="chronicle-missing">{label}</span>
          )}
        </Link>
        <figcaption>
          <span className="chronicle-number">{entry.position}</span>{" "}
          {entry.caption || <span className="muted">{title}</span>}
          {entry.access !== "public" && (
            <span className="badge">
              {t(
                entry.access === "restricted"
                  ? "chronicle.access.restricted"
                  : "chronicle.access.confidential",
              )}
            </span>
          )}
          <Persons caseId={caseId} entry={entry} />
        </figcaption>
      </figure>
    </li>
  );
}

export function ChroniclePage() {
  const { id = "" } = useParams();
  const chronicle = useApi<{ items: ChronicleEntry[]; total: number }>(
    `/api/cases/${encodeURIComponent(id)}/chronicle`,
  );
  useTitle(t("chronicle.title"));
  return (
    <section>
      <h1>{t("chronicle.title")}</h1>
      <p className="lede">{t("chronicle.intro")}</p>
      <LoadState loaded={chronicle}>
        {(c) =>
          c.items.length === 0 ? (
            <p className="muted">{t("chronicle.empty")}</p>
          ) : (
            <>
              <p className="muted">{t("chronicle.count", { n: c.total })}</p>
              <ol className="chronicle-grid" aria-label={t("chronicle.title")}>
                {c.items.map((e) => (
                  <Entry key={e.id} caseId={id} entry={e} />
                ))}
              </ol>
              <p className="small muted">{t("chronicle.fullImage")}</p>
            </>
          )
        }
      </LoadState>
    </section>
  );
}
