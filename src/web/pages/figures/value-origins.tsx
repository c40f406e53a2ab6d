import { count } from "../../i18n/i18n.js";
/** Each value stated more than once, with its independent origins: one origin is said plainly. */

import type { MeasureFindings } from "../../api/figures.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

export function ValueOrigins({ f }: { f: MeasureFindings }) {
  const names = new Map(f.origins.map((o) => [o.origin, o.originName]));
  const repeated = f.values
    .filter((v) => v.claimIds.length > 1)
    .sort((a, b) => b.claimIds.length - a.claimIds.length);
  if (repeated.length === 0) return null;
  return (
    <ul className="value-origins" data-testid="value-origins">
      {repeated.map((v) => {
        const group = [
          v.subgroup && term("subgroup", v.subgroup),
          v.aspect && term("aspect", v.aspect),
        ].filter((x): x is string => Boolean(x));
        const vars = {
          label: v.label,
          group: group.length > 0 ? ` (${group.join(", ")})` : "",
          claims: count("claims", v.claimIds.length),
        };
        return (
          <li
            key={`${v.subgroup}|${v.aspect}|${v.label}`}
            className={v.independentOrigins === 1 ? "one-origin" : ""}
          >
            {v.independentOrigins === 1
              ? t("figures.values.one", { ...vars, origin: names.get(v.origins[0] ?? "") ?? "" })
              : t("figures.values.many", { ...vars, origins: v.independentOrigins })}
          </li>
        );
      })}
    </ul>
  );
}
