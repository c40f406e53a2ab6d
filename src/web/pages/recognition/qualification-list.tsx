/**
 * Every legal qualification the case's sources state, in the words of their texts, with who
 * states it: the claims behind "calls the event", listed whether or not a recognition entry
 * records their document. Filtered by qualification; the filter lives in the address.
 */
import { Link, useParams, useSearchParams } from "react-router";
import { QUALIFICATIONS } from "../../../core/case/vocabulary.js";
import type { QualificationItem } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { AffiliationDot } from "../../components/affiliation.js";
import { claimHref, sourceHref } from "../../components/format.js";
import { LoadState } from "../../components/load-state.js";
import { formatPartialDate, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

export function QualificationList() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const kind = params.get("claim") ?? "";
  const loaded = useApi<QualificationItem[]>(
    `/api/cases/${encodeURIComponent(id)}/qualifications${kind ? `?qualification=${encodeURIComponent(kind)}` : ""}`,
  );
  return (
    <section aria-labelledby="qualifications-h">
      <h2 id="qualifications-h">{t("qualifications.title")}</h2>
      <p className="muted small">{t("qualifications.intro")}</p>
      <label className="inline-field">
        {t("qualifications.filter")}
        <select
          name="claim"
          value={kind}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set("claim", e.target.value);
            else next.delete("claim");
            setParams(next, { replace: true });
          }}
        >
          <option value="">{t("search.any")}</option>
          {QUALIFICATIONS.map((q) => (
            <option key={q} value={q}>
              {term("qualification", q)}
            </option>
          ))}
        </select>
      </label>
      <LoadState loaded={loaded}>
        {(items) => (
          <>
            <p className="muted small" data-testid="qualifications-count">
              {t("qualifications.count", { n: items.length })}
            </p>
            <div className="table-scroll">
              <table data-testid="qualifications-table" aria-labelledby="qualifications-h">
                <thead>
                  <tr>
                    <th scope="col">{t("qualifications.col.words")}</th>
                    <th scope="col">{t("qualifications.filter")}</th>
                    <th scope="col">{t("qualifications.col.claimant")}</th>
                    <th scope="col">{t("qualifications.col.source")}</th>
                    <th scope="col">{t("recognition.col.date")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((q) => (
                    <tr key={q.claimId} data-qualification={q.qualification}>
                      <td>
                        <Link to={claimHref(q.sourceId, q.claimId)}>
                          {q.quote ? <q>{q.quote}</q> : term("qualification", q.qualification)}
                        </Link>
                      </td>
                      <td>{term("qualification", q.qualification)}</td>
                      <td>
                        <AffiliationDot affiliation={q.affiliation} /> {q.claimant}
                      </td>
                      <td>
                        <Link to={sourceHref(q.sourceId)}>{q.sourceTitle}</Link>
                      </td>
                      <td className="nowrap">{formatPartialDate(q.published)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </LoadState>
    </section>
  );
}
