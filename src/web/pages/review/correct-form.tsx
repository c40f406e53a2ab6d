/** Edits a claim's fields for a correction; the original values are shown as placeholders. */
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { FieldValue } from "../../api/types.js";
import { t } from "../../i18n/i18n.js";
import { fieldLabel, fieldRank } from "../source/claim-fields.js";
import { parseField } from "./review-actions.js";

export function CorrectForm({
  fields,
  onSubmit,
  onCancel,
}: {
  fields: Record<string, FieldValue>;
  onSubmit: (fields: Record<string, FieldValue>) => void;
  onCancel: () => void;
}) {
  const editable = Object.entries(fields)
    .filter(([k]) => k !== "kind")
    .sort(([a], [b]) => fieldRank(a) - fieldRank(b));
  const [unchanged, setUnchanged] = useState(false);
  const [values, setValues] = useState(() =>
    Object.fromEntries(editable.map(([k, v]) => [k, v === null ? "" : String(v)])),
  );
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The reviewer pressed "e" to correct: put the cursor in the first field.
    form.current?.querySelector("input")?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A correction names only what changed; the rest of the claim stays as it was.
    const changed = editable
      .map(([k, v]) => [k, parseField(v, values[k] ?? "")] as const)
      .filter(([k, v]) => v !== fields[k]);
    setUnchanged(changed.length === 0);
    if (changed.length > 0) onSubmit(Object.fromEntries(changed));
  };
  return (
    <form
      ref={form}
      className="correct-form"
      onSubmit={submit}
      aria-label={t("review.correct.form")}
    >
      {editable.map(([k, v]) => (
        <label key={k}>
          {fieldLabel(k)}
          <input
            name={k}
            value={values[k] ?? ""}
            placeholder={v === null ? "—" : String(v)}
            onChange={(e) => setValues({ ...values, [k]: e.target.value })}
          />
        </label>
      ))}
      {unchanged && (
        <p className="error" role="alert">
          {t("review.correct.unchanged")}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary">
          {t("review.correct.save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("review.cancel")}
        </button>
      </div>
    </form>
  );
}
