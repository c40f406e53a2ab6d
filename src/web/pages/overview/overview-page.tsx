/** The case overview: what happened, where and when; the measures as ranges; sources; activity. */
import { useParams } from "react-router";
import type { FigureCard } from "../../../core/figures/figure-cards.js";
import type { CaseOverview } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useCases } from "../../components/case-context.js";
import { caseTitle } from "../../components/case-texts.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { ActivityList } from "./activity-list.js";
import { CaseExports } from "./case-exports.js";
import { CaseFacts } from "./case-facts.js";
import { MeasureCards } from "./measure-cards.js";
import { SourcesByKind } from "./sources-by-kind.js";

function Overview({ caseId }: { caseId: string }) {
  const path = `/api/cases/${encodeURIComponent(caseId)}`;
  // Three independent requests, sent together: the view waits on one round trip, not three.
  const overview = useApi<CaseOverview>(path);
  const cards = useApi<FigureCard[]>(`${path}/figure-cards`);
  useTitle(overview.state === "ready" ? caseTitle(overview.data) : null);
  return (
    <LoadState loaded={overview}>
      {(c) => (
        <article className="overview">
          <p className="eyebrow">{t("overview.eyebrow")}</p>
          <h1>{caseTitle(c)}</h1>
          <CaseFacts overview={c} />
          <section aria-labelledby="measures-h">
            <h2 id="measures-h">{t("overview.measures")}</h2>
            <p className="muted small">{t("overview.measures.note")}</p>
            <LoadState loaded={cards}>
              {(list) => <MeasureCards caseId={c.id} cards={list} />}
            </LoadState>
          </section>
          <div className="two-columns">
            <SourcesByKind counts={c.sourcesByKind ?? {}} total={c.sources} />
            <ActivityList />
          </div>
          <CaseExports caseId={c.id} />
        </article>
      )}
    </LoadState>
  );
}

export function CasePage() {
  const { id = "" } = useParams();
  return <Overview caseId={id} />;
}

/** The start page: the overview of the first case in the store. */
export function HomePage() {
  const cases = useCases();
  return (
    <LoadState loaded={cases}>
      {(list) =>
        list[0] ? <Overview caseId={list[0].id} /> : <p className="muted">{t("overview.none")}</p>
      }
    </LoadState>
  );
}
