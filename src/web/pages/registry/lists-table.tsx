/** The person lists the caller may see, with their record counts and access level. */
import { formatNumber } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import type { PersonList } from "./registry-types.js";

export function ListsTable({
  lists,
  shown,
  onShow,
}: {
  lists: readonly PersonList[];
  shown: string | null;
  onShow: (id: string) => void;
}) {
  if (lists.length === 0) return <p className="muted">{t("registry.lists.none")}</p>;
  return (
    <div className="table-scroll">
      <table data-testid="registry-lists">
        <thead>
          <tr>
            <th scope="col">{t("registry.lists.col.name")}</th>
            <th scope="col" className="num">
              {t("registry.lists.col.records")}
            </th>
            <th scope="col" className="num">
              {t("registry.lists.col.bad")}
            </th>
            <th scope="col">{t("registry.lists.col.access")}</th>
            <th scope="col" className="wide-only">
              {t("registry.lists.col.file")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lists.map((l) => (
            <tr key={l.id} data-testid="registry-list" className={shown === l.id ? "current" : ""}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={shown === l.id}
                  onClick={() => onShow(l.id)}
                >
                  {l.name}
                </button>
              </td>
              <td className="num">{formatNumber(l.recordCount)}</td>
              <td className="num">{formatNumber(l.badRowCount)}</td>
              <td>
                <span className={`access access-${l.access}`}>{l.access}</span>
              </td>
              <td className="wide-only small">{l.fileName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
