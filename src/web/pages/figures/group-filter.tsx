/** Narrows the chart and table to one subgroup and aspect (children, bodies seen at one site, …). */

import type { FigureGroup } from "../../api/figures.js";
import { formatSpread } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

export function groupKey(g: Pick<FigureGroup, "subgroup" | "aspect">): string {
  return `${g.subgroup ?? "all"}:${g.aspect ?? "whole"}`;
}

export function GroupFilter({
  groups,
  value,
  onChange,
}: {
  groups: readonly FigureGroup[];
  value: string;
  onChange: (key: string) => void;
}) {
  return (
    <label className="inline-field">
      {t("figures.group")}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("figures.group.all")}</option>
        {groups.map((g) => (
          <option key={groupKey(g)} value={groupKey(g)}>
            {t("figures.group.option", {
              subgroup: term("subgroup", g.subgroup ?? "all"),
              aspect: g.aspect ? ` · ${term("aspect", g.aspect)}` : "",
              spread: formatSpread(g.spread),
              origins: g.independentOrigins,
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
