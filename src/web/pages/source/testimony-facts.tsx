/**
 * What a reader of a testimony needs first: who gave it, when, where and to whom. Each fact the
 * source does not state is said to be unstated, never left blank or guessed.
 */
import { Link } from "react-router";
import type { SourceDetail } from "../../api/types.js";
import { sourceHref } from "../../components/format.js";
import { formatPartialDate, t } from "../../i18n/i18n.js";

export function TestimonyFacts({ source }: { source: SourceDetail }) {
  const unstated = t("testimony.unstated");
  const rows: [string, string][] = [
    [t("testimony.witness"), source.authors.join(", ") || unstated],
    [t("testimony.date"), source.published ? formatPartialDate(source.published) : unstated],
    [t("testimony.place"), source.publishedPlace ?? unstated],
    [t("testimony.recorder"), source.organisation ?? unstated],
  ];
  return (
    <section className="testimony-facts" data-testid="testimony-facts">
      <h2>{t("testimony.title")}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={value === unstated ? "muted" : undefined}>{value}</dd>
          </div>
        ))}
        {source.parentId && (
          <div>
            <dt>{t("testimony.publishedIn")}</dt>
            <dd>
              <Link to={sourceHref(source.parentId)}>{t("source.parent")}</Link>
            </dd>
          </div>
        )}
      </dl>
      {source.caseNote && <p className="small">{source.caseNote}</p>}
    </section>
  );
}
