/**
 * A source's history: every version of its details and of each of its claims, oldest first, each
 * with what it changed field by field. A claim's entry names the claim and links to it.
 */
import { Link } from "react-router";
import type { HistoryEntry } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { ChangeList } from "../../components/change-list.js";
import { sourceHref } from "../../components/format.js";
import { formatDateTime, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

export function SourceHistory({ sourceId, refresh = 0 }: { sourceId: string; refresh?: number }) {
  const history = useApi<HistoryEntry[]>(
    // The version in the address: a saved edit (a new version) reads the history again.
    `/api/sources/${encodeURIComponent(sourceId)}/history?v=${refresh}`,
  );
  if (history.state !== "ready") return null;
  return (
    <>
      <h3>{t("history.title")}</h3>
      <ol className="plain small history" data-testid="versions">
        {history.data.map((h) => (
          <li key={`${h.item.id}-${h.version}`}>
            {h.item.type === "source" ? (
              <span>{t("history.source")}</span>
            ) : (
              <Link to={`${sourceHref(sourceId)}#claim-${h.item.id}`}>{h.item.caption}</Link>
            )}
            {": "}
            {t("history.entry", {
              version: h.version,
              who: h.by,
              when: formatDateTime(h.at),
            })}
            {h.status && <> · {term("status", h.status)}</>}
            {h.version === 1 && <span className="muted"> · {t("history.added")}</span>}
            <ChangeList changes={h.changes} />
            {h.reason && <div>“{h.reason}”</div>}
          </li>
        ))}
      </ol>
    </>
  );
}
