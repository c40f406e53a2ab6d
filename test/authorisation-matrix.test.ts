/**
 * The authorisation matrix, generated from the server's route table: every API route is called
 * by every kind of caller, and the answer must be exactly what the route's gate allows — 401 for
 * an anonymous caller or a dead token where a sign-in is needed, 403 for too small a role or
 * scope, and for everyone allowed, an answer that is neither of those nor a server error. A new
 * route without a gate cannot even be registered, so it fails every suite that builds the app.
 * Every read route on one item (source, claim, person list) is also called on an item of each
 * access level, by a team granted the items, an admin outside the team, another group's member and
 * a case-scoped token: exactly the operator's answer where the caller may see the item, 404
 * where not; lists and totals hold exactly the visible items. Every method of the CLI's remote
 * port (what each command calls while a server holds the store) is called with each kind of
 * token, and every request it makes must be answered as the gate of the route it reached says.
 */
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remotePort } from "../src/cli/port/remote-port.js";
import { registerAuth, routeGates } from "../src/server/auth.js";
import { STORE_TARGETS } from "./support/databases.js";
import {
  type InProcessApp,
  inProcessApp,
  OPERATOR,
  OPERATOR_TOKEN,
  sessionCookieOf,
} from "./support/in-process-app.js";

const PASSWORD = "matrix password 1";
const UUID = "00000000-0000-4000-8000-000000000000";
const NOTE = {
  bytes: new TextEncoder().encode("A note from the CLI matrix.\n"),
  fileName: "n.txt",
};
/** Arguments for the port methods that a UUID and empty objects do not carry to the server. */
const CLI_ARGS: Record<string, unknown[]> = {
  ingestFile: [{ ...NOTE, origin: "cli", metadata: {} }],
  caseView: ["khojaly-1992", "overview"],
  importList: [{ ...NOTE, fileName: "l.csv", origin: "cli", name: "cli-list" }],
  registryHistories: [[]],
  startBatch: [{ files: [{ ...NOTE, origin: "cli" }], metadata: {} }],
};
type Headers = Record<string, string>;
interface CallerCase {
  readonly name: string;
  /** The role the gate compares (null: nobody signed in, or a token that is refused). */
  readonly role: "viewer" | "editor" | "reviewer" | "admin" | null;
  readonly deadToken?: boolean;
  /** The access levels of the fixture's items this caller may see (by level or by grant). */
  readonly sees: readonly Level[];
  headers: Headers;
}

type Level = "public" | "restricted" | "confidential" | "sealed";
const LEVELS: readonly Level[] = ["public", "restricted", "confidential", "sealed"];
const ALL = LEVELS;
const BY_ROLE: readonly Level[] = ["public", "restricted"];
const ADMIN: readonly Level[] = ["public", "restricted", "confidential"];

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
  const callers: CallerCase[] = [{ name: "anonymous", role: null, sees: ["public"], headers: {} }];
  /** Every request the application answered: the route it reached and its status. */
  const reached: { method: string; url: string; status: number; authorization: string }[] = [];
  /** One source, one of its claims and one person list per access level. */
  const items = new Map<Level, { source: string; claim: string; list: string }>();
  const signInAs = async (username: string) => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username, password: PASSWORD },
    });
    return {
      cookie: sessionCookieOf(res.headers["set-cookie"]),
      "x-csrf-token": res.json<{ csrfToken: string }>().csrfToken,
    };
  };
  beforeAll(async () => {
    t = await inProcessApp(target, (app) =>
      app.addHook("onResponse", async (req, reply) => {
        reached.push({
          method: req.method,
          url: req.routeOptions.url ?? "",
          status: reply.statusCode,
          authorization: req.headers.authorization ?? "",
        });
      }),
    );
    // The team (viewer, editor, reviewer) is granted the restricted, confidential and sealed
    // items; the admin is not in it (sees confidential by role, never sealed); an outsider
    // reviewer belongs to another group and sees only what every signed-in member sees.
    await t.services.accounts.addGroup(OPERATOR, "team");
    await t.services.accounts.addGroup(OPERATOR, "others");
    for (const role of ["viewer", "editor", "reviewer", "admin"] as const) {
      await t.services.accounts.addUser(OPERATOR, { username: role, role, password: PASSWORD });
      if (role !== "admin") await t.services.accounts.setMember(OPERATOR, "team", role, true);
      callers.push({
        name: `${role} (session)`,
        role,
        sees: role === "admin" ? ADMIN : ALL,
        headers: await signInAs(role),
      });
    }
    await t.services.accounts.addUser(OPERATOR, {
      username: "outsider",
      role: "reviewer",
      password: PASSWORD,
    });
    await t.services.accounts.setMember(OPERATOR, "others", "outsider", true);
    callers.push({
      name: "other group's member",
      role: "reviewer",
      sees: BY_ROLE,
      headers: await signInAs("outsider"),
    });
    for (const level of LEVELS) {
      const ingest = await t.services.ingest.ingestFile(OPERATOR, {
        bytes: new TextEncoder().encode(
          `A ${level} note\n\nAbout 200 people were killed in the village on 26 February 1992 (${level}).\n`,
        ),
        fileName: `${level}.txt`,
        origin: "upload",
        metadata: { title: `A ${level} note`, access: level },
      });
      const source = ingest.source.id;
      const [claim] = await t.services.store.db.query<{ id: string }>(
        "SELECT id FROM claims WHERE source_id = $1 ORDER BY id LIMIT 1",
        [source],
      );
      const list = await t.services.registry.importList(OPERATOR, {
        bytes: new TextEncoder().encode(`name,age\nPerson ${level},30\n`),
        fileName: `${level}.csv`,
        origin: "upload",
        name: `list-${level}`,
        access: level,
      });
      if (!claim) throw new Error(`no claim was proposed from the ${level} note`);
      items.set(level, { source, claim: claim.id, list: list.list.id });
      if (level !== "public")
        for (const [targetType, target] of [
          ["source", source],
          ["person_list", list.list.id],
        ] as const)
          await t.services.grants.grant(OPERATOR, { targetType, target, principal: "group:team" });
    }
    const read = await t.services.tokens.create(OPERATOR, {
      username: "admin",
      name: "read",
      scope: "read",
    });
    callers.push({
      name: "admin's read-scoped token",
      role: "viewer",
      sees: ADMIN,
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
      sees: ADMIN,
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
      sees: [],
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
      sees: [],
      deadToken: true,
      headers: { authorization: `Bearer ${revoked.token}` },
    });
    // A team member's token limited to a case that holds none of the items: it sees none of them.
    const scoped = await t.services.tokens.create(OPERATOR, {
      username: "viewer",
      name: "case",
      scope: "read",
      caseId: "another-case",
    });
    callers.push({
      name: "viewer's case-scoped token",
      role: "viewer",
      sees: [],
      headers: { authorization: `Bearer ${scoped.token}` },
    });
  });
  afterAll(() => t.dispose());

  /** A read route on one item, with the item of the given level in its path. */
  function itemUrl(url: string, level: Level): string | null {
    const item = items.get(level);
    if (!item) throw new Error(`no ${level} item`);
    const id =
      url.startsWith("/api/sources/:id") || url === "/api/:target/:id/grades"
        ? item.source
        : url.startsWith("/api/claims/:id")
          ? item.claim
          : url.startsWith("/api/lists/:id")
            ? item.list
            : null;
    if (id === null) return null;
    return url.replace(":target", "sources").replace(":id", id).replace(":role", "thumbnail");
  }

  it("answers every read route on an item × caller × access level exactly", async () => {
    const routes = routeGates(t.app).filter(
      (r) => r.method === "GET" && itemUrl(r.url, "public") !== null,
    );
    expect(routes.length).toBeGreaterThan(8);
    const wrong: string[] = [];
    for (const route of routes)
      for (const level of LEVELS) {
        const url = itemUrl(route.url, level) as string;
        // What the item answers to someone who sees everything; the others get that or 404.
        const baseline = (
          await t.app.inject({ url, headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } })
        ).statusCode;
        if (baseline >= 500 || baseline === 401 || baseline === 403)
          wrong.push(`GET ${route.url} (${level}) as operator: ${baseline}`);
        for (const caller of callers) {
          const gate = expected(route.gate, caller);
          const want =
            gate !== "allowed" ? Number(gate) : caller.sees.includes(level) ? baseline : 404;
          const got = (await t.app.inject({ url, headers: caller.headers })).statusCode;
          if (got !== want)
            wrong.push(`GET ${route.url} (${level}) as ${caller.name}: ${got}, expected ${want}`);
        }
      }
    expect(wrong).toEqual([]);
  }, 300_000);

  it("lists and counts only the items each caller may see", async () => {
    const wrong: string[] = [];
    for (const caller of callers) {
      if (caller.role === null && caller.deadToken) continue;
      const sources = await t.app.inject({
        url: "/api/sources?limit=100",
        headers: caller.headers,
      });
      const lists = await t.app.inject({ url: "/api/lists", headers: caller.headers });
      const seen = (ids: string[], key: "source" | "list") =>
        LEVELS.filter((l) => ids.includes(items.get(l)?.[key] ?? "")).join(",");
      const want = caller.sees.join(",");
      const sourceIds = sources.json<{ items: { id: string }[] }>().items.map((i) => i.id);
      if (seen(sourceIds, "source") !== want)
        wrong.push(`sources as ${caller.name}: ${seen(sourceIds, "source")}, expected ${want}`);
      if (sources.json<{ total: number }>().total !== caller.sees.length)
        wrong.push(`source total as ${caller.name}: ${sources.json<{ total: number }>().total}`);
      if (lists.statusCode === 200) {
        const listIds = lists.json<{ items: { id: string }[] }>().items.map((i) => i.id);
        if (seen(listIds, "list") !== want)
          wrong.push(`lists as ${caller.name}: ${seen(listIds, "list")}, expected ${want}`);
      } else if (caller.role !== null) wrong.push(`lists as ${caller.name}: ${lists.statusCode}`);
    }
    expect(wrong).toEqual([]);
  });

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

  it("answers each CLI command through the server (remote port) exactly as its route's gate says", async () => {
    const url = await t.app.listen({ port: 0, host: "127.0.0.1" });
    // The CLI reaches a server with a token: one per role (scoped to that role), and the
    // token callers above (scoped, case-scoped, expired, revoked).
    const cliCallers: CallerCase[] = callers.filter((c) => c.headers.authorization);
    for (const [role, scope] of [
      ["viewer", "read"],
      ["editor", "write"],
      ["reviewer", "write"],
      ["admin", "admin"],
      ["outsider", "write"],
    ] as const) {
      const made = await t.services.tokens.create(OPERATOR, { username: role, name: "cli", scope });
      cliCallers.push({
        name: `${role}'s ${scope} token`,
        role: role === "outsider" ? "reviewer" : role,
        sees: [],
        headers: { authorization: `Bearer ${made.token}` },
      });
    }
    const gates = new Map(routeGates(t.app).map((r) => [`${r.method} ${r.url}`, r.gate]));
    const probe = remotePort({ pid: process.pid, url, token: "none" });
    const methods = Object.keys(probe).filter(
      (m) => m !== "via" && m !== "close" && typeof probe[m as keyof typeof probe] === "function",
    );
    const wrong: string[] = [];
    const exercised = new Set<string>();
    for (const method of methods)
      for (const caller of cliCallers) {
        const token = (caller.headers.authorization ?? "").replace(/^Bearer /, "");
        const port = remotePort({ pid: process.pid, url, token }) as unknown as Record<
          string,
          (...args: unknown[]) => Promise<unknown>
        >;
        const from = reached.length;
        try {
          await port[method]?.(...(CLI_ARGS[method] ?? [UUID, {}, {}]));
        } catch {
          // A refusal is the point; the status is read from what the server answered.
        }
        for (const r of reached.slice(from)) {
          // A path no route has (the dummy arguments made one up) is a 404 of no route's gate.
          if (r.authorization !== `Bearer ${token}` || r.url === "") continue;
          exercised.add(method);
          const gate = gates.get(`${r.method} ${r.url}`);
          if (gate === undefined) {
            wrong.push(`${method} reached ${r.method} ${r.url}, a route without a gate`);
            continue;
          }
          const want = expected(gate, caller);
          const ok =
            want === "allowed"
              ? r.status !== 401 && r.status !== 403 && r.status < 500
              : String(r.status) === want;
          if (!ok)
            wrong.push(
              `casefile ${method} (${r.method} ${r.url}) as ${caller.name}: ${r.status}, expected ${want}`,
            );
        }
      }
    expect(wrong).toEqual([]);
    console.log(
      "not exercised",
      methods.filter((m) => !exercised.has(m)),
    );
    expect(exercised.size).toBeGreaterThan(methods.length * 0.8);
  }, 300_000);

  it("refuses to register an API route without a gate", async () => {
    const bare = Fastify();
    await registerAuth(bare, t.services.signIn, "x".repeat(64));
    expect(() => bare.get("/api/ungated", () => "open")).toThrow(/no access gate/);
    await bare.close();
  });
});
