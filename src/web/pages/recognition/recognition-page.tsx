import { TableLink } from "../../components/table-link.js";
/**
 * The recognition registry: table, world map and years, filterable by qualification, body and
 * who speaks; then every qualification the sources state, in their words.
 */

import { useParams, useSearchParams } from "react-router";
import { ISSUERS, JURISDICTION_LEVELS, QUALIFICATIONS } from "../../../core/case/vocabulary.js";
import type { Recognition } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { count, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { QualificationList } from "./qualification-list.js";
import { RecognitionTable } from "./recognition-table.js";
import { WorldMap } from "./world-map.js";
import { YearsChart } from "./years-chart.js";

export function RecognitionPage() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const qualification = params.get("qualification") ?? "";
  const level = params.get("level") ?? "";
  const issuer = params.get("issuer") ?? "";
  const query = new URLSearchParams();
  if (qualification) query.set("qualification", qualification);
  if (level) query.set("level", level);
  if (issuer) query.set("issuer", issuer);
  const loaded = useApi<Recognition[]>(
    `/api/cases/${encodeURIComponent(id)}/recognitions?${query}`,
  );
  useTitle(t("recognition.title"));
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <section>
      <h1>{t("recognition.title")}</h1>
      <p className="lede">{t("recognition.intro")}</p>
      <div className="filters">
        <label>
          {t("recognition.filter.qualification")}
          <select
            name="qualification"
            value={qualification}
            onChange={(e) => update("qualification", e.target.value)}
          >
            <option value="">{t("search.any")}</option>
            {QUALIFICATIONS.map((q) => (
              <option key={q} value={q}>
                {term("qualification", q)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("recognition.filter.level")}
          <select name="level" value={level} onChange={(e) => update("level", e.target.value)}>
            <option value="">{t("search.any")}</option>
            {JURISDICTION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {term("level", l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("recognition.issuer")}
          <select name="issuer" value={issuer} onChange={(e) => update("issuer", e.target.value)}>
            <option value="">{t("search.any")}</option>
            {ISSUERS.map((i) => (
              <option key={i} value={i}>
                {term("issuer", i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LoadState loaded={loaded}>
        {(items) => (
          <>
            <p className="muted" data-testid="recognition-count">
              {t("recognition.count", { documents: count("documents", items.length) })}
            </p>
            <WorldMap items={items} />
            <TableLink target="recognition-table-h" label={t("recognition.tableLink")} />
            <h2>{t("recognition.years")}</h2>
            <YearsChart items={items} />
            <h2 id="recognition-table-h">{t("recognition.table")}</h2>
            <RecognitionTable items={items} />
          </>
        )}
      </LoadState>
      <QualificationList />
    </section>
  );
}
