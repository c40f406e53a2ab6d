import type { FieldValue } from "../../api/types.js";
import { tMaybe } from "../../i18n/i18n.js";
import { FIELD_GROUPS, term } from "../../i18n/terms.js";

/** The reader's name for a claim field ("startIso" → "From"). */
export function fieldLabel(key: string): string {
  return tMaybe(`field.${key}`) ?? key;
}

/** A field's text value in the reader's words when it is a code of a known vocabulary. */
function valueText(key: string, value: string): string {
  const group = FIELD_GROUPS[key];
  return group ? term(group, value) : value;
}

/**
 * A field's value as one line of text, as the correct form edits it: a position a source states
 * (stored as an object) reads "lat, lon", which is also how a correction writes it.
 */
export function fieldText(value: FieldValue): string {
  const v: unknown = value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "lat" in v && "lon" in v) return `${v.lat}, ${v.lon}`;
  return String(v);
}

/** The order a reader expects: what is counted, then the numbers, then their qualifiers. */
const ORDER = [
  "measure",
  "min",
  "max",
  "hedge",
  "subgroup",
  "unit",
  "scope",
  "aspect",
  "startIso",
  "endIso",
  "precision",
  "approximate",
  "about",
];
export const fieldRank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);

/** A claim's typed fields (measure, bounds, hedge, times …) as a definition list. */
export function ClaimFields({ fields }: { fields: Record<string, FieldValue> }) {
  const entries = Object.entries(fields)
    .filter(([k]) => k !== "kind")
    .sort(([a], [b]) => fieldRank(a) - fieldRank(b));
  return (
    <dl className="fields">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{fieldLabel(k)}</dt>
          <dd>
            {v === null
              ? "—"
              : typeof v === "string"
                ? valueText(k, v)
                : (tMaybe(`value.${v}`) ?? fieldText(v))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
