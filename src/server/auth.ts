/**
 * Works out the caller of every request before its body is read: the operator token or an API
 * token as a bearer token, else the signed-in session (cookie), else anonymous. Then the route's
 * gate (its config.gate, decided by the policy) refuses callers who may not call it at all, and a
 * state-changing request authenticated by the cookie must carry the session's CSRF token.
 */
import { timingSafeEqual } from "node:crypto";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import session from "@fastify/session";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { ANONYMOUS, type Caller } from "../services/caller.js";
import { UnauthorizedError } from "../services/errors.js";
import { assertGate, type Gate } from "../services/policies/access.policy.js";
import type { SignInService } from "../services/sign-in.service.js";
import { dbSessionStore, SESSION_MS } from "./session-store.js";

declare module "fastify" {
  interface FastifyRequest {
    /** True when the caller comes from the session cookie (CSRF applies), not a bearer token. */
    viaCookie: boolean;
  }
  interface FastifyContextConfig {
    /** Who may call the route at all; items inside are filtered by the services' policy calls. */
    gate?: Gate;
    /**
     * The answer holds no record of any case (no names, no material), so the redaction hook lets
     * it pass without reading the protected names: liveness must never wait on the store, and on
     * the embedded store a query waits for any open transaction (a large ingest) to end.
     */
    holdsNoRecords?: boolean;
    /**
     * The memorial's answers: a person whose consent to the memorial is in force is named there
     * (and only there), so the redaction hook counts that consent as well as one to publication.
     */
    memorialNames?: boolean;
  }
  interface Session {
    userId?: string;
  }
}

export const SESSION_COOKIE = "casefile_session";
/** Each request's caller, set once by the first onRequest hook; a request without one is anonymous. */
const callers = new WeakMap<FastifyRequest, Caller>();
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function operatorResolver(operatorToken: string) {
  const expected = Buffer.from(operatorToken);
  return (given: string, actorHeader: unknown): Caller | null => {
    const bytes = Buffer.from(given);
    if (bytes.length !== expected.length || !timingSafeEqual(bytes, expected)) return null;
    return {
      kind: "operator",
      name:
        typeof actorHeader === "string" && actorHeader.trim() !== ""
          ? `operator:${actorHeader.trim().slice(0, 100)}`
          : "operator",
    };
  };
}

export async function registerAuth(
  app: FastifyInstance,
  signIn: SignInService,
  operatorToken: string,
): Promise<void> {
  const operator = operatorResolver(operatorToken);
  await app.register(cookie);
  await app.register(session, {
    secret: await signIn.sessionSecret(),
    store: dbSessionStore(signIn),
    cookieName: SESSION_COOKIE,
    saveUninitialized: false,
    rolling: false,
    // Only the API reads the session: the web bundle's files are served without touching it.
    cookie: {
      path: "/api",
      httpOnly: true,
      secure: "auto",
      sameSite: "strict",
      maxAge: SESSION_MS,
    },
  });
  await app.register(csrf, {
    sessionPlugin: "@fastify/session",
    logLevel: "debug",
    getToken: (req: FastifyRequest) => {
      const value = req.headers["x-csrf-token"];
      return typeof value === "string" ? value : "";
    },
  });

  app.decorateRequest("viaCookie", false);

  app.addHook("onRequest", async (req) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match)
        throw new UnauthorizedError("the Authorization header must be 'Bearer <token>'", {
          code: "unauthorized.bearer-form",
        });
      const token = match[1] as string;
      callers.set(
        req,
        operator(token, req.headers["x-casefile-actor"]) ?? (await signIn.tokenCaller(token)),
      );
      return;
    }
    const userId = req.session?.get?.("userId");
    if (typeof userId === "string") {
      const caller = await signIn.sessionCaller(userId);
      if (caller) {
        callers.set(req, caller);
        req.viaCookie = true;
      } else {
        await req.session.destroy();
      }
    }
  });

  app.addHook("onRequest", (req, reply, done) => {
    if (req.viaCookie && !SAFE_METHODS.has(req.method)) {
      app.csrfProtection(req, reply, done);
      return;
    }
    done();
  });

  app.addHook("onRequest", async (req) => {
    const gate = req.routeOptions.config.gate;
    if (gate !== undefined) assertGate(callerOf(req), gate);
  });

  // Deny by default: an API route without a gate is a mistake, caught when the route is added.
  const table: RouteGate[] = [];
  gateTables.set(app, table);
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/")) return;
    const gate = route.config?.gate;
    if (gate === undefined)
      throw new Error(
        `route ${String(route.method)} ${route.url} has no access gate: add config: { gate } (see src/services/policies/access.policy.ts)`,
      );
    const query = propertyNames(route.schema?.querystring);
    const body = propertyNames(route.schema?.body);
    const success = successStatus(route.schema?.response);
    for (const method of [route.method].flat())
      table.push({ method, url: route.url, gate, query, body, success });
  });
}

export interface RouteGate {
  readonly method: string;
  readonly url: string;
  readonly gate: Gate;
  /** The names of the route's query parameters and JSON body fields, for generated tests. */
  readonly query: readonly string[];
  readonly body: readonly string[];
  /** The status of the route's success, as its response schema documents it (200 when none). */
  readonly success: number;
}

function successStatus(response: unknown): number {
  const codes = Object.keys((response as Record<string, unknown> | undefined) ?? {})
    .map(Number)
    .filter((code) => code >= 200 && code < 300);
  return codes.length > 0 ? Math.min(...codes) : 200;
}

function propertyNames(schema: unknown): readonly string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}
const gateTables = new WeakMap<FastifyInstance, RouteGate[]>();

/** Every API route with its gate, as registered: what the authorisation matrix test walks. */
export function routeGates(app: FastifyInstance): readonly RouteGate[] {
  return gateTables.get(app) ?? [];
}

/** The caller of a request, worked out by the onRequest hook above. */
export function callerOf(request: FastifyRequest): Caller {
  return callers.get(request) ?? ANONYMOUS;
}
export type CallerResolver = typeof callerOf;
