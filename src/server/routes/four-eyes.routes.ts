/** A case's four-eyes setting over HTTP: the same service calls as `casefile case four-eyes`. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { CaseParams } from "../schemas/case.schemas.js";
import { Nullable, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const FourEyesSchema = Type.Object({ caseId: Type.String(), fourEyes: Type.Boolean() });
const FourEyesBody = Type.Object(
  {
    fourEyes: Type.Boolean(),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export function fourEyesRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["review"];
  r.get(
    "/api/cases/:id/four-eyes",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Whether the case needs a second reviewer's confirmation before an item counts",
        tags,
        params: CaseParams,
        response: { 200: FourEyesSchema, ...problems(400, 404) },
      },
    },
    (req) => services.fourEyes.get(callerOf(req), req.params.id),
  );
  r.put(
    "/api/cases/:id/four-eyes",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Require (or stop requiring) a second reviewer in this case; logged",
        tags,
        params: CaseParams,
        body: FourEyesBody,
        response: { 200: FourEyesSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (req) =>
      services.fourEyes.set(callerOf(req), req.params.id, req.body.fourEyes, req.body.reason),
  );
}
