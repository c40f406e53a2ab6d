/** Previous and next over a list that pages through the address (offset in the query string). */
import { t } from "../i18n/i18n.js";

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
