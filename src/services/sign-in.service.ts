/**
 * Who a request comes from: a password checked at sign-in (the session then names the user), or
 * an API token. The user is read again on every request, so a disabled account or a changed
 * role takes effect at once; an expired or revoked token is refused with the reason.
 */
import { createHash, randomBytes } from "node:crypto";
import { ACCOUNT_NAME } from "../core/model/account.js";
import { type UserRecord, userById, userByName } from "../store/accounts.repository.js";
import type { Store } from "../store/open-store.js";
import {
  deleteExpiredSessions,
  deleteSession,
  readSession,
  serverSecret,
  writeSession,
} from "../store/sessions.repository.js";
import { tokenByHash, touchToken } from "../store/tokens.repository.js";
import type { Caller, CallerToken } from "./caller.js";
import { UnauthorizedError } from "./errors.js";
import { dummyPasswordHash, verifyPassword } from "./passwords.js";

export const TOKEN_PREFIX = "cf_";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function userCaller(user: UserRecord, token: CallerToken | null): Caller {
  return {
    kind: "user",
    userId: user.id,
    username: user.username,
    role: user.role,
    groups: user.groups,
    token,
  };
}

export function createSignInService(store: Store) {
  return {
    /** The user whose password this is; one message for every failure, so names do not leak. */
    async checkPassword(username: string, password: string): Promise<UserRecord> {
      const user = ACCOUNT_NAME.test(username) ? await userByName(store.db, username) : null;
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
      if (!user || !ok || user.disabledAt !== null)
        throw new UnauthorizedError("the username or the password is wrong", {
          code: "sign-in.wrong-password",
        });
      return user;
    },

    /** The caller a signed-in session stands for, or null when the account is gone or disabled. */
    async sessionCaller(userId: string): Promise<Caller | null> {
      const user = await userById(store.db, userId);
      return user && user.disabledAt === null ? userCaller(user, null) : null;
    },

    /** The caller an API token stands for; refuses unknown, expired and revoked tokens. */
    async tokenCaller(token: string): Promise<Caller> {
      const record = token.startsWith(TOKEN_PREFIX)
        ? await tokenByHash(store.db, sha256Hex(token))
        : null;
      if (!record)
        throw new UnauthorizedError("the token is not valid", {
          code: "unauthorized.token-invalid",
        });
      const now = new Date();
      if (record.revokedAt !== null)
        throw new UnauthorizedError("the token has been revoked", {
          code: "unauthorized.token-revoked",
        });
      if (record.expiresAt !== null && record.expiresAt <= now)
        throw new UnauthorizedError("the token has expired", {
          code: "unauthorized.token-expired",
        });
      const user = await userById(store.db, record.userId);
      if (!user || user.disabledAt !== null)
        throw new UnauthorizedError("the token's account is disabled", {
          code: "unauthorized.account-disabled",
        });
      await touchToken(store.db, record.id, now);
      return userCaller(user, { id: record.id, scope: record.scope, caseId: record.caseId });
    },

    /** The key that signs session cookies: made once, kept in the store, shared by every server process. */
    sessionSecret(): Promise<string> {
      return serverSecret(store.db, "session-cookie", randomBytes(48).toString("base64url"));
    },

    sessions: {
      async get(id: string): Promise<Record<string, unknown> | null> {
        return (await readSession(store.db, sha256Hex(id), new Date()))?.data ?? null;
      },
      async set(id: string, data: Record<string, unknown>, expiresAt: Date): Promise<void> {
        const now = new Date();
        const userId = typeof data.userId === "string" ? data.userId : null;
        await writeSession(store.db, {
          idSha256: sha256Hex(id),
          userId,
          data: JSON.stringify(data),
          now,
          expiresAt,
        });
        // Old rows go when new ones come: no timer, no growth.
        if (Math.random() < 0.05) await deleteExpiredSessions(store.db, now);
      },
      destroy: (id: string) => deleteSession(store.db, sha256Hex(id)),
    },
  };
}
export type SignInService = ReturnType<typeof createSignInService>;
