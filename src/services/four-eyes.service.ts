/**
 * A case's four-eyes setting: whether a confirmation of its claims, registry links and evidence
 * links needs a second reviewer (services/policies/four-eyes.policy.ts applies it). Only an
 * administrator changes it, and each change is logged with its reason.
 */
import { fourEyesRequired, setFourEyes } from "../store/four-eyes.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { actorName, type Caller } from "./caller.js";
import { existingCase } from "./case-view.js";
import { assertMayAdminister } from "./policies/access.policy.js";

export function createFourEyesService(store: Store) {
  return {
    async get(_caller: Caller, caseId: string) {
      await existingCase(store, caseId);
      return { caseId, fourEyes: await fourEyesRequired(store.db, [caseId]) };
    },

    async set(caller: Caller, caseId: string, required: boolean, reason: string | null = null) {
      assertMayAdminister(caller);
      await existingCase(store, caseId);
      const actor = actorName(caller);
      const at = new Date();
      await store.db.transaction(async (tx) => {
        const before = await fourEyesRequired(tx, [caseId]);
        await setFourEyes(tx, caseId, required);
        await appendLog(
          tx,
          {
            actor,
            action: "case.four_eyes",
            targetType: "case",
            targetId: caseId,
            reason: reason?.trim() || null,
            data: { from: before, to: required },
          },
          at,
        );
      });
      return { caseId, fourEyes: required };
    },
  };
}
export type FourEyesService = ReturnType<typeof createFourEyesService>;
