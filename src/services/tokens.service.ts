/**
 * API tokens for scripts: scoped (read, write, admin), optionally to one case, optionally
 * expiring, revocable. The token is returned once at creation; the store keeps its SHA-256.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { isTokenScope, roleAtLeast, type TokenScope } from "../core/model/account.js";
import { userByName } from "../store/accounts.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { insertToken, listTokens, revokeToken, tokenById } from "../store/tokens.repository.js";
import { actorName, type Caller } from "./caller.js";
import { ForbiddenError, InvalidInputError, NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayAdminister, assertSignedIn, effectiveRole } from "./policies/access.policy.js";
import { presentToken } from "./presenters/account.presenter.js";
import { sha256Hex, TOKEN_PREFIX } from "./sign-in.service.js";

export interface NewTokenRequest {
  /** Whose token; omitted means the caller's own (the operator must name a user). */
  readonly username?: string | undefined;
  readonly name: string;
  readonly scope: string;
  readonly caseId?: string | undefined;
  /** Days until it expires; omitted means it does not expire. */
  readonly expiresInDays?: number | undefined;
}

const SCOPE_NEEDS = { read: "viewer", write: "editor", admin: "admin" } as const;

function isAdmin(caller: Caller): boolean {
  return effectiveRole(caller) === "admin";
}

export function createTokensService(store: Store) {
  return {
    async create(caller: Caller, req: NewTokenRequest) {
      assertSignedIn(caller);
      const username = req.username ?? (caller.kind === "user" ? caller.username : undefined);
      if (username === undefined)
        throw new InvalidInputError("name the user the token is for", "username", {
          code: "invalid-input.required",
          params: { field: "username" },
        });
      if (caller.kind === "user" && username !== caller.username) assertMayAdminister(caller);
      if (caller.kind === "user" && caller.token !== null && caller.token.scope !== "admin")
        throw new ForbiddenError("a token may not create tokens unless its scope is admin", {
          code: "forbidden.token-scope",
        });
      const user = await userByName(store.db, username);
      if (!user || user.disabledAt !== null)
        throw new NotFoundError(`user ${username}`, {
          code: "not-found.user",
          params: { id: username },
        });
      if (!isTokenScope(req.scope))
        throw new InvalidInputError("scope must be read, write or admin", "scope", {
          code: "invalid-input.enum",
          params: { field: "scope", allowed: "read, write, admin" },
        });
      const scope: TokenScope = req.scope;
      if (!roleAtLeast(user.role, SCOPE_NEEDS[scope]))
        throw new ForbiddenError(
          `a ${scope} token needs the ${SCOPE_NEEDS[scope]} role; ${username} is ${user.role}`,
          { code: "forbidden.token-role", params: { role: SCOPE_NEEDS[scope] } },
        );
      const name = req.name.trim();
      if (name === "" || name.length > 100)
        throw new InvalidInputError("a token needs a name of 1–100 characters", "name", {
          code: "invalid-input.length-range",
          params: { field: "name", min: 1, max: 100 },
        });
      const days = req.expiresInDays;
      if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650))
        throw new InvalidInputError("expiry must be a whole number of days, 1–3650", "expires", {
          code: "invalid-input.whole-number-range",
          params: { field: "expires", min: 1, max: 3650 },
        });
      const now = new Date();
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
      const record = {
        id: randomUUID(),
        userId: user.id,
        name,
        scope,
        caseId: req.caseId?.trim() || null,
        createdAt: now,
        createdBy: actorName(caller),
        expiresAt: days === undefined ? null : new Date(now.getTime() + days * 86_400_000),
        tokenSha256: sha256Hex(token),
      };
      await store.db.transaction(async (tx) => {
        await insertToken(tx, record);
        await appendLog(
          tx,
          {
            actor: record.createdBy,
            action: "token.create",
            targetType: "token",
            targetId: record.id,
            reason: null,
            data: { user: username, scope, case: record.caseId, name },
          },
          now,
        );
      });
      const stored = await tokenById(store.db, record.id);
      if (!stored) throw new Error("the new token was not stored");
      return { token, info: presentToken(stored, now) };
    },

    /** Administrators see every token; anyone else their own. */
    async list(caller: Caller) {
      assertSignedIn(caller);
      const own = caller.kind === "user" && !isAdmin(caller) ? caller.userId : null;
      const now = new Date();
      return (await listTokens(store.db, own)).map((t) => presentToken(t, now));
    },

    async revoke(caller: Caller, id: string) {
      assertSignedIn(caller);
      const token = isUuid(id) ? await tokenById(store.db, id) : null;
      // Someone else's token is "not found" to a non-administrator: its existence does not leak.
      if (!token || (caller.kind === "user" && !isAdmin(caller) && token.userId !== caller.userId))
        throw new NotFoundError(`token ${id}`, { code: "not-found.token", params: { id } });
      const now = new Date();
      await store.db.transaction(async (tx) => {
        await revokeToken(tx, id, now);
        await appendLog(
          tx,
          {
            actor: actorName(caller),
            action: "token.revoke",
            targetType: "token",
            targetId: id,
            reason: null,
            data: { user: token.username },
          },
          now,
        );
      });
      return presentToken((await tokenById(store.db, id)) ?? token, now);
    },
  };
}
export type TokensService = ReturnType<typeof createTokensService>;
