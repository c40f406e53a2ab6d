/**
 * The one place that decides what a caller may see and do. Every service asks here; no handler
 * decides on its own, so restricted material cannot leak through a forgotten branch.
 *
 * Levels: public (anyone), restricted (any signed-in member of the team), confidential
 * (administrators, and users or groups granted the item), sealed (only those granted it). A
 * case-scoped token sees nothing outside its case. A claim is seen only with its source, a part
 * only with its compilation (its level is never below the compilation's), a record with its list.
 * Roles: viewer reads; editor also adds and edits; reviewer also confirms and rejects; admin also
 * administers. A token never does more than its scope allows (read, write, admin).
 */

import type { AccessLevel } from "../../core/model/access.js";
import { cappedRole, type Role, roleAtLeast } from "../../core/model/account.js";
import type { Caller } from "../caller.js";
import { ForbiddenError, UnauthorizedError } from "../errors.js";

/** The role a caller acts with: a user's role, capped by their token's scope. */
export function effectiveRole(caller: Caller): Role | null {
  if (caller.kind === "anonymous") return null;
  if (caller.kind === "operator") return "admin";
  return cappedRole(caller.role, caller.token?.scope ?? null);
}

/** The access levels a caller may see, in lists, details, counts, search and exports alike. */
/** The access levels a caller sees without a grant. Queries use visibilityKeys, which adds grants and case scope. */
export function visibleAccessLevels(caller: Caller): readonly AccessLevel[] {
  if (caller.kind === "operator") return ["public", "restricted", "confidential", "sealed"];
  if (caller.kind === "anonymous") return ["public"];
  return caller.role === "admin"
    ? ["public", "restricted", "confidential"]
    : ["public", "restricted"];
}

/** The level alone; for an item that can carry grants or belong to a case, use maySeeItem. */
export function maySee(caller: Caller, access: AccessLevel): boolean {
  return visibleAccessLevels(caller).includes(access);
}

/**
 * The caller's visibility as the keys the store's `casefile_may_see` reads: levels seen without
 * a grant, the principals grants may name, and the case a case-scoped token is limited to.
 */
export function visibilityKeys(caller: Caller): string[] {
  const keys = visibleAccessLevels(caller).map((level) => `level:${level}`);
  if (caller.kind !== "user") return keys;
  keys.push(`principal:user:${caller.username}`);
  for (const group of caller.groups) keys.push(`principal:group:${group}`);
  if (caller.token?.caseId) keys.push("case-scoped", `case:${caller.token.caseId}`);
  return keys;
}

export interface GrantView {
  readonly principal: string;
  readonly mode: "read" | "write";
}

/** What decides whether one item is visible: its level, the grants on it (and on what it derives from), its case. */
export interface GuardedItem {
  readonly access: AccessLevel;
  readonly grants: readonly GrantView[];
  readonly caseId: string | null;
}

function granted(caller: Caller, grants: readonly GrantView[], write: boolean): boolean {
  if (caller.kind !== "user") return false;
  const mine = new Set([`user:${caller.username}`, ...caller.groups.map((g) => `group:${g}`)]);
  return grants.some((g) => mine.has(g.principal) && (!write || g.mode === "write"));
}

/** The same decision as the store's casefile_may_see, for one item already read. */
export function maySeeItem(caller: Caller, item: GuardedItem): boolean {
  const caseId = caller.kind === "user" ? (caller.token?.caseId ?? null) : null;
  if (caseId !== null && item.caseId !== caseId) return false;
  return maySee(caller, item.access) || granted(caller, item.grants, false);
}

/**
 * Throws unless the caller may change this item: an editor's role, and for confidential or
 * sealed material a write grant (administrators may change confidential material without one).
 */
export function assertMayChangeItem(caller: Caller, item: GuardedItem): void {
  assertMayWrite(caller);
  if (item.access === "public" || item.access === "restricted") return;
  if (caller.kind === "operator") return;
  if (item.access === "confidential" && effectiveRole(caller) === "admin") return;
  if (!granted(caller, item.grants, true))
    throw new ForbiddenError(`changing ${item.access} material needs a write grant on it`, {
      code: "forbidden.write-grant",
      params: { level: item.access },
    });
}

function assertRole(caller: Caller, needed: Role, doing: string): void {
  const role = effectiveRole(caller);
  if (role === null)
    throw new UnauthorizedError(`${doing} needs you to sign in`, { code: "sign-in.needed" });
  if (!roleAtLeast(role, needed)) {
    const why =
      caller.kind === "user" && caller.token && roleAtLeast(caller.role, needed)
        ? `this token's scope is "${caller.token.scope}"`
        : `your role is ${role}`;
    throw new ForbiddenError(`${doing} needs the ${needed} role; ${why}`, {
      code: "forbidden.role",
      params: { role: needed },
    });
  }
}

/** Throws unless the caller may change the archive (ingest, edit, delete, propose, link). */
export function assertMayWrite(caller: Caller): void {
  assertRole(caller, "editor", "changing the archive");
}

/** Throws unless the caller may confirm or reject claims and links. */
export function assertMayReview(caller: Caller): void {
  assertRole(caller, "reviewer", "reviewing");
}

/** Throws unless the caller may run administrative checks (verify, the full activity log, accounts). */
export function assertMayAdminister(caller: Caller): void {
  assertRole(caller, "admin", "this");
}

/** Throws unless the caller is someone (any role): reading one's own account, tokens. */
export function assertSignedIn(caller: Caller): void {
  if (caller.kind === "anonymous")
    throw new UnauthorizedError("this needs you to sign in", { code: "sign-in.needed" });
}

/**
 * Who may call an operation at all, before any item is looked at: anyone, anyone signed in, or a
 * role. Every HTTP route names its gate; items inside are then filtered by the functions above.
 */
export const GATES = ["anyone", "signed-in", "viewer", "editor", "reviewer", "admin"] as const;
export type Gate = (typeof GATES)[number];

export function assertGate(caller: Caller, gate: Gate): void {
  if (gate === "anyone") return;
  if (gate === "signed-in" || gate === "viewer") {
    assertSignedIn(caller);
    return;
  }
  assertRole(
    caller,
    gate,
    gate === "editor" ? "changing the archive" : gate === "reviewer" ? "reviewing" : "this",
  );
}
