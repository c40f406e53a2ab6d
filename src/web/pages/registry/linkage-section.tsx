/**
 * Linkage: run it over chosen lists, then review the proposed links — and, where the case asks
 * for four eyes, the links that await a second reviewer, listed first. Needs a reviewer.
 */
import type { Page } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { t } from "../../i18n/i18n.js";
import { LinkQueue } from "./link-queue.js";
import { LinkageForm } from "./linkage-form.js";
import type { PersonLink, PersonList } from "./registry-types.js";

export function LinkageSection({
  lists,
  onChange,
}: {
  lists: readonly PersonList[];
  onChange: () => void;
}) {
  const links = useApi<Page<PersonLink>>("/api/links?status=proposed&limit=200");
  const awaiting = useApi<Page<PersonLink>>("/api/links?status=awaiting&limit=200");
  // Counters of decided links, drawn again after every decision so they never go stale.
  const confirmed = useApi<Page<PersonLink>>("/api/links?status=confirmed&limit=1");
  const rejected = useApi<Page<PersonLink>>("/api/links?status=rejected&limit=1");
  // Awaiting links are optional context: while they load (or if they fail) the queue shows the rest.
  const second = awaiting.state === "ready" ? awaiting.data : null;
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
                  ? "registry.links.count.some"
                  : "registry.links.count",
                {
                  n: page.total,
                  shown: page.items.length,
                },
              )}
            </p>
            <LinkQueue links={[...(second?.items ?? []), ...page.items]} onReviewed={reload} />
          </>
        )}
      </LoadState>
    </section>
  );
}
