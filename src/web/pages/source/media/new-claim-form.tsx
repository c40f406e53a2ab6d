/**
 * Files a claim on what the reviewer drew or marked: the kind, its fields (the correct form's
 * own field inputs, so the same vocabularies and the same problems next to their fields), who
 * states it and what it rests on. The server checks the locator too; a problem about it is shown
 * above the buttons.
 */
import { type FormEvent, useState } from "react";
import { CLAIM_KINDS, CLAIMANT_ROLES } from "../../../../core/model/claim.js";
import type { ClaimLocator } from "../../../../core/model/locator.js";
import { BASES } from "../../../../core/model/provenance.js";
import { ApiError, messageOf, postJson } from "../../../api/client.js";
import type { Claim, FieldValue } from "../../../api/types.js";
import { t } from "../../../i18n/i18n.js";
import { term } from "../../../i18n/terms.js";
import { basisLabel } from "../../figures/provenance-cell.js";
import { CorrectField, FieldError } from "../../review/correct-field.js";
import { parseField } from "../../review/review-actions.js";
import { fieldRank } from "../claim-fields.js";

/** The fields of a new claim of each kind, with what an empty one holds. */
const BLANK: Record<string, Record<string, FieldValue>> = {
  statement: { summary: "" },
  figure: {
    measure: "killed",
    min: null,
    max: null,
    hedge: "exact",
    subgroup: null,
    unit: "people",
  },
  time: { startIso: "", endIso: null, precision: "day" },
  place: { name: "" },
  actor: { actorType: "person", name: "" },
  qualification: { qualification: "" },
};

export function NewClaimForm(p: {
  sourceId: string;
  locator: ClaimLocator;
  onFiled: (claim: Claim) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState("statement");
  const [values, setValues] = useState<Record<string, string>>({});
  const [claimant, setClaimant] = useState({ name: "", role: "witness", basis: "own_observation" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const blank = BLANK[kind] ?? {};
  const names = Object.keys(blank).sort((a, b) => fieldRank(a) - fieldRank(b));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    const fields = Object.fromEntries(
      names.map((k) => [
        k,
        values[k] === undefined
          ? (blank[k] ?? null)
          : parseField(blank[k] ?? null, values[k] ?? ""),
      ]),
    );
    try {
      const claim = await postJson<Claim>("/api/claims", {
        source: p.sourceId,
        kind,
        fields,
        claimant: { name: claimant.name, role: claimant.role },
        basis: claimant.basis,
        locator: p.locator,
      });
      p.onFiled(claim);
    } catch (error) {
      const field =
        (error instanceof ApiError ? error.field : null)?.replace(/^fields\./, "") ?? "";
      const known = names.includes(field) || field.startsWith("claimant.") || field === "basis";
      setErrors({ [known ? field : ""]: messageOf(error) });
    }
  };
  return (
    <form
      className="correct-form new-claim"
      onSubmit={submit}
      aria-label={t("media.claim.form")}
      noValidate
    >
      <label htmlFor="new-claim-kind">
        {t("media.claim.kind")}
        <select
          id="new-claim-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
            setValues({});
          }}
        >
          {CLAIM_KINDS.map((k) => (
            <option key={k} value={k}>
              {term("claimKind", k)}
            </option>
          ))}
        </select>
      </label>
      {names.map((k) => (
        <CorrectField
          key={`${kind}-${k}`}
          name={k}
          original={blank[k] ?? null}
          value={values[k] ?? (blank[k] === null ? "" : String(blank[k]))}
          error={errors[k]}
          onChange={(value) => setValues({ ...values, [k]: value })}
        />
      ))}
      <fieldset className="correct-claimant">
        <legend>{t("correct.claimant")}</legend>
        <label className={errors["claimant.name"] ? "invalid" : undefined}>
          {t("correct.claimant.name")}
          <input
            name="claimantName"
            value={claimant.name}
            onChange={(e) => setClaimant({ ...claimant, name: e.target.value })}
          />
          <FieldError name="claimant.name" error={errors["claimant.name"]} />
        </label>
        <label>
          {t("correct.claimant.role")}
          <select
            name="claimantRole"
            value={claimant.role}
            onChange={(e) => setClaimant({ ...claimant, role: e.target.value })}
          >
            {CLAIMANT_ROLES.map((r) => (
              <option key={r} value={r}>
                {term("role", r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("review.provenance.basis")}
          <select
            name="basis"
            value={claimant.basis}
            onChange={(e) => setClaimant({ ...claimant, basis: e.target.value })}
          >
            {BASES.map((b) => (
              <option key={b} value={b}>
                {basisLabel(b)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <div className="buttons">
        <button type="submit" className="primary">
          {t("media.claim.file")}
        </button>
        <button type="button" onClick={p.onCancel}>
          {t("review.cancel")}
        </button>
        <FieldError name="form" error={errors[""]} />
      </div>
    </form>
  );
}
