/** Narrows the figures to sources of one reliability grade, or to what no reviewer has graded. */
import { t } from "../../i18n/i18n.js";

const GRADES = ["A", "B", "C", "D", "E", "F"];

export function GradeFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="inline-field">
      {t("figures.gradeFilter")}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="grade-filter">
        <option value="">{t("figures.gradeFilter.all")}</option>
        {GRADES.map((g) => (
          <option key={g} value={g}>
            {t("figures.gradeFilter.grade", { grade: g })}
          </option>
        ))}
        <option value="ungraded">{t("figures.gradeFilter.ungraded")}</option>
      </select>
    </label>
  );
}
