import { Link } from "react-router";
import type { CaseOverview } from "../../api/types.js";
import { CaseText, placeNamer } from "../../components/case-texts.js";
import { count, formatDateRange, formatList, t } from "../../i18n/i18n.js";

/** "25–26 February 1992", "25–26 fevral 1992", "25–26 февраля 1992 г.": shared parts once. */
function span(s: { start: string; end: string | null } | undefined): string {
  return s ? formatDateRange(s.start, s.end) : "—";
}

/** What happened, where and when, in the case's own summary and spans. */
export function CaseFacts({ overview }: { overview: CaseOverview }) {
  const placeName = placeNamer(overview);
  return (
    <>
      <CaseText
        className="summary"
        text={overview.summary}
        translations={Object.fromEntries(
          Object.entries(overview.translations ?? {}).map(([l, tr]) => [l, tr?.summary]),
        )}
        originalLanguage={overview.language}
      />
      <dl className="facts">
        <dt>{t("overview.when")}</dt>
        <dd>{span(overview.timeSpan)}</dd>
        <dt>{t("overview.chronology")}</dt>
        <dd>
          <Link to={`/cases/${overview.id}/timeline`}>{span(overview.chronologySpan)}</Link>
        </dd>
        <dt>{t("overview.where")}</dt>
        <dd>
          <Link to={`/cases/${overview.id}/map`}>
            {formatList((overview.places ?? []).map((p) => placeName(p))) || "—"}
          </Link>
        </dd>
        <dt>{t("overview.record")}</dt>
        <dd>
          {t("overview.record.counts", {
            sources: count("sources", overview.sources),
            claims: count("claims", overview.claims),
          })}
        </dd>
      </dl>
    </>
  );
}
