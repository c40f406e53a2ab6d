import { Link } from "react-router";
import { PLACES } from "../../../core/gazetteer/places.js";
import type { CaseOverview } from "../../api/types.js";
import { formatNumber } from "../../components/format.js";
import { formatPartialDate, t } from "../../i18n/i18n.js";

const PLACE_NAMES = new Map(PLACES.map((p) => [p.id, p.name]));

function isoDate(iso: string): string {
  const parts = iso.split("-").length;
  return formatPartialDate({ iso, precision: parts >= 3 ? "day" : parts === 2 ? "month" : "year" });
}

function span(s: { start: string; end: string | null } | undefined): string {
  if (!s) return "—";
  const [y1, m1, d1] = s.start.split("-");
  const [y2, m2, d2] = (s.end ?? "").split("-");
  // Two days of one month read as "25–26 February 1992".
  if (d1 && d2 && y1 === y2 && m1 === m2 && d1 !== d2)
    return `${Number(d1)}–${isoDate(s.end ?? "")}`;
  return s.end && s.end !== s.start ? `${isoDate(s.start)} – ${isoDate(s.end)}` : isoDate(s.start);
}

/** What happened, where and when, in the case's own summary and spans. */
export function CaseFacts({ overview }: { overview: CaseOverview }) {
  return (
    <>
      <p className="summary">{overview.summary}</p>
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
            {(overview.places ?? []).map((p) => PLACE_NAMES.get(p) ?? p).join(", ") || "—"}
          </Link>
        </dd>
        <dt>{t("overview.record")}</dt>
        <dd>
          {t("overview.record.counts", {
            sources: formatNumber(overview.sources),
            claims: formatNumber(overview.claims),
          })}
        </dd>
      </dl>
    </>
  );
}
