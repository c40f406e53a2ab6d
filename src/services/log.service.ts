/** Reading the activity log: administrators see every entry. */
import { listLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import type { Caller } from "./caller.js";
import { assertMayAdminister } from "./policies/access.policy.js";

export function createLogService(store: Store) {
  return {
    async list(
      caller: Caller,
      query: {
        limit?: number | undefined;
        before?: number | undefined;
        targetId?: string | undefined;
      },
    ) {
      assertMayAdminister(caller);
      const limit = Math.min(Math.max(query.limit ?? 50, 1), 1000);
      const entries = await listLog(store.db, {
        limit,
        beforeSeq: query.before,
        targetIds: query.targetId ? [query.targetId] : undefined,
      });
      return entries.map((e) => ({ ...e, at: e.at.toISOString() }));
    },
  };
}
export type LogService = ReturnType<typeof createLogService>;
