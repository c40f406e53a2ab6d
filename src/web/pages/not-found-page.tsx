import { t } from "../i18n/i18n.js";

export function NotFoundPage() {
  return (
    <section>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
    </section>
  );
}
