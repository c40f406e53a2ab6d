/**
 * The columns of a chosen file before it is imported: for each column a select with the field it
 * is read as (detected from its heading) or "leave out", and the first rows under it.
 */
import { PERSON_FIELDS } from "../../../core/linkage/person-table.js";
import { formatNumber } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import { fieldLabel } from "./person-fields.js";
import { type ColumnChoice, ID_CHOICE } from "./registry-actions.js";
import type { ListPreview } from "./registry-types.js";

const NAME_FIELDS = ["given", "surname", "patronymic", "full_name"];

/** The choices the preview starts from: what the server detected. */
export function detectedChoices(preview: ListPreview): ColumnChoice[] {
  return preview.columns.map((c) => (c.id ? ID_CHOICE : (c.field ?? "")));
}

/** Rows of a file have no identity but their place in it. */
const keyedRows = (rows: readonly string[][]) => rows.map((row, n) => ({ key: `row-${n}`, row }));

export const hasNameChoice = (choices: readonly ColumnChoice[]) =>
  choices.some((c) => NAME_FIELDS.includes(c));

export function ColumnPreview({
  preview,
  choices,
  onChange,
}: {
  preview: ListPreview;
  choices: readonly ColumnChoice[];
  onChange: (choices: ColumnChoice[]) => void;
}) {
  // A field is read from one column: choosing it for another leaves the first one out.
  const choose = (column: number, choice: ColumnChoice) =>
    onChange(choices.map((c, i) => (i === column ? choice : choice && c === choice ? "" : c)));
  const columns = preview.columns.map((c, n) => ({ ...c, key: `column-${n}` }));
  return (
    <div className="column-preview" data-testid="column-preview">
      <h4>{t("registry.upload.preview.title", { file: preview.fileName })}</h4>
      <p className="muted small">
        {t("registry.upload.preview.caption", {
          shown: formatNumber(preview.rows.length),
          total: formatNumber(preview.rowCount),
        })}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th scope="col" key={c.key}>
                  <span className="column-header">{c.header}</span>
                  <select
                    className="column-select"
                    aria-label={t("registry.upload.preview.column", { header: c.header })}
                    data-column={c.header}
                    value={choices[i] ?? ""}
                    onChange={(e) => choose(i, e.target.value)}
                  >
                    <option value="">{t("registry.upload.preview.ignore")}</option>
                    <option value={ID_CHOICE}>{t("registry.upload.preview.id")}</option>
                    {PERSON_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {fieldLabel(f)}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keyedRows(preview.rows).map(({ key, row }) => (
              <tr key={key}>
                {columns.map((c, i) => (
                  <td key={c.key}>{row[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!hasNameChoice(choices) && (
        <p className="error" role="alert" data-testid="column-preview-no-name">
          {t("registry.upload.preview.noName")}
        </p>
      )}
    </div>
  );
}
