/**
 * Figures of one measure (or one quantity of the catch-all measure): who says what, the chart,
 * and behind disclosures the discrepancy flags, every claim, the values and the origins.
 * Never one number: every value is shown with who claims it, when, and how independently.
 */

import type { ReactNode } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { affiliationSummary } from "../../../core/figures/affiliation-summary.js";
import { CATCH_ALL_MEASURE, figureCards } from "../../../core/figures/figure-cards.js";
import { narrowFindings } from "../../../core/figures/narrow-findings.js";
import type { MeasureFindings } from "../../api/figures.js";
import { spreadOfFindings } from "../../api/figures.js";
import { useApi } from "../../api/use-api.js";
import { AffiliationLegend } from "../../components/affiliation.js";
import { formatSpread } from "../../components/format.js";
import { LoadState } from "../../components/load-state.js";
import { TableLink } from "../../components/table-link.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { AffiliationFilter, AffiliationTable } from "./affiliation-table.js";
import { ShapeLegend } from "./chart-legend.js";
import { FigureChart } from "./figure-chart.js";
import { FigureFlags } from "./figure-flags.js";
import { FigureOrigins } from "./figure-origins.js";
import { FigureTable } from "./figure-table.js";
import { GradeFilter } from "./grade-filter.js";
import { GroupFilter, groupKey } from "./group-filter.js";
import { ValueOrigins } from "./value-origins.js";

/** A section whose detail is one click away: the heading is the summary, so it stays in the outline. */
function Detail({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details className="figures-detail" data-testid={`detail-${id}`}>
      <summary>
        <h2 id={id}>{title}</h2>
      </summary>
      {children}
    </details>
  );
}

function MeasureView({ f, name }: { f: MeasureFindings; name: string }) {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const affiliation = params.get("affiliation") ?? "";
  const summary = affiliationSummary(f.claims);
  const shown = affiliation ? narrowFindings(f, (r) => r.affiliation === affiliation) : f;
  const group = params.get("group") ?? "";
  const chosen = shown.groups.find((g) => groupKey(g) === group);
  const ids = chosen ? new Set(chosen.claimIds) : null;
  const rows = ids ? shown.claims.filter((r) => ids.has(r.claimId)) : shown.claims;
  const undated = rows.filter((r) => !r.published).length;
  return (
    <>
      <p className="lede" data-testid="figures-summary">
        {t("figures.summary", {
          claims: shown.claims.length,
          origins: shown.independentOrigins,
          affiliations: shown.independentAffiliations,
          spread: formatSpread(spreadOfFindings(shown)),
        })}
      </p>
      <section aria-labelledby="who-h">
        <h2 id="who-h">{t("figures.affiliations")}</h2>
        <p className="muted small">{t("figures.affiliations.note")}</p>
        <AffiliationTable summary={summary} labelledBy="who-h" />
      </section>
      <div className="filters-row">
        <AffiliationFilter
          present={summary.map((s) => s.affiliation)}
          value={affiliation}
          onChange={(a) => set("affiliation", a)}
        />
        <GroupFilter groups={shown.groups} value={group} onChange={(k) => set("group", k)} />
        <GradeFilter
          value={params.get("reliability") ?? ""}
          onChange={(grade) => set("reliability", grade)}
        />
      </div>
      <section aria-labelledby="chart-h">
        <h2 id="chart-h">{t("figures.chart")}</h2>
        <FigureChart rows={rows} name={name} />
        <TableLink target="table-h" label={t("figures.chart.tableLink")} />
        <AffiliationLegend present={new Set(rows.map((r) => r.affiliation))} />
        <ShapeLegend />
        {undated > 0 && <p className="muted small">{t("figures.undated", { n: undated })}</p>}
      </section>
      <Detail id="flags-h" title={`${t("figures.flags")} (${shown.flags.length})`}>
        <FigureFlags flags={shown.flags} rows={shown.claims} />
      </Detail>
      <Detail id="table-h" title={`${t("figures.table")} (${rows.length})`}>
        <FigureTable rows={rows} />
      </Detail>
      <Detail id="values-h" title={t("figures.values")}>
        <p className="muted small">{t("figures.values.note")}</p>
        <ValueOrigins f={shown} />
      </Detail>
      <Detail id="origins-h" title={t("figures.origins")}>
        <p className="muted small">{t("figures.origins.note")}</p>
        <FigureOrigins origins={shown.origins} rows={shown.claims} />
      </Detail>
    </>
  );
}

/** The catch-all measure's claims count different things: each aspect is shown on its own. */
function quantityOf(all: readonly MeasureFindings[], measure: string, aspect: string | null) {
  const f = all.find((m) => m.measure === measure);
  if (!f || measure !== CATCH_ALL_MEASURE) return { f, aspect: null };
  const first = figureCards([f])[0]?.aspect ?? null;
  const chosen = aspect ?? first;
  return { f: narrowFindings(f, (r) => r.aspect === chosen), aspect: chosen };
}

export function FiguresPage() {
  const { id = "", measure = "killed" } = useParams();
  const [params] = useSearchParams();
  const reliability = params.get("reliability");
  const loaded = useApi<MeasureFindings[]>(
    `/api/cases/${encodeURIComponent(id)}/figures${reliability ? `?reliability=${encodeURIComponent(reliability)}` : ""}`,
  );
  const wanted = measure === CATCH_ALL_MEASURE ? params.get("aspect") : null;
  const name = wanted ? term("aspect", wanted) : term("measure", measure);
  useTitle(t("figures.title", { measure: name }));
  return (
    <section>
      <p className="eyebrow">{t("figures.eyebrow")}</p>
      <h1>{t("figures.title", { measure: name })}</h1>
      <LoadState loaded={loaded}>
        {(all) => {
          const { f, aspect } = quantityOf(all, measure, wanted);
          const label = aspect ? term("aspect", aspect) : term("measure", measure);
          return (
            <>
              <nav className="tabs" aria-label={t("figures.measures")}>
                {figureCards(all).map((c) => {
                  const here = c.measure === measure && (c.aspect === null || c.aspect === aspect);
                  const to = `/cases/${id}/figures/${c.measure}${c.aspect ? `?aspect=${c.aspect}` : ""}`;
                  return (
                    <Link
                      key={`${c.measure}:${c.aspect}`}
                      to={to}
                      aria-current={here ? "page" : undefined}
                      className={here ? "active" : undefined}
                    >
                      {c.aspect ? term("aspect", c.aspect) : term("measure", c.measure)}
                    </Link>
                  );
                })}
              </nav>
              {f ? (
                <MeasureView key={label} f={f} name={label} />
              ) : (
                <p className="muted">{t("figures.empty")}</p>
              )}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
