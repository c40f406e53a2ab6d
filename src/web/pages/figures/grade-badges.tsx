/** A claim's grades as reviewers gave them: source reliability (A–F), claim credibility (1–6). */
import type { FigureRow } from "../../api/figures.js";
import { t } from "../../i18n/i18n.js";

export function GradeBadges({ row }: { row: FigureRow }) {
  if (row.reliability === null && row.credibility === null)
    return <span className="muted small">{t("figures.grade.ungraded")}</span>;
  return (
    <span className="grades" data-testid="grades">
      {row.reliability !== null && (
        <abbr className="grade" title={t("figures.grade.reliability", { grade: row.reliability })}>
          {row.reliability}
        </abbr>
      )}
      {row.credibility !== null && (
        <abbr className="grade" title={t("figures.grade.credibility", { grade: row.credibility })}>
          {row.credibility}
        </abbr>
      )}
    </span>
  );
}
