/** Capture histories and the estimates of the total drawn from them, with their caveats. */
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { t } from "../../i18n/i18n.js";
import { EstimateCards } from "./estimate-cards.js";
import { HistoriesTable } from "./histories-table.js";
import type { Estimates, PersonList } from "./registry-types.js";

/** Asked only when there is something to estimate from: two lists or more, holding records. */
export function EstimatesSection({ lists }: { lists: readonly PersonList[] }) {
  const ready = lists.length >= 2 && lists.some((l) => l.recordCount > 0);
  return (
    <section aria-labelledby="registry-estimates">
      <h2 id="registry-estimates">{t("registry.estimates.title")}</h2>
      <p className="notice">{t("registry.estimates.caveat")}</p>
      {ready ? <EstimatesLoaded /> : <p className="muted">{t("registry.estimates.needLists")}</p>}
    </section>
  );
}

function EstimatesLoaded() {
  // The estimates answer carries the histories they were drawn from: one round trip for both.
  const estimates = useApi<Estimates>("/api/registry/estimates?seed=1");
  return (
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
  );
}
