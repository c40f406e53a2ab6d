/**
 * The victim registry: person lists and their upload, record linkage and its review, and the
 * estimates of the total from list overlaps. Reading shows public lists; writes need the operator.
 */
import { useState } from "react";
import { Link } from "react-router";
import { useSession } from "../../api/auth.js";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { EstimatesSection } from "./estimates-section.js";
import { LinkageSection } from "./linkage-section.js";
import { ListRecords } from "./list-records.js";
import { ListUploadForm } from "./list-upload-form.js";
import { ListsTable } from "./lists-table.js";
import type { PersonList } from "./registry-types.js";

export function RegistryPage() {
  const session = useSession();
  const lists = useApi<{ items: PersonList[]; total: number }>("/api/lists");
  const [shown, setShown] = useState<string | null>(null);
  // Bumped after every write, so the estimates are drawn again from what changed.
  const [round, setRound] = useState(0);
  const changed = () => setRound((r) => r + 1);
  useTitle(t("registry.title"));
  return (
    <section className="registry">
      <h1>{t("registry.title")}</h1>
      <p className="lede">{t("registry.intro")}</p>
      {!session && (
        <p className="notice" data-testid="registry-signed-out">
          {t("registry.signedOut")} <Link to="/sign-in?next=/registry">{t("auth.signIn")}</Link>
        </p>
      )}
      <section aria-labelledby="registry-lists-title">
        <h2 id="registry-lists-title">{t("registry.lists.title")}</h2>
        <LoadState loaded={lists}>
          {(data) => (
            <>
              <ListsTable
                lists={data.items}
                shown={shown}
                onShow={(id) => setShown(shown === id ? null : id)}
              />
              {shown && <ListRecords id={shown} />}
              {session && (
                <ListUploadForm
                  onImported={() => {
                    lists.reload();
                    changed();
                  }}
                />
              )}
            </>
          )}
        </LoadState>
      </section>
      {session && lists.state === "ready" && (
        <LinkageSection lists={lists.data.items} onChange={changed} />
      )}
      {lists.state === "ready" && <EstimatesSection key={round} lists={lists.data.items} />}
    </section>
  );
}
