/** Four eyes, witness protection and consent in the CLI port: in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type { FourEyesService } from "../../services/four-eyes.service.js";
import type { ApiCall } from "./registry-remote-port.js";

export type FourEyesView = Awaited<ReturnType<FourEyesService["get"]>>;

export interface ProtectionPort {
  fourEyes(caseId: string): Promise<FourEyesView>;
  setFourEyes(caseId: string, required: boolean, reason: string | null): Promise<FourEyesView>;
}

export function localProtectionPort(
  services: { fourEyes: FourEyesService },
  me: Caller,
): ProtectionPort {
  return {
    fourEyes: (caseId) => services.fourEyes.get(me, caseId),
    setFourEyes: (caseId, required, reason) => services.fourEyes.set(me, caseId, required, reason),
  };
}

export function remoteProtectionPort(call: ApiCall): ProtectionPort {
  const c = (id: string) => encodeURIComponent(id);
  return {
    fourEyes: (caseId) => call("GET", `/api/cases/${c(caseId)}/four-eyes`),
    setFourEyes: (caseId, required, reason) =>
      call(
        "PUT",
        `/api/cases/${c(caseId)}/four-eyes`,
        JSON.stringify({ fourEyes: required, reason }),
        "application/json",
      ),
  };
}
