/** A link's history, fetched when opened: how it was made, then every decision with who, when, why. */
import { useState } from "react";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { formatDateTime, t } from "../../i18n/i18n.js";
import type { LinkHistory as History } from "./registry-types.js";

export function LinkHistory({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const history = useApi<History>(open ? `/api/links/${encodeURIComponent(id)}/history` : null);
  return (
    <details className="link-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("registry.links.history")}</summary>
      {open && (
        <LoadState loaded={history}>
          {(h) => (
            <ol className="small" data-testid="link-history">
              {h.items.map((v) => (
                <li key={v.version}>
                  {t(`registry.links.history.${v.status}`)} —{" "}
                  {v.by ?? t("registry.links.history.run")}, {formatDateTime(v.at)}
                  {v.reason && <>: “{v.reason}”</>}
                </li>
              ))}
            </ol>
          )}
        </LoadState>
      )}
    </details>
  );
}
