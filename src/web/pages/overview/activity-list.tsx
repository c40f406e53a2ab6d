import { Link } from "react-router";
import type { ActivityEntry, ActivityPage } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { formatDateTime, t, tMaybe } from "../../i18n/i18n.js";
import { ActivityTarget } from "./activity-target.js";

/** What an entry did, in the reader's words: "Claim corrected", "Source added". */
export function actionText(a: ActivityEntry): string {
  return (
    (a.detail && tMaybe(`activity.${a.action}.${a.detail}`)) ??
    tMaybe(`activity.${a.action}`) ??
    a.action.replace(/_/g, " ")
  );
}

/** The latest changes to the record: what was added, confirmed or corrected, and when. */
export function ActivityList() {
  // The URL the first view prefetches (first-view.ts, web-shell.ts): keep them the same.
  const activity = useApi<ActivityPage>("/api/activity?limit=10");
  return (
    <section aria-labelledby="activity-h">
      <h2 id="activity-h">{t("overview.activity")}</h2>
      {activity.state === "loading" && <p className="muted">{t("state.loading")}</p>}
      {activity.state === "error" && <p className="muted">{t("overview.activity.none")}</p>}
      {activity.state === "ready" && (
        <ol className="activity" data-testid="activity">
          {activity.data.items.length === 0 && (
            <li className="muted">{t("overview.activity.none")}</li>
          )}
          {activity.data.items.slice(0, 6).map((a) => (
            <li key={a.seq}>
              <span className="muted small">{formatDateTime(a.at)}</span>{" "}
              <span className="action">{actionText(a)}</span> <ActivityTarget entry={a} />
              {a.actor && <span className="muted small"> · {a.actor}</span>}
            </li>
          ))}
        </ol>
      )}
      <p className="small">
        <Link to="/activity" data-testid="all-activity">
          {t("activity.all")}
        </Link>
      </p>
    </section>
  );
}
