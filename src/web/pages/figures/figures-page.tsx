import { TableLink } from "../../components/table-link.js";
/**
 * Figures of one measure: the chart, its table, the discrepancy flags and the origins.
 * Never one number: every value is shown with who claims it, when, and how independently.
 */

import { NavLink, useParams, useSearchParams } from "react-router";
import type { MeasureFindings } from "../../api/figures.js";
import { spreadOfFindings } from "../../api/figures.js";
import { useApi } from "../../api/use-api.js";
import { AffiliationLegend } from "../../components/affiliation.js";
import { formatSpread } from "../../components/format.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { ShapeLegend } from "./chart-legend.js";
import { FigureChart } from "./figure-chart.js";
import { FigureFlags } from "./figure-flags.js";
import { FigureOrigins } from "./figure-origins.js";
import { FigureTable } from "./figure-table.js";
import { GradeFilter } from "./grade-filter.js";
import { GroupFilter, groupKey } from "./group-filter.js";
import { ValueOrigins } from "./value-origins.js";

function MeasureView({ f }: { f: MeasureFindings }) {
  const [params, setParams] = useSearchParams();
  const group = params.get("group") ?? "";
  const chosen = f.groups.find((g) => groupKey(g) === group);
  const ids = chosen ? new Set(chosen.claimIds) : null;
  const rows = ids ? f.claims.filter((r) => ids.has(r.claimId)) : f.claims;
  const undated = rows.filter((r) => !r.published).length;
  return (
    <>
      <p className="lede" data-testid="figures-summary">
        {t("figures.summary", {
          claims: f.claims.length,
          origins: f.independentOrigins,
          affiliations: f.independentAffiliations,
          spread: formatSpread(spreadOfFindings(f)),
        })}
      </p>
      <GroupFilter
        groups={f.groups}
        value={group}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          if (key) next.set("group", key);
          else next.delete("group");
          setParams(next, { replace: true });
        }}
      />
      <GradeFilter
        value={params.get("reliability") ?? ""}
        onChange={(grade) => {
          const next = new URLSearchParams(params);
          if (grade) next.set("reliability", grade);
          else next.delete("reliability");
          setParams(next, { replace: true });
        }}
      />
      <section aria-labelledby="chart-h">
        <h2 id="chart-h">{t("figures.chart")}</h2>
        <FigureChart rows={rows} measure={f.measure} />
        <TableLink target="table-h" label={t("figures.chart.tableLink")} />
        <AffiliationLegend present={new Set(rows.map((r) => r.affiliation))} />
        <ShapeLegend />
        {undated > 0 && <p className="muted small">{t("figures.undated", { n: undated })}</p>}
      </section>
      <section aria-labelledby="flags-h">
        <h2 id="flags-h">{t("figures.flags")}</h2>
        <FigureFlags flags={f.flags} rows={f.claims} />
      </section>
      <section aria-labelledby="table-h">
        <h2 id="table-h">{t("figures.table")}</h2>
        <FigureTable rows={rows} />
      </section>
      <section aria-labelledby="values-h">
        <h2 id="values-h">{t("figures.values")}</h2>
        <p className="muted small">{t("figures.values.note")}</p>
        <ValueOrigins f={f} />
      </section>
      <section aria-labelledby="origins-h">
        <h2 id="origins-h">{t("figures.origins")}</h2>
        <p className="muted small">{t("figures.origins.note")}</p>
        <FigureOrigins origins={f.origins} rows={f.claims} />
      </section>
    </>
  );
}

export function FiguresPage() {
  const { id = "", measure = "killed" } = useParams();
  const [params] = useSearchParams();
  const reliability = params.get("reliability");
  const loaded = useApi<MeasureFindings[]>(
    `/api/cases/${encodeURIComponent(id)}/figures${reliability ? `?reliability=${encodeURIComponent(reliability)}` : ""}`,
  );
  useTitle(t("figures.title", { measure: term("measure", measure) }));
  return (
    <section>
      <p className="eyebrow">{t("figures.eyebrow")}</p>
      <h1>{t("figures.title", { measure: term("measure", measure) })}</h1>
      <LoadState loaded={loaded}>
        {(all) => {
          const f = all.find((m) => m.measure === measure);
          return (
            <>
              <nav className="tabs" aria-label={t("figures.measures")}>
                {all
                  .filter((m) => m.claims.length > 0)
                  .map((m) => (
                    <NavLink key={m.measure} to={`/cases/${id}/figures/${m.measure}`}>
                      {term("measure", m.measure)}
                    </NavLink>
                  ))}
              </nav>
              {f ? <MeasureView f={f} /> : <p className="muted">{t("figures.empty")}</p>}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
