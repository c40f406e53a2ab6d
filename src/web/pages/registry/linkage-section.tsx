/** Linkage: run it over chosen lists, then review the proposed links. Needs the operator. */
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
  return (
    <section aria-labelledby="registry-linkage">
      <h2 id="registry-linkage">{t("registry.linkage.title")}</h2>
      <p className="muted">{t("registry.linkage.intro")}</p>
      <LinkageForm
        lists={lists}
        onRun={() => {
          links.reload();
          onChange();
        }}
      />
      <h3 id="registry-links">{t("registry.links.title")}</h3>
      <LoadState loaded={links}>
        {(page) => (
          <>
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
            <LinkQueue links={page.items} onReviewed={onChange} />
          </>
        )}
      </LoadState>
    </section>
  );
}
