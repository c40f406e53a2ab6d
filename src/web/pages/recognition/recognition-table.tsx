import { Link } from "react-router";
import type { Recognition, Wording } from "../../api/types.js";
import { claimHref, sourceHref } from "../../components/format.js";
import { countryName } from "../../i18n/display-name.js";
import { currentLocale, formatPartialDate, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

/** What a document calls the event, in its text's words, each tied to its passage. */
export function WordingList({
  sourceId,
  wording,
}: {
  sourceId: string;
  wording: readonly Wording[];
}) {
  if (wording.length === 0) return <span className="muted">{t("recognition.none")}</span>;
  return (
    <>
      {wording.map((w) => (
        <p key={w.claimId} className="wording">
          <Link to={claimHref(sourceId, w.claimId)}>
            {w.quote ? (
              <q>{w.quote}</q>
            ) : (
              t("recognition.wording.noText", {
                qualification: term("qualification", w.qualification),
              })
            )}
          </Link>
          {w.quote && (
            <span className="muted small"> — {term("qualification", w.qualification)}</span>
          )}
        </p>
      ))}
    </>
  );
}

/**
 * A country in the reader's language from its code; a body, region or county by the name the
 * case data gives it (the case's own text, which carries no translations for these).
 */
function jurisdictionName(j: Recognition["jurisdiction"]): string {
  const own = j.level === "country" && j.iso3166 ? countryName(j.iso3166, currentLocale()) : null;
  return own ?? j.name ?? "—";
}

/** Every resolution, statement or finding: who, where, when, who speaks, the words it uses. */
export function RecognitionTable({ items }: { items: readonly Recognition[] }) {
  const sorted = [...items].sort((a, b) => (a.date?.iso ?? "").localeCompare(b.date?.iso ?? ""));
  return (
    <div className="table-scroll">
      <table data-testid="recognition-table">
        <thead>
          <tr>
            <th scope="col">{t("recognition.col.date")}</th>
            <th scope="col">{t("recognition.col.body")}</th>
            <th scope="col">{t("recognition.col.jurisdiction")}</th>
            <th scope="col">{t("recognition.issuer")}</th>
            <th scope="col">{t("recognition.col.qualifications")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} id={r.id} data-standing={r.standing}>
              <td className="nowrap">{formatPartialDate(r.date)}</td>
              <td>
                {r.sourceId ? <Link to={sourceHref(r.sourceId)}>{r.body}</Link> : r.body}
                {r.note && <div className="muted small">{r.note}</div>}
              </td>
              <td>
                {jurisdictionName(r.jurisdiction)}
                <div className="muted small">{term("level", r.jurisdiction.level)}</div>
              </td>
              <td>
                {term("issuer", r.issuer)}
                <div className="muted small">{term("instrument", r.instrument)}</div>
              </td>
              <td data-testid="wording">
                {r.sourceId ? (
                  <WordingList sourceId={r.sourceId} wording={r.wording} />
                ) : (
                  <span className="muted">{t("recognition.none")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
