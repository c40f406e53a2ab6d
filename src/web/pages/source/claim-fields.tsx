import type { FieldValue } from "../../api/types.js";
import { humanise } from "../../components/format.js";
import { tMaybe } from "../../i18n/i18n.js";

/** The reader's name for a claim field ("startIso" → "From"). */
export function fieldLabel(key: string): string {
  return tMaybe(`field.${key}`) ?? humanise(key);
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
                ? humanise(v)
                : (tMaybe(`value.${v}`) ?? String(v))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
