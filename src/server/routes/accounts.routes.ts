/** Accounts, groups and API tokens over HTTP: the same service calls as `casefile user|group|token`. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { InvalidInputError } from "../../services/errors.js";
import {
  GroupSchema,
  MemberParams,
  NewTokenSchema,
  NewUserSchema,
  TokenSchema,
  UsernameParams,
  UserPatchSchema,
  UserSchema,
} from "../schemas/account.schemas.js";
import { IdParams, Nullable, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function accountsRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["accounts"];

  r.get(
    "/api/users",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Every account",
        tags,
        response: { 200: Type.Array(UserSchema), ...problems(401, 403) },
      },
    },
    (req) => services.accounts.list(callerOf(req)),
  );
  r.post(
    "/api/users",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Add an account; without a password, one is generated and returned once",
        tags,
        body: NewUserSchema,
        response: {
          201: Type.Object({ user: UserSchema, password: Nullable(Type.String()) }),
          ...problems(400, 401, 403, 409),
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.accounts.addUser(callerOf(req), req.body)),
  );
  r.patch(
    "/api/users/:username",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Change an account's role, or disable or enable it",
        tags,
        params: UsernameParams,
        body: UserPatchSchema,
        response: { 200: UserSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      let user = null;
      if (req.body.role !== undefined)
        user = await services.accounts.setRole(caller, req.params.username, req.body.role);
      if (req.body.disabled !== undefined)
        user = await services.accounts.setDisabled(caller, req.params.username, req.body.disabled);
      if (user === null)
        throw new InvalidInputError("give a role or disabled", "body", {
          code: "accounts.nothing-to-change",
        });
      return user;
    },
  );

  r.get(
    "/api/groups",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Every group and its members",
        tags,
        response: { 200: Type.Array(GroupSchema), ...problems(401, 403) },
      },
    },
    (req) => services.accounts.listGroups(callerOf(req)),
  );
  r.post(
    "/api/groups",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Add a group",
        tags,
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 63 }) },
          { additionalProperties: false },
        ),
        response: { 201: GroupSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.accounts.addGroup(callerOf(req), req.body.name)),
  );
  r.put(
    "/api/groups/:name/members/:username",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Add a member to a group",
        tags,
        params: MemberParams,
        response: { 200: GroupSchema, ...problems(401, 403, 404) },
      },
    },
    (req) => services.accounts.setMember(callerOf(req), req.params.name, req.params.username, true),
  );
  r.delete(
    "/api/groups/:name/members/:username",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Remove a member from a group",
        tags,
        params: MemberParams,
        response: { 200: GroupSchema, ...problems(401, 403, 404) },
      },
    },
    (req) =>
      services.accounts.setMember(callerOf(req), req.params.name, req.params.username, false),
  );

  r.get(
    "/api/tokens",
    {
      config: { gate: "signed-in" },
      schema: {
        summary: "API tokens: one's own, or every token for an administrator",
        tags,
        response: { 200: Type.Array(TokenSchema), ...problems(401) },
      },
    },
    (req) => services.tokens.list(callerOf(req)),
  );
  r.post(
    "/api/tokens",
    {
      config: { gate: "signed-in" },
      schema: {
        summary: "Create an API token; the token is in this answer only",
        tags,
        body: NewTokenSchema,
        response: {
          201: Type.Object({ token: Type.String(), info: TokenSchema }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.tokens.create(callerOf(req), req.body)),
  );
  r.delete(
    "/api/tokens/:id",
    {
      config: { gate: "signed-in" },
      schema: {
        summary: "Revoke an API token",
        tags,
        params: IdParams,
        response: { 200: TokenSchema, ...problems(401, 404) },
      },
    },
    (req) => services.tokens.revoke(callerOf(req), req.params.id),
  );
}
