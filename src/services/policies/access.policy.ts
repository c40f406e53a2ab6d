/**
 * The one place that decides what a caller may see and do. Every service asks here; no handler
 * decides on its own, so restricted material cannot leak through a forgotten branch.
 */
import type { AccessLevel } from "../../core/model/access.js";
import type { Caller } from "../caller.js";
import { ForbiddenError, UnauthorizedError } from "../errors.js";

/** The access levels a caller may see, in lists, details, counts, search and exports alike. */
export function visibleAccessLevels(caller: Caller): readonly AccessLevel[] {
  return caller.kind === "operator" ? ["public", "restricted", "confidential"] : ["public"];
}

export function maySee(caller: Caller, access: AccessLevel): boolean {
  return visibleAccessLevels(caller).includes(access);
}

/** Throws unless the caller may change the archive (ingest, edit, review, delete). */
export function assertMayWrite(caller: Caller): void {
  if (caller.kind === "anonymous")
    throw new UnauthorizedError("changing the archive needs an account or the operator token");
}

/** Throws unless the caller may run administrative checks (verify, the full activity log). */
export function assertMayAdminister(caller: Caller): void {
  if (caller.kind === "anonymous")
    throw new UnauthorizedError("this needs an account or the operator token");
  if (caller.kind !== "operator") throw new ForbiddenError("this needs the admin role");
}
