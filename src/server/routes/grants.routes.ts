/** Per-item grants over HTTP: the same service calls as `casefile access`. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const Target = {
  targetType: Type.Union([
    Type.Literal("source"),
    Type.Literal("person_list"),
    Type.Literal("case"),
  ]),
  target: Type.String({ minLength: 1, maxLength: 200 }),
};
const GrantBody = Type.Object(
  {
    ...Target,
    principal: Type.String({ minLength: 3, maxLength: 80 }),
    mode: Type.Optional(Type.Union([Type.Literal("read"), Type.Literal("write")])),
  },
  { additionalProperties: false },
);
const GrantList = Type.Array(
  Type.Object({
    targetType: Type.String(),
    targetId: Type.String(),
    principal: Type.String(),
    mode: Type.String(),
    grantedAt: Type.String({ format: "date-time" }),
    grantedBy: Type.String(),
  }),
);

export function grantsRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["accounts"];
  r.get(
    "/api/grants",
    {
      config: { gate: "admin" },
      schema: {
        summary: "The grants on one source or person list",
        tags,
        querystring: Type.Object(Target, { additionalProperties: false }),
        response: { 200: GrantList, ...problems(400, 401, 403, 404) },
      },
    },
    (req) => services.grants.list(callerOf(req), req.query.targetType, req.query.target),
  );
  r.put(
    "/api/grants",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Grant a user or group read (or write) access to one item",
        tags,
        body: GrantBody,
        response: { 200: GrantList, ...problems(400, 401, 403, 404) },
      },
    },
    (req) => services.grants.grant(callerOf(req), req.body),
  );
  r.delete(
    "/api/grants",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Take a grant back",
        tags,
        body: GrantBody,
        response: { 200: GrantList, ...problems(400, 401, 403, 404) },
      },
    },
    (req) => services.grants.revoke(callerOf(req), req.body),
  );
}
