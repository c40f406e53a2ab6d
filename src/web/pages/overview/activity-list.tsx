import type { ActivityEntry } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { formatDateTime, t, tMaybe } from "../../i18n/i18n.js";
import { ActivityTarget } from "./activity-target.js";

/** The latest public changes to the record: what was added, confirmed or corrected, and when. */
export function ActivityList() {
  const activity = useApi<ActivityEntry[]>("/api/activity?limit=10");
  return (
    <section aria-labelledby="activity-h">
      <h2 id="activity-h">{t("overview.activity")}</h2>
      {activity.state === "loading" && <p className="muted">{t("state.loading")}</p>}
      {activity.state === "error" && <p className="muted">{t("overview.activity.none")}</p>}
      {activity.state === "ready" && (
        <ol className="activity" data-testid="activity">
          {activity.data.length === 0 && <li className="muted">{t("overview.activity.none")}</li>}
          {activity.data.map((a) => (
            <li key={a.seq}>
              <span className="muted small">{formatDateTime(a.at)}</span>{" "}
              <span className="action">
                {(a.detail && tMaybe(`activity.${a.action}.${a.detail}`)) ??
                  tMaybe(`activity.${a.action}`) ??
                  a.action.replace(/_/g, " ")}
              </span>{" "}
              <ActivityTarget entry={a} />
              {a.actor && <span className="muted small"> · {a.actor}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
