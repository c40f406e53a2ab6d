/**
 * Who is asking. Anonymous readers see only public material; the local operator (the CLI on the
 * store's machine, or a holder of the server's operator token) may do everything; a user acts
 * with their role, through a signed-in session or an API token that may narrow it (scope, case).
 */
import type { Role, TokenScope } from "../core/model/account.js";

export interface CallerToken {
  readonly id: string;
  readonly scope: TokenScope;
  /** A token limited to one case sees and changes only that case's material. */
  readonly caseId: string | null;
}

export type Caller =
  | { readonly kind: "anonymous" }
  | { readonly kind: "operator"; readonly name: string }
  | {
      readonly kind: "user";
      readonly userId: string;
      readonly username: string;
      readonly role: Role;
      /** Names of the groups the user belongs to. */
      readonly groups: readonly string[];
      /** null when signed in with a session; the token otherwise. */
      readonly token: CallerToken | null;
    };

export type UserCaller = Extract<Caller, { kind: "user" }>;

export const ANONYMOUS: Caller = Object.freeze({ kind: "anonymous" });

/** The name written into the activity log for a change made by this caller. */
export function actorName(caller: Caller): string {
  if (caller.kind === "operator") return caller.name;
  if (caller.kind === "user") return caller.username;
  return "anonymous";
}
