/**
 * The activity log on a page of its own: what changed in the record, newest first, filtered by
 * who, what, when and which case, a page at a time. Filters and page live in the address, so a
 * filtered view can be linked. The server leaves out (and does not count) entries about what the
 * reader may not see.
 */
import { useSession } from "../../api/auth.js";
import type { ActivityPage as Page } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { Paging, useAddressPage } from "../../components/paging.js";
import { useTitle } from "../../components/use-title.js";
import { formatDateTime, t } from "../../i18n/i18n.js";
import { actionText } from "../overview/activity-list.js";
import { ActivityTarget } from "../overview/activity-target.js";
import { ActivityFilters } from "./activity-filters.js";

const PAGE_SIZE = 50;
const FILTERS = ["actor", "action", "from", "to", "case"] as const;

export function ActivityPage() {
  const session = useSession();
  const { params, offset, query, update } = useAddressPage(FILTERS, PAGE_SIZE);
  const loaded = useApi<Page>(`/api/activity?${query}`);
  useTitle(t("activity.title"));

  return (
    <section>
      <h1>{t("activity.title")}</h1>
      <p className="lede">{t("activity.intro")}</p>
      <ActivityFilters params={params} update={update} signedIn={Boolean(session)} />
      <LoadState loaded={loaded}>
        {(page) =>
          page.total === 0 ? (
            <p className="muted">{t("activity.empty")}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite" data-testid="activity-count">
                {t("activity.count", {
                  first: page.offset + 1,
                  last: page.offset + page.items.length,
                  total: page.total,
                })}
              </p>
              <ol className="activity activity-log" data-testid="activity-log">
                {page.items.map((a) => (
                  <li key={a.seq}>
                    <span className="muted small">{formatDateTime(a.at)}</span>{" "}
                    <span className="action">{actionText(a)}</span> <ActivityTarget entry={a} />
                    {a.actor && <span className="muted small"> · {a.actor}</span>}
                    {a.reason && <div className="muted small">“{a.reason}”</div>}
                  </li>
                ))}
              </ol>
              <Paging
                offset={offset}
                pageSize={PAGE_SIZE}
                total={page.total}
                go={(o) => update("offset", String(o))}
              />
            </>
          )
        }
      </LoadState>
    </section>
  );
}
