/**
 * What a version changed, field by field ("unit: bodies → people"), in the reader's words: field
 * names from the catalogue, vocabulary codes (measure, unit, status, access, …) as terms.
 */
import type { FieldChange } from "../api/types.js";
import { t, tMaybe } from "../i18n/i18n.js";
import { FIELD_GROUPS, type TermGroup, term } from "../i18n/terms.js";

const MORE_GROUPS: Readonly<Record<string, TermGroup>> = {
  status: "status",
  access: "access",
  kind: "sourceKind",
  affiliation: "affiliation",
  "claimant.role": "role",
};

function valueText(field: string, value: FieldChange["from"]): string {
  if (value === null) return "—";
  const group = FIELD_GROUPS[field] ?? MORE_GROUPS[field];
  return group && typeof value === "string" ? term(group, value) : String(value);
}

export function fieldName(field: string): string {
  return tMaybe(`change.field.${field}`) ?? field;
}

export function ChangeList({ changes }: { changes: readonly FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="changes" data-testid="changes" aria-label={t("history.changes")}>
      {changes.map((c) => (
        <li key={c.field}>
          <span className="change-field">{fieldName(c.field)}</span>:{" "}
          <del>{valueText(c.field, c.from)}</del> → <ins>{valueText(c.field, c.to)}</ins>
        </li>
      ))}
    </ul>
  );
}
