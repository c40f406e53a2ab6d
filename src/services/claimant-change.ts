/**
 * A correction that gives a claim to another claimant: one the claim's case already knows (by its
 * id, the name then comes from the case) or a new one named by the reviewer. Each problem names
 * the field it is about, so the form can show it next to that field.
 */
import type { ClaimantRecord } from "../core/case/index.js";
import { CLAIMANT_ROLES, type Claimant } from "../core/model/claim.js";
import { BASES, type Basis } from "../core/model/provenance.js";
import { claimantsOf } from "../store/cases.repository.js";
import type { ClaimRecord } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { getSource } from "../store/sources.repository.js";
import { InvalidInputError } from "./errors.js";

export interface ClaimantChange {
  readonly name?: string | undefined;
  readonly role: Claimant["role"];
  /** The id of a claimant of the claim's case; null or absent for a new claimant. */
  readonly ref?: string | null | undefined;
}

/** The claimants of the case the claim's source belongs to; none outside a case. */
export async function caseClaimantsOf(
  db: Queryable,
  claim: Pick<ClaimRecord, "sourceId">,
): Promise<ClaimantRecord[]> {
  const source = await getSource(db, claim.sourceId);
  return source?.metadata.caseId ? claimantsOf(db, source.metadata.caseId) : [];
}

/** Checks a claimant change and returns the claimant to store. */
export async function resolveClaimant(
  db: Queryable,
  claim: Pick<ClaimRecord, "sourceId">,
  change: ClaimantChange,
): Promise<Claimant & { ref: string | null }> {
  if (!(CLAIMANT_ROLES as readonly string[]).includes(change.role))
    throw new InvalidInputError(
      `claimant role must be one of ${CLAIMANT_ROLES.join(", ")}`,
      "claimant.role",
      {
        code: "invalid-input.enum",
        params: { field: "claimant.role", allowed: CLAIMANT_ROLES.join(", ") },
      },
    );
  if (change.ref) {
    const known = (await caseClaimantsOf(db, claim)).find((c) => c.id === change.ref);
    if (!known)
      throw new InvalidInputError(
        `the claim's case has no claimant "${change.ref}"`,
        "claimant.ref",
        { code: "invalid-input.unknown", params: { field: "claimant.ref", value: change.ref } },
      );
    return { name: known.name, role: change.role, ref: known.id };
  }
  const name = (change.name ?? "").trim();
  if (name === "" || name.length > 300)
    throw new InvalidInputError(
      "a new claimant needs a name of 1 to 300 characters",
      "claimant.name",
      { code: "invalid-input.length-range", params: { field: "claimant.name", min: 1, max: 300 } },
    );
  return { name, role: change.role, ref: null };
}

/** Checks a basis given with a correction. */
export function checkBasis(basis: string): Basis {
  if (!(BASES as readonly string[]).includes(basis))
    throw new InvalidInputError(`basis must be one of ${BASES.join(", ")}`, "basis", {
      code: "invalid-input.enum",
      params: { field: "basis", allowed: BASES.join(", ") },
    });
  return basis as Basis;
}
