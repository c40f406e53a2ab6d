/**
 * The authorisation matrix, generated from the server's route table: every API route is called
 * by every kind of caller, and the answer must be exactly what the route's gate allows — 401 for
 * an anonymous caller or a dead token where a sign-in is needed, 403 for too small a role or
 * scope, and for everyone allowed, an answer that is neither of those nor a server error. A new
 * route without a gate cannot even be registered, so it fails every suite that builds the app.
 */
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAuth, routeGates } from "../src/server/auth.js";
import { STORE_TARGETS } from "./support/databases.js";
import {
  type InProcessApp,
  inProcessApp,
  OPERATOR,
  sessionCookieOf,
} from "./support/in-process-app.js";

const PASSWORD = "matrix password 1";
type Headers = Record<string, string>;
interface CallerCase {
  readonly name: string;
  /** The role the gate compares (null: nobody signed in, or a token that is refused). */
  readonly role: "viewer" | "editor" | "reviewer" | "admin" | null;
  readonly deadToken?: boolean;
  headers: Headers;
}

const RANK = { viewer: 0, editor: 1, reviewer: 2, admin: 3 } as const;

function expected(gate: string, caller: CallerCase): "401" | "403" | "allowed" {
  if (caller.deadToken) return "401";
  if (gate === "anyone") return "allowed";
  if (caller.role === null) return "401";
  if (gate === "signed-in" || gate === "viewer") return "allowed";
  return RANK[caller.role] >= RANK[gate as keyof typeof RANK] ? "allowed" : "403";
}

function concrete(url: string): string {
  return url
    .replace(":id", "00000000-0000-4000-8000-000000000000")
    .replace(":username", "nobody")
    .replace(":name", "nogroup");
}

const target = STORE_TARGETS[0];
if (!target) throw new Error("no store target");

describe("authorisation matrix over every API route", () => {
  let t: InProcessApp;
  const callers: CallerCase[] = [{ name: "anonymous", role: null, headers: {} }];
  beforeAll(async () => {
    t = await inProcessApp(target);
    for (const role of ["viewer", "editor", "reviewer", "admin"] as const) {
      await t.services.accounts.addUser(OPERATOR, { username: role, role, password: PASSWORD });
      const res = await t.app.inject({
        method: "POST",
        url: "/api/session",
        payload: { username: role, password: PASSWORD },
      });
      callers.push({
        name: `${role} (session)`,
        role,
        headers: {
          cookie: sessionCookieOf(res.headers["set-cookie"]),
          "x-csrf-token": res.json<{ csrfToken: string }>().csrfToken,
        },
      });
    }
    const read = await t.services.tokens.create(OPERATOR, {
      username: "admin",
      name: "read",
      scope: "read",
    });
    callers.push({
      name: "admin's read-scoped token",
      role: "viewer",
      headers: { authorization: `Bearer ${read.token}` },
    });
    const write = await t.services.tokens.create(OPERATOR, {
      username: "admin",
      name: "write",
      scope: "write",
    });
    callers.push({
      name: "admin's write-scoped token",
      role: "reviewer",
      headers: { authorization: `Bearer ${write.token}` },
    });
    const expiring = await t.services.tokens.create(OPERATOR, {
      username: "admin",
      name: "old",
      scope: "admin",
      expiresInDays: 1,
    });
    await t.services.store.db.query(
      "UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1",
      [expiring.info.id],
    );
    callers.push({
      name: "expired token",
      role: null,
      deadToken: true,
      headers: { authorization: `Bearer ${expiring.token}` },
    });
    const revoked = await t.services.tokens.create(OPERATOR, {
      username: "admin",
      name: "gone",
      scope: "admin",
    });
    await t.services.tokens.revoke(OPERATOR, revoked.info.id);
    callers.push({
      name: "revoked token",
      role: null,
      deadToken: true,
      headers: { authorization: `Bearer ${revoked.token}` },
    });
  });
  afterAll(() => t.dispose());

  it("covers every route of the table", () => {
    const routes = routeGates(t.app);
    expect(routes.length).toBeGreaterThan(30);
    for (const path of ["/api/sources", "/api/users", "/api/tokens", "/api/session"])
      expect(routes.some((r) => r.url === path)).toBe(true);
  });

  it("answers every route × caller exactly as the gate says", async () => {
    // Signing out ends the session the other rows use: it goes last.
    const routes = [...routeGates(t.app)]
      .filter((r) => r.method !== "HEAD")
      .sort((a, b) => Number(a.url === "/api/session") - Number(b.url === "/api/session"));
    const wrong: string[] = [];
    for (const route of routes) {
      for (const caller of callers) {
        const body = route.method === "GET" ? undefined : {};
        const res = await t.app.inject({
          method: route.method as "GET",
          url: concrete(route.url),
          headers: caller.headers,
          ...(body ? { payload: body } : {}),
        });
        const want = expected(route.gate, caller);
        const got = res.statusCode;
        const ok =
          want === "allowed" ? got !== 401 && got !== 403 && got < 500 : String(got) === want;
        if (!ok)
          wrong.push(`${route.method} ${route.url} as ${caller.name}: ${got}, expected ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it("refuses to register an API route without a gate", async () => {
    const bare = Fastify();
    await registerAuth(bare, t.services.signIn, "x".repeat(64));
    expect(() => bare.get("/api/ungated", () => "open")).toThrow(/no access gate/);
    await bare.close();
  });
});
