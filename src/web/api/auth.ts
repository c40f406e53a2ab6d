/**
 * The operator's sign-in: the bearer token (and an optional name recorded as the actor) kept in
 * sessionStorage, so it ends with the tab and never reaches disk beyond the browser session.
 */
import { useSyncExternalStore } from "react";

export interface Session {
  readonly token: string;
  readonly actor: string;
}

const KEY = "casefile.session";
const listeners = new Set<() => void>();
let cached: Session | null | undefined;

function read(): Session | null {
  if (cached !== undefined) return cached;
  try {
    const raw = sessionStorage.getItem(KEY);
    cached = raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    cached = null;
  }
  return cached;
}

export function currentSession(): Session | null {
  return read();
}

export function signIn(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  cached = session;
  for (const l of listeners) l();
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  cached = null;
  for (const l of listeners) l();
}

/** The session, re-rendering the caller when someone signs in or out. */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => null,
  );
}

/** Headers every API call carries: the bearer token and the actor name when signed in. */
export function authHeaders(session: Session | null = read()): Record<string, string> {
  if (!session) return {};
  const headers: Record<string, string> = { authorization: `Bearer ${session.token}` };
  if (session.actor) headers["x-casefile-actor"] = session.actor;
  return headers;
}
