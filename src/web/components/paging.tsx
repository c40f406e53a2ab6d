/** Previous and next over a list that pages through the address (offset in the query string). */
import { useSearchParams } from "react-router";
import { t } from "../i18n/i18n.js";

/**
 * A list view's filters and page, kept in the address so that a filtered page can be linked: the
 * API query for this page (limit, offset, each filter set), and `update`, which sets or clears a
 * filter (back to the first page, replacing the address) or moves to another offset (a new entry
 * in the history, so Back returns to the page before).
 */
export function useAddressPage(filters: readonly string[], pageSize: number) {
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get("offset") ?? 0) || 0;
  const query = new URLSearchParams({ limit: String(pageSize), offset: String(offset) });
  for (const f of filters) {
    const value = params.get(f);
    if (value) query.set(f, value);
  }
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== "offset") next.delete("offset");
    setParams(next, { replace: key !== "offset" });
  };
  return { params, offset, query, update };
}

export function Paging(props: {
  offset: number;
  pageSize: number;
  total: number;
  /** Moves to another offset (the page writes it into the address). */
  go: (offset: number) => void;
}) {
  const { offset, pageSize, total, go } = props;
  return (
    <nav className="paging" aria-label={t("paging.label")}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => go(Math.max(0, offset - pageSize))}
      >
        {t("paging.previous")}
      </button>
      <button
        type="button"
        disabled={offset + pageSize >= total}
        onClick={() => go(offset + pageSize)}
      >
        {t("paging.next")}
      </button>
    </nav>
  );
}
