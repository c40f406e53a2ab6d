/** Roles of accounts and scopes of API tokens, ordered from least to most power. */
export const ROLES = ["viewer", "editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const TOKEN_SCOPES = ["read", "write", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function isTokenScope(value: unknown): value is TokenScope {
  return typeof value === "string" && (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** True when role `a` carries at least the powers of role `b`. */
export function roleAtLeast(a: Role, b: Role): boolean {
  return ROLES.indexOf(a) >= ROLES.indexOf(b);
}

/** The most a token of this scope may do, whatever its owner's role: read-only, or no administration. */
const SCOPE_CEILING: Record<TokenScope, Role> = {
  read: "viewer",
  write: "reviewer",
  admin: "admin",
};

export function cappedRole(role: Role, scope: TokenScope | null): Role {
  if (scope === null) return role;
  const ceiling = SCOPE_CEILING[scope];
  return roleAtLeast(role, ceiling) ? ceiling : role;
}

/** Usernames and group names: lower-case letters, digits, '.', '_' and '-', 2 to 63 characters. */
export const ACCOUNT_NAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** Names the activity log uses for who is not an account ("operator", "cli:…"): no account may take them. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  "operator",
  "anonymous",
  "cli",
  "system",
]);

/** True when an actor name in the log is an account's username (not the operator's). */
export function isAccountActor(actor: string): boolean {
  return ACCOUNT_NAME.test(actor) && !RESERVED_NAMES.has(actor);
}
