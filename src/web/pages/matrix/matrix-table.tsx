/** One crime's elements in order, evidence for and against side by side, gaps called out. */
import type { CrimeMatrix, MatrixEntry, MatrixRow } from "../../api/matrix.js";
import { t } from "../../i18n/i18n.js";
import { MatrixEntryItem } from "./matrix-entry.js";

function Cell({ entries, testId }: { entries: readonly MatrixEntry[]; testId: string }) {
  if (entries.length === 0)
    return (
      <td className="matrix-box" data-testid={testId}>
        —
      </td>
    );
  return (
    <td className="matrix-box" data-testid={testId}>
      <ul className="matrix-cell">
        {entries.map((e) => (
          <MatrixEntryItem key={e.linkId} e={e} />
        ))}
      </ul>
    </td>
  );
}

function Summary({ row }: { row: MatrixRow }) {
  const s = row.confirmed.supports;
  const c = row.confirmed.contradicts;
  return (
    <p className="small muted">
      {t("matrix.summary", {
        forLinks: s.links,
        forOrigins: s.origins,
        forScore: s.score,
        againstLinks: c.links,
        againstScore: c.score,
      })}
    </p>
  );
}

export function MatrixTable({ crime }: { crime: CrimeMatrix }) {
  return (
    <table className="matrix" data-testid="matrix-table">
      <caption>
        {crime.title} — {crime.articles.join("; ")}
      </caption>
      <thead className="matrix-head">
        <tr>
          <th scope="col" className="matrix-box">
            {t("matrix.element")}
          </th>
          <th scope="col" className="matrix-box">
            {t("matrix.supports")}
          </th>
          <th scope="col" className="matrix-box">
            {t("matrix.contradicts")}
          </th>
          <th scope="col" className="matrix-box">
            {t("matrix.context")}
          </th>
        </tr>
      </thead>
      <tbody className="matrix-body">
        {crime.rows.map((r) => (
          <tr key={r.id} className="matrix-row" data-element-id={r.id} data-gap={r.gap ?? ""}>
            <th scope="row" className="matrix-box matrix-element">
              <span className="muted small">
                {r.position}. {t(`matrix.kind.${r.kind}` as "matrix.kind.conduct")}
                {r.shared ? ` · ${t("matrix.shared")}` : ""}
              </span>
              <br />
              {r.text}
              {r.gap && (
                <strong className="gap-badge" data-testid="gap">
                  {" "}
                  {t(`matrix.gap.${r.gap}`)}
                </strong>
              )}
              <Summary row={r} />
            </th>
            <Cell entries={r.supports} testId="cell-supports" />
            <Cell entries={r.contradicts} testId="cell-contradicts" />
            <Cell entries={r.context} testId="cell-context" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
