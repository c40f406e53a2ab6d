/** One list's records, a page at a time, each with the CSV line it was read from. */
import { useState } from "react";
import { useApi } from "../../api/use-api.js";
import { formatNumber } from "../../components/format.js";
import { LoadState } from "../../components/load-state.js";
import { t } from "../../i18n/i18n.js";
import { fieldLabel, inFieldOrder } from "./person-fields.js";
import type { PersonListDetail } from "./registry-types.js";

const PAGE = 10;

export function ListRecords({ id }: { id: string }) {
  const [offset, setOffset] = useState(0);
  const detail = useApi<PersonListDetail>(
    `/api/lists/${encodeURIComponent(id)}?limit=${PAGE}&offset=${offset}`,
  );
  return (
    <LoadState loaded={detail}>
      {(list) => {
        const fields = inFieldOrder(Object.keys(list.mapping));
        const { items, total } = list.records;
        return (
          <div data-testid="registry-records">
            <h3>{t("registry.records.title", { name: list.name })}</h3>
            <p className="muted small">
              {t("registry.records.range", {
                from: total === 0 ? 0 : offset + 1,
                to: offset + items.length,
                total: formatNumber(total),
              })}
            </p>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t("registry.records.line")}
                    </th>
                    {fields.map((f) => (
                      <th scope="col" key={f}>
                        {fieldLabel(f)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.id}>
                      <td className="num">{r.rowNumber}</td>
                      {fields.map((f) => (
                        <td key={f}>{r.fields[f] ?? "—"}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="buttons pager">
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t("registry.records.previous")}
              </button>
              <button
                type="button"
                disabled={offset + PAGE >= total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t("registry.records.next")}
              </button>
            </div>
          </div>
        );
      }}
    </LoadState>
  );
}
