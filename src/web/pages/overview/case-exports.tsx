/** Downloads of a case: every export format and the footnoted brief (in the reader's language), each computed on the server for the reader. */
import { currentLocale, t } from "../../i18n/i18n.js";

const FORMATS = ["json", "jsonld", "geojson", "csv", "events"] as const;
const BRIEFS = ["html", "md", "pdf"] as const;

export function CaseExports({ caseId }: { caseId: string }) {
  const path = `/api/cases/${encodeURIComponent(caseId)}`;
  return (
    <section aria-labelledby="exports-h" className="case-exports">
      <h2 id="exports-h">{t("exports.title")}</h2>
      <p className="muted small">{t("exports.note")}</p>
      <ul>
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`${path}/export?format=${format}`} download data-format={format}>
              {t(`exports.${format}`)}
            </a>
          </li>
        ))}
        <li>
          {t("exports.brief")}:{" "}
          {BRIEFS.map((format, i) => (
            <span key={format}>
              {i > 0 ? " · " : ""}
              <a
                href={`${path}/report?format=${format}&lang=${currentLocale()}`}
                download
                data-format={`brief-${format}`}
              >
                {t(`exports.brief.${format}`)}
              </a>
            </span>
          ))}
        </li>
      </ul>
    </section>
  );
}
