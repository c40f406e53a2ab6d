/**
 * Who states the claim and what it rests on, in the correct form: pick one of the case's
 * claimants or name a new one (with the kind of speaker), and choose the basis. Roles and bases
 * are the core model's lists.
 */
import { useEffect, useState } from "react";
import { CLAIMANT_ROLES } from "../../../core/model/claim.js";
import { BASES } from "../../../core/model/provenance.js";
import { getJson } from "../../api/client.js";
import type { Claim } from "../../api/types.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { basisLabel } from "../figures/provenance-cell.js";
import { FieldError } from "./correct-field.js";

export interface CaseClaimant {
  id: string;
  name: string;
  kind: string;
}

/** What the reviewer chose: "" keeps the claimant, "ref:ID" picks a case claimant, "new" names one. */
export interface ClaimantChoice {
  pick: string;
  name: string;
  role: string;
  basis: string;
}

export function useCaseClaimants(claimId: string): CaseClaimant[] {
  const [claimants, setClaimants] = useState<CaseClaimant[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    getJson<CaseClaimant[]>(
      `/api/claims/${encodeURIComponent(claimId)}/claimants`,
      abort.signal,
    ).then(setClaimants, () => setClaimants([]));
    return () => abort.abort();
  }, [claimId]);
  return claimants;
}

export function CorrectClaimant(p: {
  claim: Claim;
  claimants: CaseClaimant[];
  choice: ClaimantChoice;
  errors: Record<string, string>;
  onChange: (choice: ClaimantChoice) => void;
}) {
  const set = (patch: Partial<ClaimantChoice>) => p.onChange({ ...p.choice, ...patch });
  const err = (name: string) => p.errors[name];
  return (
    <fieldset className="correct-claimant">
      <legend>{t("correct.claimant")}</legend>
      <label className={err("claimant.ref") ? "invalid" : undefined}>
        {t("correct.claimant.pick")}
        <select
          name="claimant"
          value={p.choice.pick}
          onChange={(e) => set({ pick: e.target.value })}
        >
          <option value="">{t("correct.claimant.keep", { name: p.claim.claimant.name })}</option>
          {p.claimants.map((c) => (
            <option key={c.id} value={`ref:${c.id}`}>
              {c.name}
            </option>
          ))}
          <option value="new">{t("correct.claimant.new")}</option>
        </select>
        <FieldError name="claimant.ref" error={err("claimant.ref")} />
      </label>
      {p.choice.pick === "new" && (
        <label className={err("claimant.name") ? "invalid" : undefined}>
          {t("correct.claimant.name")}
          <input
            name="claimantName"
            value={p.choice.name}
            onChange={(e) => set({ name: e.target.value })}
          />
          <FieldError name="claimant.name" error={err("claimant.name")} />
        </label>
      )}
      {p.choice.pick !== "" && (
        <label className={err("claimant.role") ? "invalid" : undefined}>
          {t("correct.claimant.role")}
          <select
            name="claimantRole"
            value={p.choice.role}
            onChange={(e) => set({ role: e.target.value })}
          >
            {CLAIMANT_ROLES.map((r) => (
              <option key={r} value={r}>
                {term("role", r)}
              </option>
            ))}
          </select>
          <FieldError name="claimant.role" error={err("claimant.role")} />
        </label>
      )}
      <label className={err("basis") ? "invalid" : undefined}>
        {t("review.provenance.basis")}
        <select
          name="basis"
          value={p.choice.basis}
          onChange={(e) => set({ basis: e.target.value })}
        >
          {BASES.map((b) => (
            <option key={b} value={b}>
              {basisLabel(b)}
            </option>
          ))}
        </select>
        <FieldError name="basis" error={err("basis")} />
      </label>
    </fieldset>
  );
}
