import { useEffect } from "react";
import { t } from "../i18n/i18n.js";

/** Names the page in the browser tab and history, so a bookmarked view says what it is. */
export function useTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t("app.name")}` : t("app.name");
  }, [title]);
}
