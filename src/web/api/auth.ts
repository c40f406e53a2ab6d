/**
 * The signed-in account. The session itself is an HttpOnly cookie that script cannot read; the
 * page keeps only who is signed in and the CSRF token that every state-changing request carries.
 */
import { useSyncExternalStore } from "react";
import { apiErrorOf } from "./api-error.js";

export interface Session {
  readonly username: string;
  readonly role: string;
  readonly csrfToken: string;
}

interface MeAnswer {
  kind: string;
  username: string | null;
  role: string | null;
  csrfToken: string | null;
}

const listeners = new Set<() => void>();
let current: Session | null = null;

function publish(session: Session | null): void {
  current = session;
  for (const l of listeners) l();
}

function sessionOf(me: MeAnswer): Session | null {
  return me.kind === "user" && me.username && me.role && me.csrfToken
    ? { username: me.username, role: me.role, csrfToken: me.csrfToken }
    : null;
}

export function currentSession(): Session | null {
  return current;
}

/** Asks the server who this browser is signed in as (the cookie goes along by itself). */
export async function loadSession(): Promise<void> {
  try {
    const response = await fetch("/api/me", { headers: { accept: "application/json" } });
    if (response.ok) publish(sessionOf((await response.json()) as MeAnswer));
  } catch {
    // Offline or the server is restarting: stay signed out; the next sign-in asks again.
  }
}

async function failure(response: Response): Promise<Error> {
  try {
    return await apiErrorOf(response.status, await response.json(), response.statusText);
  } catch {
    return new Error(`${response.status} ${response.statusText}`);
  }
}

export async function signIn(username: string, password: string): Promise<void> {
  const response = await fetch("/api/session", {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await failure(response);
  publish(sessionOf((await response.json()) as MeAnswer));
}

export async function signOut(): Promise<void> {
  const response = await fetch("/api/session", { method: "DELETE", headers: authHeaders() });
  if (!response.ok && response.status !== 401) throw await failure(response);
  publish(null);
}

/** The session, re-rendering the caller when someone signs in or out. */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => null,
  );
}

/** Headers every API call carries when signed in: the CSRF token (the cookie goes by itself). */
export function authHeaders(session: Session | null = current): Record<string, string> {
  return session ? { "x-csrf-token": session.csrfToken } : {};
}
