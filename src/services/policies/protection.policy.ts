/**
 * Who may see a case's protected names (and the names of persons without consent to
 * publication): the local operator, and a user granted the case — its team, a group, or the user
 * by name — through a session or a token not limited to another case. Nobody else, whatever their
 * role: an administrator who needs the names grants them to themself, and that grant is logged.
 */
import type { Caller } from "../caller.js";
import type { GrantView } from "./access.policy.js";

export function maySeeProtectedNames(
  caller: Caller,
  caseId: string,
  caseGrants: readonly GrantView[],
): boolean {
  if (caller.kind === "operator") return true;
  if (caller.kind !== "user") return false;
  if (caller.token?.caseId && caller.token.caseId !== caseId) return false;
  const mine = new Set([`user:${caller.username}`, ...caller.groups.map((g) => `group:${g}`)]);
  return caseGrants.some((g) => mine.has(g.principal));
}
