import type { ReactNode } from "react";
import type { Loaded } from "../api/use-api.js";
import { t } from "../i18n/i18n.js";

/** Shows loading and error states, and the children once the data is there. */
export function LoadState<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === "loading")
    return (
      <p className="muted" aria-live="polite">
        {t("state.loading")}
      </p>
    );
  if (loaded.state === "error")
    return (
      <p className="error" role="alert">
        {t("state.error", { detail: loaded.message })}
      </p>
    );
  return <>{children(loaded.data)}</>;
}
