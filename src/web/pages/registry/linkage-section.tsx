/**
 * Linkage: run it over chosen lists, then review the proposed links — and, where the case asks
 * for four eyes, the links that await a second reviewer, listed first. On request the candidates
 * below the threshold or the confirmed links are listed instead (to confirm or unlink), and two
 * records can be linked by hand. Needs a reviewer.
 */
import { useState } from "react";
import type { Page } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { t } from "../../i18n/i18n.js";
import { LinkQueue } from "./link-queue.js";
import { LinkageForm } from "./linkage-form.js";
import { ManualLinkForm } from "./manual-link-form.js";
import type { PersonLink, PersonList } from "./registry-types.js";

const LINK_VIEWS = ["proposed", "candidate", "confirmed"] as const;
type LinkView = (typeof LINK_VIEWS)[number];

export function LinkageSection({
  lists,
  onChange,
}: {
  lists: readonly PersonList[];
  onChange: () => void;
}) {
  const [view, setView] = useState<LinkView>("proposed");
  const links = useApi<Page<PersonLink>>(`/api/links?status=${view}&limit=200`);
  const awaiting = useApi<Page<PersonLink>>("/api/links?status=awaiting&limit=200");
  // Counters of decided links, drawn again after every decision so they never go stale.
  const confirmed = useApi<Page<PersonLink>>("/api/links?status=confirmed&limit=1");
  const rejected = useApi<Page<PersonLink>>("/api/links?status=rejected&limit=1");
  // Awaiting links are optional context: while they load (or if they fail) the queue shows the rest.
  const second = awaiting.state === "ready" && view === "proposed" ? awaiting.data : null;
  const reload = () => {
    links.reload();
    awaiting.reload();
    confirmed.reload();
    rejected.reload();
    onChange();
  };
  return (
    <section aria-labelledby="registry-linkage">
      <h2 id="registry-linkage">{t("registry.linkage.title")}</h2>
      <p className="muted">{t("registry.linkage.intro")}</p>
      <LinkageForm lists={lists} onRun={reload} />
      <h3 id="registry-links">{t("registry.links.title")}</h3>
      <label className="inline-field">
        {t("registry.links.view")}
        <select name="link-view" value={view} onChange={(e) => setView(e.target.value as LinkView)}>
          {LINK_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`registry.links.view.${v}`)}
            </option>
          ))}
        </select>
      </label>
      {second && second.total > 0 && (
        <p className="muted" data-testid="link-awaiting-count">
          {t(
            second.total > second.items.length
              ? "registry.links.awaiting.some"
              : "registry.links.awaiting",
            { n: second.total, shown: second.items.length },
          )}
        </p>
      )}
      <LoadState loaded={links}>
        {(page) => (
          <>
            <p className="muted" data-testid="link-decided">
              {t("registry.links.decided", {
                confirmed: confirmed.state === "ready" ? confirmed.data.total : "…",
                rejected: rejected.state === "ready" ? rejected.data.total : "…",
              })}
            </p>
            <p className="muted" data-testid="link-count">
              {t(
                page.total > page.items.length
                  ? `registry.links.count.${view}.some`
                  : `registry.links.count.${view}`,
                {
                  n: page.total,
                  shown: page.items.length,
                },
              )}
            </p>
            <LinkQueue
              key={view}
              links={[...(second?.items ?? []), ...page.items]}
              onReviewed={reload}
            />
          </>
        )}
      </LoadState>
      <ManualLinkForm lists={lists} onLinked={reload} />
    </section>
  );
}
