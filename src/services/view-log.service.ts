/**
 * Every view or export of restricted, confidential or sealed material is logged: who, when, what
 * page, how much at each level, and which items (the first hundred). A page of the web app sends
 * one view id with all its requests (`x-casefile-view`), so a page view makes one log entry, not
 * one per item or per request; a script's request is a view of its own. Whether a page view was
 * logged is decided in the database (`logged_views`), so a restart or another server process
 * never logs it twice. Entries are ordinary entries of the hash-chained log, so `casefile verify`
 * checks them like any other.
 */
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { claimView, guardedSources } from "../store/view-log.repository.js";
import { actorName, type Caller } from "./caller.js";

const GUARDED = new Set(["restricted", "confidential", "sealed"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_KEYS = new Set(["id", "sourceId", "parentId"]);
const MAX_LISTED = 100;
/** View ids this process knows were logged (a cache that saves a query; the database decides). */
const MAX_REMEMBERED = 10_000;

export interface ViewRequest {
  /** What was viewed: "GET /api/sources/:id" or an export's name. */
  readonly what: string;
  /** The page's view id, or null: then this request is a view of its own. */
  readonly view: string | null;
}

/** The ids an answer names, and the levels of items that carry their own. */
function collect(value: unknown, ids: Set<string>, levels: Map<string, string>, key?: string) {
  if (typeof value === "string") {
    if (key !== undefined && ID_KEYS.has(key) && UUID.test(value)) ids.add(value.toLowerCase());
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collect(v, ids, levels, key);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.access === "string" && GUARDED.has(obj.access) && typeof obj.id === "string")
    levels.set(obj.id, obj.access);
  for (const [k, v] of Object.entries(obj)) collect(v, ids, levels, k);
}

export function createViewLogService(store: Store) {
  const logged = new Set<string>();
  return {
    /** Logs the view if the answer holds material above public; returns whether it did. */
    async record(caller: Caller, req: ViewRequest, answer: unknown): Promise<boolean> {
      // Anonymous callers see public material only: nothing of theirs is logged.
      if (caller.kind === "anonymous") return false;
      const actor = actorName(caller);
      const viewKey = req.view === null ? null : `${actor} ${req.view}`;
      if (viewKey !== null && logged.has(viewKey)) return false;
      const ids = new Set<string>();
      const levels = new Map<string, string>();
      collect(answer, ids, levels);
      for (const s of await guardedSources(store.db, [...ids])) levels.set(s.id, s.access);
      if (levels.size === 0) return false;
      const count: Record<string, number> = {};
      for (const level of levels.values()) count[level] = (count[level] ?? 0) + 1;
      const first = await store.db.transaction(async (tx) => {
        if (req.view !== null && !(await claimView(tx, actor, req.view, new Date()))) return false;
        await appendLog(tx, {
          actor,
          action: "access.view",
          targetType: "view",
          targetId: req.view ?? req.what,
          reason: null,
          data: {
            what: req.what,
            levels: count,
            items: [...levels.keys()].sort().slice(0, MAX_LISTED),
            more: Math.max(0, levels.size - MAX_LISTED),
          },
        });
        return true;
      });
      if (viewKey !== null) {
        if (logged.size >= MAX_REMEMBERED) logged.clear();
        logged.add(viewKey);
      }
      return first;
    },
  };
}
export type ViewLogService = ReturnType<typeof createViewLogService>;
