/**
 * Witness protection and consent: reviewers protect or unprotect a person of a case and record or
 * withdraw consents; every answer, search, brief and export for a caller who may not see a name
 * goes through the redactor made here, read fresh from the store on each request (no cache), so
 * a protection or a withdrawal takes effect everywhere at once. The log keeps ids and pseudonyms,
 * never a protected name: it cannot be changed later.
 */
import { randomUUID } from "node:crypto";
import { recordName } from "../core/memorial/record-name.js";
import { nameKey, pseudonymOf } from "../core/protection/index.js";
import { claimantsOf } from "../store/cases.repository.js";
import { grantsOn } from "../store/grants.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { recordsOfCase } from "../store/person-lists.repository.js";
import {
  type CasePersonRecord,
  type ConsentScope,
  caseOfPerson,
  consentsOf,
  getConsent,
  insertConsent,
  personsOfCase,
  putPerson,
  withdrawConsent,
} from "../store/protection.repository.js";
import { actorName, type Caller } from "./caller.js";
import { existingCase } from "./case-view.js";
import { ForbiddenError, InvalidInputError, NotFoundError, ServiceError } from "./errors.js";
import { isUuid } from "./ids.js";
import type { PeopleService } from "./people.service.js";
import { assertMayReview } from "./policies/access.policy.js";
import { maySeeProtectedNames } from "./policies/protection.policy.js";
import { presentCasePerson, presentConsent } from "./presenters/protected-person.presenter.js";
import { redactorFor } from "./protected-names.js";

export const CONSENT_SCOPES = ["publication", "memorial", "research"] as const;
const SYSTEM: Caller = { kind: "operator", name: "casefile-protection" };

export interface ConsentRequest {
  readonly scope: string;
  /** The day the person gave consent (YYYY-MM-DD). */
  readonly givenOn: string;
  readonly note?: string | null | undefined;
}

function checkedName(name: string): { name: string; key: string } {
  const clean = name.trim().replace(/\s+/g, " ");
  if (clean === "" || clean.length > 200)
    throw new InvalidInputError("a person's name has 1 to 200 characters", "name", {
      code: "invalid-input.length-range",
      params: { field: "name", min: 1, max: 200 },
    });
  const key = nameKey(clean);
  if (key === "")
    throw new InvalidInputError(`"${clean}" has no name in it`, "name", {
      code: "protection.no-name",
      params: { name: clean },
    });
  return { name: clean, key };
}

export function createProtectionService(store: Store, people: PeopleService) {
  const redactor = (caller: Caller, scopes?: readonly ConsentScope[]) =>
    redactorFor(store.db, caller, scopes);

  async function mayNameIn(caller: Caller, caseId: string): Promise<boolean> {
    return maySeeProtectedNames(caller, caseId, await grantsOn(store.db, "case", [caseId]));
  }

  /**
   * The register of a case's persons (who is protected, who consented) is kept by its reviewers:
   * the reviewer role and a grant on the case, the same that shows them the names.
   */
  async function assertKeepsRegister(caller: Caller, caseId: string): Promise<void> {
    assertMayReview(caller);
    await existingCase(store, caseId);
    if (!(await mayNameIn(caller, caseId)))
      throw new ForbiddenError(
        `the persons register of case ${caseId} is kept by reviewers granted the case`,
        { code: "forbidden.register-keepers" },
      );
  }

  /**
   * The person a name means in a case (known to exist: its callers asked assertKeepsRegister first):
   * registered already, or named by its people or claimants.
   */
  async function personOf(caseId: string, given: string, create: boolean) {
    const { name, key } = checkedName(given);
    // Entries are found by the key of their name as it is computed now (an entry registered
    // under an older key is re-keyed when it is next written).
    const known = (await personsOfCase(store.db, caseId)).find((p) => nameKey(p.name) === key);
    if (known || !create) {
      if (!known)
        throw new NotFoundError(`protected person "${name}" in case ${caseId}`, {
          code: "not-found.protected-person",
          params: { name },
        });
      return known;
    }
    const parts = key.split(" ");
    const candidates = [
      ...(await people.people(SYSTEM, caseId)).map((p) => p.name),
      ...(await claimantsOf(store.db, caseId))
        .filter((c) => c.kind === "person")
        .map((c) => c.name),
      // The victims its registry lists name.
      ...(await recordsOfCase(store.db, caseId)).map((r) => recordName(r.fields)),
    ];
    const named = candidates.some((c) => {
      const theirs = new Set(nameKey(c).split(" "));
      return parts.every((p) => theirs.has(p));
    });
    if (!named)
      throw new NotFoundError(`a person named "${name}" in case ${caseId}`, {
        code: "not-found.named-person",
        params: { name },
      });
    return null;
  }

  async function setProtected(
    caller: Caller,
    caseId: string,
    given: string,
    on: boolean,
    reason: string | null,
  ) {
    await assertKeepsRegister(caller, caseId);
    const known = await personOf(caseId, given, on);
    const { name, key } = checkedName(given);
    const actor = actorName(caller);
    const at = new Date();
    const person: CasePersonRecord = {
      id: known?.id ?? randomUUID(),
      caseId,
      name: known?.name ?? name,
      nameKey: key,
      pseudonym: known?.pseudonym ?? pseudonymOf(caseId, name),
      protected: on,
      version: (known?.version ?? 0) + 1,
      changedAt: at,
      changedBy: actor,
    };
    await store.db.transaction(async (tx) => {
      await putPerson(tx, person, reason?.trim() || null);
      await appendLog(
        tx,
        {
          actor,
          action: on ? "person.protect" : "person.unprotect",
          targetType: "case_person",
          targetId: person.id,
          reason: reason?.trim() || null,
          data: { caseId, pseudonym: person.pseudonym, version: person.version },
        },
        at,
      );
    });
    return presentCasePerson(person, await consentsOf(store.db, [person.id]), true);
  }

  return {
    redactorFor: redactor,

    /**
     * Any plain data (an answer, a brief, an export's records) as this caller may see it: protected
     * names as pseudonyms, masked in running text with offsets kept. Exports call this.
     */
    async shield<T>(caller: Caller, value: T): Promise<T> {
      return (await redactor(caller)).deep(value);
    },

    protect: (caller: Caller, caseId: string, name: string, reason: string | null = null) =>
      setProtected(caller, caseId, name, true, reason),

    unprotect: (caller: Caller, caseId: string, name: string, reason: string | null = null) =>
      setProtected(caller, caseId, name, false, reason),

    /** The case's registered persons, for the reviewers who keep the register (and see the names). */
    async persons(caller: Caller, caseId: string) {
      await assertKeepsRegister(caller, caseId);
      const persons = await personsOfCase(store.db, caseId);
      const consents = await consentsOf(
        store.db,
        persons.map((p) => p.id),
      );
      return persons.map((p) =>
        presentCasePerson(
          p,
          consents.filter((c) => c.personId === p.id),
          true,
        ),
      );
    },

    /** Records a person's consent; a person not yet registered is registered unprotected. */
    async recordConsent(caller: Caller, caseId: string, given: string, req: ConsentRequest) {
      await assertKeepsRegister(caller, caseId);
      if (!(CONSENT_SCOPES as readonly string[]).includes(req.scope))
        throw new InvalidInputError(`scope must be one of ${CONSENT_SCOPES.join(", ")}`, "scope", {
          code: "invalid-input.enum",
          params: { field: "scope", allowed: CONSENT_SCOPES.join(", ") },
        });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(req.givenOn) || Number.isNaN(Date.parse(req.givenOn)))
        throw new InvalidInputError("givenOn must be a day as YYYY-MM-DD", "givenOn", {
          code: "invalid-input.day",
          params: { field: "givenOn", value: req.givenOn },
        });
      const known = await personOf(caseId, given, true);
      const { name, key } = checkedName(given);
      const actor = actorName(caller);
      const at = new Date();
      const person: CasePersonRecord = known ?? {
        id: randomUUID(),
        caseId,
        name,
        nameKey: key,
        pseudonym: pseudonymOf(caseId, name),
        protected: false,
        version: 1,
        changedAt: at,
        changedBy: actor,
      };
      const consentId = randomUUID();
      await store.db.transaction(async (tx) => {
        if (!known) await putPerson(tx, person, "registered with a consent record");
        await insertConsent(tx, {
          id: consentId,
          personId: person.id,
          scope: req.scope,
          givenOn: req.givenOn,
          note: req.note?.trim() || null,
          recordedAt: at,
          recordedBy: actor,
          withdrawnAt: null,
          withdrawnBy: null,
          version: 1,
        });
        await appendLog(
          tx,
          {
            actor,
            action: "consent.record",
            targetType: "case_person",
            targetId: person.id,
            reason: null,
            data: { caseId, consentId, scope: req.scope, givenOn: req.givenOn },
          },
          at,
        );
      });
      return presentCasePerson(person, await consentsOf(store.db, [person.id]), true);
    },

    async withdrawConsent(caller: Caller, consentId: string, reason: string | null = null) {
      assertMayReview(caller);
      const consent = isUuid(consentId) ? await getConsent(store.db, consentId) : null;
      const caseId = consent ? await caseOfPerson(store.db, consent.personId) : null;
      // Outside the case's team a consent is not there to withdraw: refused like a missing one.
      if (!consent || !caseId || !(await mayNameIn(caller, caseId)))
        throw new NotFoundError(`consent ${consentId}`, {
          code: "not-found.consent",
          params: { id: consentId },
        });
      const actor = actorName(caller);
      const at = new Date();
      await store.db.transaction(async (tx) => {
        if (!(await withdrawConsent(tx, consentId, actor, at, reason?.trim() || null)))
          throw new ServiceError(
            "conflict",
            409,
            `consent ${consentId} is already withdrawn`,
            {},
            { code: "conflict.consent-withdrawn" },
          );
        await appendLog(
          tx,
          {
            actor,
            action: "consent.withdraw",
            targetType: "case_person",
            targetId: consent.personId,
            reason: reason?.trim() || null,
            data: { consentId, scope: consent.scope },
          },
          at,
        );
      });
      return presentConsent((await getConsent(store.db, consentId)) ?? consent);
    },
  };
}
export type ProtectionService = ReturnType<typeof createProtectionService>;
