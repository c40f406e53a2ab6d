/** Four eyes, witness protection and consent in the CLI port: in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type { FourEyesService } from "../../services/four-eyes.service.js";
import type {
  CasePersonView,
  ConsentView,
} from "../../services/presenters/protected-person.presenter.js";
import type { ConsentRequest, ProtectionService } from "../../services/protection.service.js";
import type { ApiCall } from "./registry-remote-port.js";

export type FourEyesView = Awaited<ReturnType<FourEyesService["get"]>>;

export interface ProtectionPort {
  fourEyes(caseId: string): Promise<FourEyesView>;
  setFourEyes(caseId: string, required: boolean, reason: string | null): Promise<FourEyesView>;
  protectPerson(caseId: string, name: string, reason: string | null): Promise<CasePersonView>;
  unprotectPerson(caseId: string, name: string, reason: string | null): Promise<CasePersonView>;
  casePersons(caseId: string): Promise<CasePersonView[]>;
  recordConsent(caseId: string, name: string, req: ConsentRequest): Promise<CasePersonView>;
  withdrawConsent(id: string, reason: string | null): Promise<ConsentView>;
}

export function localProtectionPort(
  services: { fourEyes: FourEyesService; protection: ProtectionService },
  me: Caller,
): ProtectionPort {
  const { fourEyes, protection } = services;
  return {
    fourEyes: (caseId) => fourEyes.get(me, caseId),
    setFourEyes: (caseId, required, reason) => fourEyes.set(me, caseId, required, reason),
    protectPerson: (caseId, name, reason) => protection.protect(me, caseId, name, reason),
    unprotectPerson: (caseId, name, reason) => protection.unprotect(me, caseId, name, reason),
    casePersons: (caseId) => protection.persons(me, caseId),
    recordConsent: (caseId, name, req) => protection.recordConsent(me, caseId, name, req),
    withdrawConsent: (id, reason) => protection.withdrawConsent(me, id, reason),
  };
}

export function remoteProtectionPort(call: ApiCall): ProtectionPort {
  const c = (id: string) => encodeURIComponent(id);
  const post = <T>(path: string, body: unknown) =>
    call<T>("POST", path, JSON.stringify(body), "application/json");
  return {
    fourEyes: (caseId) => call("GET", `/api/cases/${c(caseId)}/four-eyes`),
    setFourEyes: (caseId, required, reason) =>
      call(
        "PUT",
        `/api/cases/${c(caseId)}/four-eyes`,
        JSON.stringify({ fourEyes: required, reason }),
        "application/json",
      ),
    protectPerson: (caseId, name, reason) =>
      post(`/api/cases/${c(caseId)}/persons/protect`, { name, reason }),
    unprotectPerson: (caseId, name, reason) =>
      post(`/api/cases/${c(caseId)}/persons/unprotect`, { name, reason }),
    casePersons: (caseId) => call("GET", `/api/cases/${c(caseId)}/persons`),
    recordConsent: (caseId, name, req) =>
      post(`/api/cases/${c(caseId)}/persons/consents`, { name, ...req }),
    withdrawConsent: (id, reason) => post(`/api/consents/${c(id)}/withdraw`, { reason }),
  };
}
