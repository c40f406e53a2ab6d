/**
 * The shapes in which protected persons and consents leave the system. The name goes out only to
 * a caller who may see it (policies/protection.policy.ts); everyone else gets the pseudonym.
 */
import type { CasePersonRecord, ConsentRecord } from "../../store/protection.repository.js";

export function presentConsent(c: ConsentRecord) {
  return {
    id: c.id,
    scope: c.scope,
    givenOn: c.givenOn,
    note: c.note,
    recordedAt: c.recordedAt.toISOString(),
    recordedBy: c.recordedBy,
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: c.withdrawnBy,
    version: c.version,
  };
}

export function presentCasePerson(
  p: CasePersonRecord,
  consents: readonly ConsentRecord[],
  mayName: boolean,
) {
  const inForce = (scope: string) => consents.some((c) => c.scope === scope && !c.withdrawnAt);
  return {
    id: p.id,
    caseId: p.caseId,
    name: mayName ? p.name : p.pseudonym,
    pseudonym: p.pseudonym,
    protected: p.protected,
    /** Whether the name may be shown publicly: unprotected, with consent to publication in force. */
    namedPublicly: !p.protected && inForce("publication"),
    version: p.version,
    changedAt: p.changedAt.toISOString(),
    changedBy: p.changedBy,
    consents: consents.map(presentConsent),
  };
}
export type CasePersonView = ReturnType<typeof presentCasePerson>;
export type ConsentView = ReturnType<typeof presentConsent>;
