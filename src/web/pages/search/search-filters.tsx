/** The search form. It writes the URL; the URL is the search, so every search is citable. */

import { type FormEvent, useState } from "react";
import { AFFILIATIONS } from "../../../core/case/vocabulary.js";
import { PLACES } from "../../../core/gazetteer/places.js";
import { MEASURES } from "../../../core/model/claim.js";
import { SOURCE_KINDS } from "../../../core/model/source-kind.js";
import { t } from "../../i18n/i18n.js";
import { type TermGroup, term } from "../../i18n/terms.js";

export const FILTERS = ["kind", "from", "to", "affiliation", "measure", "place"] as const;

function Choice({
  name,
  label,
  options,
  value,
  onChange,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("search.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const asOptions = (group: TermGroup, values: readonly string[]) =>
  values.map((v) => ({ value: v, label: term(group, v) }));
const PLACE_OPTIONS = [...PLACES]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((p) => ({ value: p.id, label: p.name }));

export function SearchFilters({
  initial,
  onSearch,
}: {
  initial: URLSearchParams;
  onSearch: (p: URLSearchParams) => void;
}) {
  const [values, setValues] = useState(() =>
    Object.fromEntries(["q", ...FILTERS].map((k) => [k, initial.get(k) ?? ""])),
  );
  const set = (key: string) => (value: string) => setValues({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v.trim()) next.set(k, v.trim());
    onSearch(next);
  };
  return (
    <search>
      <form className="search-form" onSubmit={submit}>
        <label className="q">
          {t("search.q")}
          <input
            type="search"
            name="q"
            required
            value={values.q}
            onChange={(e) => set("q")(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {t("search.submit")}
        </button>
        <div className="filters">
          <Choice
            name="kind"
            label={t("search.kind")}
            options={asOptions("sourceKind", SOURCE_KINDS)}
            value={values.kind ?? ""}
            onChange={set("kind")}
          />
          <label>
            {t("search.from")}
            <input
              name="from"
              aria-describedby="date-format"
              pattern="\d{4}(-\d{2}(-\d{2})?)?"
              value={values.from}
              onChange={(e) => set("from")(e.target.value)}
            />
          </label>
          <label>
            {t("search.to")}
            <input
              name="to"
              aria-describedby="date-format"
              pattern="\d{4}(-\d{2}(-\d{2})?)?"
              value={values.to}
              onChange={(e) => set("to")(e.target.value)}
            />
          </label>
          {/* The format is said beside the fields, never as example values that look like a filter. */}
          <p id="date-format" className="muted small field-hint">
            {t("search.dateFormat")}
          </p>
          <Choice
            name="affiliation"
            label={t("search.affiliation")}
            options={asOptions("affiliation", AFFILIATIONS)}
            value={values.affiliation ?? ""}
            onChange={set("affiliation")}
          />
          <Choice
            name="measure"
            label={t("search.measure")}
            options={asOptions("measure", MEASURES)}
            value={values.measure ?? ""}
            onChange={set("measure")}
          />
          <Choice
            name="place"
            label={t("search.place")}
            options={PLACE_OPTIONS}
            value={values.place ?? ""}
            onChange={set("place")}
          />
        </div>
      </form>
    </search>
  );
}
