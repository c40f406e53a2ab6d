/** @fastify/session's store interface over the sessions table (through the sign-in service). */
import type { SessionStore } from "@fastify/session";
import type { Session } from "fastify";
import type { SignInService } from "../services/sign-in.service.js";

/** How long a sign-in lasts; a new sign-in is needed after it. */
export const SESSION_MS = 12 * 60 * 60 * 1000;

export function dbSessionStore(signIn: SignInService): SessionStore {
  return {
    set(id, session, callback) {
      const data = JSON.parse(JSON.stringify(session)) as Record<string, unknown>;
      const cookie = data.cookie as { expires?: string } | undefined;
      const expiresAt = cookie?.expires
        ? new Date(cookie.expires)
        : new Date(Date.now() + SESSION_MS);
      signIn.sessions.set(id, data, expiresAt).then(() => callback(), callback);
    },
    get(id, callback) {
      signIn.sessions.get(id).then(
        (data) => callback(null, data as Session | null),
        (error: Error) => callback(error, null),
      );
    },
    destroy(id, callback) {
      signIn.sessions.destroy(id).then(() => callback(), callback);
    },
  };
}
