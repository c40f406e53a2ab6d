/**
 * Corrects a claim: its fields (selects for the closed vocabularies), its claimant (one of the
 * case's or a new one) and its basis, saved as one correction. The server's problem names the
 * field it is about, and the message is shown next to that field rather than above the queue.
 */
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiError, messageOf } from "../../api/client.js";
import type { Claim } from "../../api/types.js";
import { t } from "../../i18n/i18n.js";
import { fieldRank, fieldText } from "../source/claim-fields.js";
import { type ClaimantChoice, CorrectClaimant, useCaseClaimants } from "./correct-claimant.js";
import { CorrectField, FieldError } from "./correct-field.js";
import { type Correction, parseField } from "./review-actions.js";

/** The form field a server problem is about; "" for the form as a whole. */
function formFieldOf(field: string | null, names: readonly string[]): string {
  if (!field) return "";
  const name = field.replace(/^fields\./, "");
  if (names.includes(name) || name.startsWith("claimant.") || name === "basis") return name;
  // A figure refused as a whole (its bounds disagree) is about its numbers.
  if (name === "figure" && names.includes("min")) return "min";
  return "";
}

function correctionOf(
  claim: Claim,
  editable: readonly (readonly [string, Claim["fields"][string]])[],
  values: Record<string, string>,
  choice: ClaimantChoice,
): Correction {
  // A correction names only what changed; the rest of the claim stays as it was (the server
  // keeps every field a correction does not name).
  const changed = editable
    .filter(([k, v]) => (values[k] ?? "").trim() !== fieldText(v))
    .map(([k, v]) => [k, parseField(v, values[k] ?? "")] as const);
  return {
    ...(changed.length > 0 ? { fields: Object.fromEntries(changed) } : {}),
    ...(choice.pick.startsWith("ref:")
      ? { claimant: { name: "", role: choice.role, ref: choice.pick.slice(4) } }
      : choice.pick === "new"
        ? { claimant: { name: choice.name, role: choice.role, ref: null } }
        : {}),
    ...(choice.basis !== claim.basis ? { basis: choice.basis } : {}),
  };
}

export function CorrectForm({
  claim,
  onSubmit,
  onCancel,
}: {
  claim: Claim;
  onSubmit: (change: Correction) => Promise<void>;
  onCancel: () => void;
}) {
  const editable = Object.entries(claim.fields)
    .filter(([k]) => k !== "kind")
    .sort(([a], [b]) => fieldRank(a) - fieldRank(b));
  const names = editable.map(([k]) => k);
  const claimants = useCaseClaimants(claim.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [values, setValues] = useState(() =>
    Object.fromEntries(editable.map(([k, v]) => [k, fieldText(v)])),
  );
  const [choice, setChoice] = useState<ClaimantChoice>({
    pick: "",
    name: "",
    role: claim.claimant.role,
    basis: claim.basis,
  });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The reviewer pressed "e" to correct: put the cursor in the first field.
    form.current?.querySelector<HTMLElement>("input, select")?.focus();
  }, []);
  useEffect(() => {
    // Bring the first complaint into view and let the keyboard land on its field.
    if (Object.keys(errors).length === 0) return;
    const invalid = form.current?.querySelector<HTMLElement>("[aria-invalid=true], .field-error");
    invalid?.scrollIntoView({ block: "center" });
    invalid?.focus();
  }, [errors]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change = correctionOf(claim, editable, values, choice);
    if (Object.keys(change).length === 0) {
      setErrors({ "": t("review.correct.unchanged") });
      return;
    }
    setErrors({});
    try {
      await onSubmit(change);
    } catch (error) {
      const field = error instanceof ApiError ? error.field : null;
      setErrors({ [formFieldOf(field, names)]: messageOf(error) });
    }
  };
  return (
    <form
      ref={form}
      className="correct-form"
      onSubmit={submit}
      aria-label={t("review.correct.form")}
      noValidate
    >
      {editable.map(([k, v]) => (
        <CorrectField
          key={k}
          name={k}
          original={v}
          value={values[k] ?? ""}
          error={errors[k]}
          onChange={(value) => setValues({ ...values, [k]: value })}
        />
      ))}
      <CorrectClaimant
        claim={claim}
        claimants={claimants}
        choice={choice}
        errors={errors}
        onChange={setChoice}
      />
      <div className="buttons">
        <button type="submit" className="primary">
          {t("review.correct.save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("review.cancel")}
        </button>
        <FieldError name="form" error={errors[""]} />
      </div>
    </form>
  );
}
