/**
 * Picks one record of a list by name in any script (Həsənov, Гасанов, Hasanov find each other):
 * the server's search, shown as a choice of records with their fields and line.
 */
import { type FormEvent, useState } from "react";
import { useApi } from "../../api/use-api.js";
import { LoadState } from "../../components/load-state.js";
import { t } from "../../i18n/i18n.js";
import { fieldLabel, inFieldOrder } from "./person-fields.js";
import type { PersonList, PersonRecord, RecordSearchResult } from "./registry-types.js";

export interface PickedRecord {
  readonly record: PersonRecord;
  readonly listName: string;
}

export function RecordPicker({
  name,
  legend,
  lists,
  initialList,
  picked,
  onPick,
}: {
  /** Distinguishes the two pickers' fields (also in tests). */
  name: string;
  legend: string;
  lists: readonly PersonList[];
  initialList: string | undefined;
  picked: PickedRecord | null;
  onPick: (picked: PickedRecord | null) => void;
}) {
  const [list, setList] = useState(initialList ?? lists[0]?.id ?? "");
  const [text, setText] = useState("");
  const [query, setQuery] = useState<{ list: string; q: string } | null>(null);
  const found = useApi<RecordSearchResult>(
    query &&
      `/api/lists/${encodeURIComponent(query.list)}/records?q=${encodeURIComponent(query.q)}&limit=20`,
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) setQuery({ list, q: text.trim() });
    onPick(null);
  };
  return (
    <form className="record-picker" onSubmit={search} data-testid={`record-picker-${name}`}>
      <fieldset>
        <legend>{legend}</legend>
        <div className="filters">
          <label>
            {t("registry.manual.list")}
            <select
              name={`${name}-list`}
              value={list}
              onChange={(e) => {
                setList(e.target.value);
                setQuery(null);
                onPick(null);
              }}
            >
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("registry.manual.name")}
            <input
              name={`${name}-name`}
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit">{t("registry.manual.find")}</button>
        </div>
        {query && (
          <LoadState loaded={found}>
            {(r) =>
              r.items.length === 0 ? (
                <p className="muted">{t("registry.manual.none", { q: query.q })}</p>
              ) : (
                <ul className="record-choices">
                  {r.items.map((record) => (
                    <li key={record.id}>
                      <label className="checkbox">
                        <input
                          type="radio"
                          name={`${name}-record`}
                          checked={picked?.record.id === record.id}
                          onChange={() => onPick({ record, listName: r.list.name })}
                        />
                        {describe(record)}{" "}
                        <span className="muted">
                          {t("registry.links.record", {
                            list: r.list.name,
                            line: record.rowNumber,
                          })}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              )
            }
          </LoadState>
        )}
      </fieldset>
    </form>
  );
}

/** A record's fields in reading order: "surname: Гасанов · birth year: 1976". */
function describe(record: PersonRecord): string {
  return inFieldOrder(Object.keys(record.fields))
    .map((f) => `${fieldLabel(f)}: ${record.fields[f]}`)
    .join(" · ");
}
