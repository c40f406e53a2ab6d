/** Capture histories and the estimates of the total drawn from them, with their caveats. */
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { t } from "../../i18n/i18n.js";
import { EstimateCards } from "./estimate-cards.js";
import { HistoriesTable } from "./histories-table.js";
import type { Estimates } from "./registry-types.js";

export function EstimatesSection() {
  // The estimates answer carries the histories they were drawn from: one round trip for both.
  const estimates = useApi<Estimates>("/api/registry/estimates?seed=1");
  return (
    <section aria-labelledby="registry-estimates">
      <h2 id="registry-estimates">{t("registry.estimates.title")}</h2>
      <p className="notice">{t("registry.estimates.caveat")}</p>
      <LoadState loaded={estimates}>
        {(e) => (
          <>
            <h3>{t("registry.histories.title")}</h3>
            <HistoriesTable histories={e.histories} />
            <h3>{t("registry.estimates.side")}</h3>
            <p className="muted small">{t("registry.estimates.seed", { seed: e.seed })}</p>
            <EstimateCards results={e.results} />
          </>
        )}
      </LoadState>
    </section>
  );
}
