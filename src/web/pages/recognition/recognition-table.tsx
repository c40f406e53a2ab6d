import { Link } from "react-router";
import type { Recognition } from "../../api/types.js";
import { sourceHref } from "../../components/format.js";
import { formatList, formatPartialDate, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

/** Every resolution, statement or finding: who, where, when, what it calls the event. */
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
            <th scope="col">{t("recognition.col.instrument")}</th>
            <th scope="col">{t("recognition.col.qualifications")}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} id={r.id}>
              <td className="nowrap">{formatPartialDate(r.date)}</td>
              <td>
                {r.sourceId ? <Link to={sourceHref(r.sourceId)}>{r.body}</Link> : r.body}
                {r.note && <div className="muted small">{r.note}</div>}
              </td>
              <td>
                {r.jurisdiction.name ?? "—"}
                <div className="muted small">{term("level", r.jurisdiction.level)}</div>
              </td>
              <td>{term("instrument", r.instrument)}</td>
              <td>
                {r.qualifications.length ? (
                  formatList(r.qualifications.map((q) => term("qualification", q)))
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
