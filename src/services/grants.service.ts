/**
 * Per-item grants: an administrator lets a user, or every member of a group, read (or also
 * change) one source — with its parts and claims — or one person list, whatever its level; a
 * grant on a case lets them see its protected names.
 */
import { GRANT_MODES, type GrantMode } from "../core/model/access.js";
import { ACCOUNT_NAME } from "../core/model/account.js";
import { groupByName, userByName } from "../store/accounts.repository.js";
import type { Queryable } from "../store/db.js";
import { deleteGrant, grantsOn, putGrant } from "../store/grants.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource } from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { existingCase } from "./case-view.js";
import { InvalidInputError, NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayAdminister } from "./policies/access.policy.js";
import { visibleList } from "./visible-lists.js";

export const GRANT_TARGETS = ["source", "person_list", "case"] as const;
export type GrantTargetType = (typeof GRANT_TARGETS)[number];

export interface GrantRequest {
  readonly targetType: string;
  /** A source id, or a person list's id or name. */
  readonly target: string;
  /** "user:<username>" or "group:<name>". */
  readonly principal: string;
  readonly mode?: string | undefined;
}

async function checkPrincipal(db: Queryable, principal: string): Promise<string> {
  const match = /^(user|group):(.+)$/.exec(principal);
  const name = match?.[2] ?? "";
  if (!match || !ACCOUNT_NAME.test(name))
    throw new InvalidInputError('a grant names "user:<username>" or "group:<name>"', "principal", {
      code: "grants.principal-form",
    });
  const exists = match[1] === "user" ? await userByName(db, name) : await groupByName(db, name);
  if (!exists)
    throw new NotFoundError(`${match[1]} ${name}`, {
      code: match[1] === "user" ? "not-found.user" : "not-found.group",
      params: { id: name },
    });
  return principal;
}

export function createGrantsService(store: Store) {
  /** The stored target id, after checking the target exists (the administrator sees everything). */
  async function targetOf(
    caller: Caller,
    type: string,
    target: string,
  ): Promise<[GrantTargetType, string]> {
    if (type === "source") {
      const source = isUuid(target) ? await getSource(store.db, target) : null;
      if (!source)
        throw new NotFoundError(`source ${target}`, {
          code: "not-found.source",
          params: { id: target },
        });
      return ["source", source.id];
    }
    if (type === "person_list")
      return ["person_list", (await visibleList(store.db, caller, target)).id];
    if (type === "case") {
      // A grant on a case lets its team see the case's protected names (policies/protection.policy.ts).
      await existingCase(store, target);
      return ["case", target];
    }
    throw new InvalidInputError("a grant is on a source, a person_list or a case", "targetType", {
      code: "invalid-input.enum",
      params: { field: "targetType", allowed: "source, person_list, case" },
    });
  }

  async function logged(
    caller: Caller,
    action: "access.grant" | "access.revoke",
    type: string,
    id: string,
    data: Record<string, string>,
    change: (tx: Queryable) => Promise<void>,
  ) {
    const at = new Date();
    await store.db.transaction(async (tx) => {
      await change(tx);
      await appendLog(
        tx,
        { actor: actorName(caller), action, targetType: type, targetId: id, reason: null, data },
        at,
      );
    });
  }

  return {
    async grant(caller: Caller, req: GrantRequest) {
      assertMayAdminister(caller);
      const [type, id] = await targetOf(caller, req.targetType, req.target);
      const principal = await checkPrincipal(store.db, req.principal);
      const mode = (req.mode ?? "read") as GrantMode;
      if (!(GRANT_MODES as readonly string[]).includes(mode))
        throw new InvalidInputError("mode must be read or write", "mode", {
          code: "invalid-input.enum",
          params: { field: "mode", allowed: "read, write" },
        });
      await logged(caller, "access.grant", type, id, { principal, mode }, (tx) =>
        putGrant(tx, {
          targetType: type,
          targetId: id,
          principal,
          mode,
          grantedAt: new Date(),
          grantedBy: actorName(caller),
        }),
      );
      return this.list(caller, type, id);
    },

    async revoke(caller: Caller, req: GrantRequest) {
      assertMayAdminister(caller);
      const [type, id] = await targetOf(caller, req.targetType, req.target);
      let removed = false;
      await logged(caller, "access.revoke", type, id, { principal: req.principal }, async (tx) => {
        removed = await deleteGrant(tx, type, id, req.principal);
      });
      if (!removed)
        throw new NotFoundError(`a grant to ${req.principal} on ${type} ${req.target}`, {
          code: "not-found.grant",
          params: { principal: req.principal, id: req.target },
        });
      return this.list(caller, type, id);
    },

    async list(caller: Caller, type: string, target: string) {
      assertMayAdminister(caller);
      const [t, id] = await targetOf(caller, type, target);
      return (await grantsOn(store.db, t, [id])).map((g) => ({
        targetType: g.targetType,
        targetId: g.targetId,
        principal: g.principal,
        mode: g.mode,
        grantedAt: g.grantedAt.toISOString(),
        grantedBy: g.grantedBy,
      }));
    },
  };
}
export type GrantsService = ReturnType<typeof createGrantsService>;
