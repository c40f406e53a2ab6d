/** The list of sources, filterable by kind and title; filters and page live in the URL. */
import { Link } from "react-router";
import { SOURCE_KINDS } from "../../core/model/source-kind.js";
import type { Page, SourceSummary } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { LoadState } from "../components/load-state.js";
import { Paging, useAddressPage } from "../components/paging.js";
import { useTitle } from "../components/use-title.js";
import { formatPartialDate, t } from "../i18n/i18n.js";
import { term } from "../i18n/terms.js";

const KINDS = SOURCE_KINDS;
const PAGE_SIZE = 50;
const FILTERS = ["kind", "q"] as const;

export function SourcesPage() {
  const { params, offset, query, update } = useAddressPage(FILTERS, PAGE_SIZE);
  const kind = params.get("kind") ?? "";
  const q = params.get("q") ?? "";
  const loaded = useApi<Page<SourceSummary>>(`/api/sources?${query}`);
  useTitle(t("sources.title"));

  return (
    <section>
      <h1>{t("sources.title")}</h1>
      <p className="lede">{t("sources.intro")}</p>
      <search className="filters">
        <label>
          {t("sources.filter.kind")}
          <select value={kind} onChange={(e) => update("kind", e.target.value)}>
            <option value="">{t("sources.filter.kind.all")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {term("sourceKind", k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("sources.filter.q")}
          <input type="search" defaultValue={q} onChange={(e) => update("q", e.target.value)} />
        </label>
      </search>
      <LoadState loaded={loaded}>
        {(page) =>
          page.total === 0 ? (
            <p className="muted">{t("sources.empty")}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t("sources.count", { shown: page.items.length, total: page.total })}
              </p>
              <div className="table-scroll">
                <table className="sources-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("sources.col.title")}</th>
                      <th scope="col">{t("sources.col.kind")}</th>
                      <th scope="col">{t("sources.col.published")}</th>
                      <th scope="col" className="num">
                        {t("sources.col.passages")}
                      </th>
                      <th scope="col">{t("sources.col.access")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.items.map((s) => (
                      <tr key={s.id}>
                        <td>
                          <Link to={`/sources/${s.id}`}>{s.title}</Link>
                          {s.organisation && <div className="muted small">{s.organisation}</div>}
                        </td>
                        <td>{term("sourceKind", s.kind)}</td>
                        <td>{formatPartialDate(s.published)}</td>
                        <td className="num">{s.passageCount}</td>
                        <td>
                          <span className={`badge access-${s.access}`}>
                            {term("access", s.access)}
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Paging
                offset={offset}
                pageSize={PAGE_SIZE}
                total={page.total}
                go={(o) => update("offset", String(o))}
              />
            </>
          )
        }
      </LoadState>
    </section>
  );
}
