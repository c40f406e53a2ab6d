/**
 * Sign-in and sign-out of the web application: the password opens a session kept in the store,
 * named by an HttpOnly cookie. Sign-in is rate-limited per address and per account.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { ServiceError } from "../../services/errors.js";
import { MeSchema, SignInSchema } from "../schemas/account.schemas.js";
import { problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const WINDOW_MS = 15 * 60 * 1000;

export function sessionRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["accounts"];
  // Two limits: one address may not try many accounts, one account may not be tried from many addresses.
  const perAddress = app.createRateLimit({ max: 50, timeWindow: WINDOW_MS });
  const perAccount = app.createRateLimit({
    max: 10,
    timeWindow: WINDOW_MS,
    keyGenerator: (req) => `account:${String((req.body as { username?: unknown }).username)}`,
  });

  r.get(
    "/api/me",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Who the request is from (checks a token or the session cookie)",
        tags,
        response: { 200: MeSchema, ...problems(401) },
      },
    },
    (req, reply) => {
      const caller = callerOf(req);
      return {
        kind: caller.kind,
        name:
          caller.kind === "operator"
            ? caller.name
            : caller.kind === "user"
              ? caller.username
              : null,
        username: caller.kind === "user" ? caller.username : null,
        role: caller.kind === "user" ? caller.role : caller.kind === "operator" ? "admin" : null,
        groups: caller.kind === "user" ? [...caller.groups] : [],
        csrfToken: req.viaCookie ? reply.generateCsrf() : null,
      };
    },
  );

  r.post(
    "/api/session",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Sign in with username and password; sets the session cookie",
        tags,
        body: SignInSchema,
        response: { 200: MeSchema, ...problems(400, 401, 429) },
      },
    },
    async (req, reply) => {
      for (const limit of [perAddress, perAccount]) {
        const verdict = await limit(req);
        if (!verdict.isAllowed && verdict.isExceeded) {
          reply.header("retry-after", String(verdict.ttlInSeconds));
          const minutes = Math.ceil(verdict.ttlInSeconds / 60);
          throw new ServiceError(
            "rate-limited",
            429,
            `too many sign-in attempts; try again in ${minutes} minutes`,
            {},
            { code: "sign-in.too-many-attempts", params: { minutes } },
          );
        }
      }
      const user = await services.signIn.checkPassword(req.body.username, req.body.password);
      // A fresh session id at sign-in: an id planted before cannot be taken over.
      await req.session.regenerate();
      req.session.set("userId", user.id);
      return {
        kind: "user",
        name: user.username,
        username: user.username,
        role: user.role,
        groups: [...user.groups],
        csrfToken: reply.generateCsrf(),
      };
    },
  );

  r.delete(
    "/api/session",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Sign out: ends the session in the store and clears the cookie",
        tags,
        response: { 204: Type.Null(), ...problems(403) },
      },
    },
    async (req, reply) => {
      if (req.session.get("userId") !== undefined) await req.session.destroy();
      return reply.status(204).send(null);
    },
  );
}
