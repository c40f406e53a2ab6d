/** Accounts and tokens as they leave the system: never a password hash, never a token hash. */
import type { UserRecord } from "../../store/accounts.repository.js";
import type { TokenRecord } from "../../store/tokens.repository.js";

export function presentUser(u: UserRecord) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    groups: [...u.groups],
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
  };
}
export type UserView = ReturnType<typeof presentUser>;

export function presentToken(t: TokenRecord, now: Date) {
  const state =
    t.revokedAt !== null
      ? "revoked"
      : t.expiresAt !== null && t.expiresAt <= now
        ? "expired"
        : "active";
  return {
    id: t.id,
    username: t.username,
    name: t.name,
    scope: t.scope,
    caseId: t.caseId,
    state,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  };
}
export type TokenView = ReturnType<typeof presentToken>;
