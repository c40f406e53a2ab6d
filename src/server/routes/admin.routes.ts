/** Verification of the archive and the activity log, for administrators. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { Nullable, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const VerifyReportSchema = Type.Object({
  ok: Type.Boolean(),
  blobsChecked: Type.Integer(),
  logEntriesChecked: Type.Integer(),
  problems: Type.Array(
    Type.Object({ type: Type.String(), id: Type.String(), problem: Type.String() }),
  ),
});

const LogEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: "date-time" }),
  actor: Type.String(),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.String(),
  reason: Nullable(Type.String()),
  data: Type.Object({}, { additionalProperties: true }),
  prevHash: Type.String(),
  hash: Type.String(),
});

export function adminRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.post(
    "/api/verify",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Re-hash every blob and walk the hash-chained log",
        tags: ["archive"],
        response: { 200: VerifyReportSchema, ...problems(401, 403) },
      },
    },
    (req) => services.verify.verify(callerOf(req)),
  );
  r.get(
    "/api/log",
    {
      config: { gate: "admin" },
      schema: {
        summary: "The activity log, newest first",
        tags: ["archive"],
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          before: Type.Optional(Type.Integer({ minimum: 1 })),
          target: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: Type.Array(LogEntrySchema), ...problems(401, 403) },
      },
    },
    (req) =>
      services.log.list(callerOf(req), {
        limit: req.query.limit,
        before: req.query.before,
        targetId: req.query.target,
      }),
  );
}
