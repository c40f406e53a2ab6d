/** Full-text search over every passage the caller may see; hits open the passage in its source. */

import { Link, useSearchParams } from "react-router";
import { clockTime } from "../../../core/model/locator.js";
import type { SearchResult } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { sourceHref } from "../../components/format.js";
import { LoadState } from "../../components/load-state.js";
import { useTitle } from "../../components/use-title.js";
import { formatPartialDate, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { FILTERS, SearchFilters } from "./search-filters.js";
import { Snippet } from "./snippet.js";

const PAGE = 20;

function Results({
  q,
  result,
  offset,
  onPage,
}: {
  q: string;
  result: SearchResult;
  offset: number;
  onPage: (o: number) => void;
}) {
  if (result.total === 0) return <p className="muted">{t("search.none")}</p>;
  return (
    <>
      <p className="muted" aria-live="polite" data-testid="search-total">
        {t("search.total", {
          total: result.total,
          from: offset + 1,
          to: offset + result.hits.length,
        })}
      </p>
      <ol className="hits" start={offset + 1}>
        {result.hits.map((h) => (
          <li key={h.passageId} data-testid="hit">
            <Link
              to={
                h.moment
                  ? `${sourceHref(h.moment.sourceId)}?t=${h.moment.start}`
                  : `${sourceHref(h.sourceId)}?hl=${encodeURIComponent(q)}${h.seq !== undefined ? `#p-${h.seq}` : ""}`
              }
              className="hit-title"
            >
              {h.sourceTitle}
            </Link>
            {h.moment && (
              <span className="muted small" data-testid="hit-moment">
                {" "}
                · {t("search.moment", { at: clockTime(h.moment.start) })}
              </span>
            )}
            <div className="muted small">
              {term("sourceKind", h.sourceKind)} · {formatPartialDate(h.published)}
            </div>
            <p className="snippet">
              <Snippet html={h.snippet} />
            </p>
          </li>
        ))}
      </ol>
      <nav className="paging" aria-label={t("paging.label")}>
        <button
          type="button"
          disabled={offset === 0}
          onClick={() => onPage(Math.max(0, offset - PAGE))}
        >
          {t("paging.previous")}
        </button>
        <button
          type="button"
          disabled={offset + PAGE >= result.total}
          onClick={() => onPage(offset + PAGE)}
        >
          {t("paging.next")}
        </button>
      </nav>
    </>
  );
}

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const offset = Number(params.get("offset") ?? 0) || 0;
  const query = new URLSearchParams({ q, limit: String(PAGE), offset: String(offset) });
  for (const f of FILTERS) {
    const v = params.get(f);
    if (v) query.set(f, v);
  }
  const loaded = useApi<SearchResult>(q ? `/api/search?${query}` : null);
  useTitle(q ? t("search.titleFor", { q }) : t("search.title"));
  return (
    <section>
      <h1>{t("search.title")}</h1>
      <p className="lede">{t("search.intro")}</p>
      <SearchFilters key={params.toString()} initial={params} onSearch={setParams} />
      {q && (
        <LoadState loaded={loaded}>
          {(r) => (
            <Results
              q={q}
              result={r}
              offset={offset}
              onPage={(o) => {
                const next = new URLSearchParams(params);
                next.set("offset", String(o));
                setParams(next);
              }}
            />
          )}
        </LoadState>
      )}
    </section>
  );
}
