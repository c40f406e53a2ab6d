/**
 * Who is asking. Anonymous readers see only public material; the local operator (the CLI on the
 * store's machine, or a holder of the server's operator token) may do everything. Accounts with
 * roles (viewer, editor, admin) and API tokens extend this union.
 */
export type Caller =
  | { readonly kind: "anonymous" }
  | { readonly kind: "operator"; readonly name: string };

export const ANONYMOUS: Caller = Object.freeze({ kind: "anonymous" });

/** The name written into the activity log for a change made by this caller. */
export function actorName(caller: Caller): string {
  return caller.kind === "operator" ? caller.name : "anonymous";
}
