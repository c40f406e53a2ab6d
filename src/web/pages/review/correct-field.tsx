/**
 * One field of the correct form: a select when the field has a closed vocabulary (the lists come
 * from the core model, so the form offers exactly what the server accepts), a text box otherwise;
 * the server's complaint about the field is shown right under it.
 */
import { HEDGES, MEASURES, SUBGROUPS, UNITS } from "../../../core/model/claim.js";
import type { FieldValue } from "../../api/types.js";
import { type TermGroup, term } from "../../i18n/terms.js";
import { fieldLabel, fieldText } from "../source/claim-fields.js";

const PRECISIONS = ["year", "month", "day", "hour", "minute", "night"] as const;

/** The closed vocabularies of claim fields, and whether the field may be left empty. */
const CLOSED: Readonly<
  Record<string, { group: TermGroup; codes: readonly string[]; nullable: boolean }>
> = {
  measure: { group: "measure", codes: MEASURES, nullable: false },
  hedge: { group: "hedge", codes: HEDGES, nullable: false },
  unit: { group: "unit", codes: UNITS, nullable: false },
  subgroup: { group: "subgroup", codes: SUBGROUPS, nullable: true },
  precision: { group: "precision", codes: PRECISIONS, nullable: false },
};

export function FieldError({ name, error }: { name: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span className="field-error" role="alert" id={`error-${name}`}>
      {error}
    </span>
  );
}

export function CorrectField(p: {
  name: string;
  original: FieldValue;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const closed = CLOSED[p.name];
  const common = {
    id: `correct-${p.name}`,
    name: p.name,
    value: p.value,
    "aria-invalid": p.error ? true : undefined,
    "aria-describedby": p.error ? `error-${p.name}` : undefined,
  };
  return (
    <label className={p.error ? "invalid" : undefined} htmlFor={`correct-${p.name}`}>
      {fieldLabel(p.name)}
      {closed ? (
        <select {...common} onChange={(e) => p.onChange(e.target.value)}>
          {closed.nullable && <option value="">—</option>}
          {closed.codes.map((code) => (
            <option key={code} value={code}>
              {term(closed.group, code)}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          placeholder={p.original === null ? "—" : fieldText(p.original)}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
      <FieldError name={p.name} error={p.error} />
    </label>
  );
}
