/**
 * Recent activity for anyone: log entries about what the caller may see, with the title of their
 * target. Who made a change is shown to administrators only.
 */
import { getClaim } from "../store/claims.repository.js";
import { listLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource } from "../store/sources.repository.js";
import type { Caller } from "./caller.js";
import { maySeeSource } from "./source-access.js";

export function createActivityService(store: Store) {
  async function titleOf(
    caller: Caller,
    targetType: string,
    targetId: string,
  ): Promise<string | null> {
    if (targetType === "case") return targetId;
    const sourceId =
      targetType === "claim"
        ? (await getClaim(store.db, targetId))?.sourceId
        : targetType === "source"
          ? targetId
          : undefined;
    const source = sourceId ? await getSource(store.db, sourceId) : null;
    return source && (await maySeeSource(store.db, caller, source)) ? source.metadata.title : null;
  }
  return {
    async recent(caller: Caller, limit = 20) {
      const wanted = Math.min(Math.max(limit, 1), 100);
      const out = [];
      let before: number | undefined;
      // Read the log backwards in pages until enough visible entries are found.
      for (let page = 0; page < 20 && out.length < wanted; page++) {
        const entries = await listLog(store.db, { limit: 100, beforeSeq: before });
        if (entries.length === 0) break;
        for (const e of entries) {
          if (out.length >= wanted) break;
          const title = await titleOf(caller, e.targetType, e.targetId);
          if (title === null) continue;
          out.push({
            seq: e.seq,
            at: e.at.toISOString(),
            action: e.action,
            targetType: e.targetType,
            targetId: e.targetId,
            title,
            // What a review decided (confirm, correct, reject), for readers of the feed.
            detail: typeof e.data.decision === "string" ? e.data.decision : null,
            actor: caller.kind !== "anonymous" ? e.actor : null,
          });
        }
        before = entries[entries.length - 1]?.seq;
      }
      return out;
    },
  };
}
export type ActivityService = ReturnType<typeof createActivityService>;
