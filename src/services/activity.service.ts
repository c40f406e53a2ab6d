/**
 * The activity log as readers browse it: entries about what the caller may see (sources, their
 * claims, cases; administrators also accounts, lists and the like), filtered by who, what, when
 * and which case, newest first, a page at a time. An entry about a claim names the claim (its
 * statement and quote). Who made a change is shown to signed-in callers only, so an anonymous
 * caller may not filter by it either.
 */
import { LOG_ACTIONS } from "../core/log/log-entry.js";
import { listActivity } from "../store/activity.repository.js";
import type { Store } from "../store/open-store.js";
import type { Caller } from "./caller.js";
import { InvalidInputError, UnauthorizedError } from "./errors.js";
import { pageOf } from "./paging.js";
import { effectiveRole, visibilityKeys } from "./policies/access.policy.js";
import { claimCaption } from "./presenters/claim-caption.js";

export interface ActivityQuery {
  readonly actor?: string | undefined;
  /** Kinds of action (source.ingest, claim.review, …); any of them. */
  readonly actions?: readonly string[] | undefined;
  /** For claim reviews: confirm, correct or reject. */
  readonly decision?: string | undefined;
  /** First day, YYYY-MM-DD (UTC), inclusive. */
  readonly from?: string | undefined;
  /** Last day, YYYY-MM-DD (UTC), inclusive. */
  readonly to?: string | undefined;
  readonly caseId?: string | undefined;
  readonly targetId?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

const DECISIONS = ["confirm", "correct", "reject"];

function day(value: string | undefined, field: "from" | "to"): Date | undefined {
  if (value === undefined || value === "") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new InvalidInputError(
      `${field} must be a day written YYYY-MM-DD, not "${value}"`,
      field,
      { code: "invalid-input.day", params: { field: field, value: value } },
    );
  // "to" names the last day shown: the bound is the start of the day after it.
  return field === "to" ? new Date(date.getTime() + 86_400_000) : date;
}

export function createActivityService(store: Store) {
  return {
    async list(caller: Caller, q: ActivityQuery = {}) {
      const { limit, offset } = pageOf(q.limit, q.offset, 50, 500);
      const anonymous = caller.kind === "anonymous";
      if (anonymous && q.actor)
        throw new UnauthorizedError("who made a change is shown to signed-in readers only", {
          code: "sign-in.needed",
        });
      const unknown = q.actions?.find((a) => !(LOG_ACTIONS as readonly string[]).includes(a));
      if (unknown)
        throw new InvalidInputError(
          `unknown action "${unknown}" (one of ${LOG_ACTIONS.join(", ")})`,
          "action",
          { code: "invalid-input.unknown", params: { field: "action", value: unknown } },
        );
      if (q.decision && !DECISIONS.includes(q.decision))
        throw new InvalidInputError(
          `decision must be confirm, correct or reject, not "${q.decision}"`,
          "decision",
          {
            code: "invalid-input.enum",
            params: { field: "decision", allowed: "confirm, correct, reject" },
          },
        );
      const from = day(q.from, "from");
      const to = day(q.to, "to");
      if (from && to && to <= from)
        throw new InvalidInputError("the last day is before the first", "to", {
          code: "invalid-input.day-order",
        });
      const { items, total } = await listActivity(store.db, {
        visibility: visibilityKeys(caller),
        administrative: effectiveRole(caller) === "admin",
        actor: q.actor?.trim() || undefined,
        actions: q.actions,
        decision: q.decision,
        from,
        to,
        caseId: q.caseId?.trim() || undefined,
        targetId: q.targetId?.trim() || undefined,
        limit,
        offset,
      });
      return {
        items: items.map((e) => ({
          seq: e.seq,
          hash: e.hash,
          at: e.at.toISOString(),
          action: e.action,
          targetType: e.targetType,
          targetId: e.targetId,
          caseId: e.caseId,
          // The source an entry is about (a claim's source for a claim), by its title.
          source: e.source,
          claim: e.claim
            ? { id: e.claim.id, caption: claimCaption(e.claim.fields, e.claim.quote) }
            : null,
          // What a review decided (confirm, correct, reject), for readers of the feed.
          detail: e.decision,
          reason: e.reason,
          actor: anonymous ? null : e.actor,
        })),
        total,
        limit,
        offset,
      };
    },
  };
}
export type ActivityService = ReturnType<typeof createActivityService>;
export type ActivityPage = Awaited<ReturnType<ActivityService["list"]>>;
