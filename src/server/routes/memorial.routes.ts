/** The memorial over HTTP: the same service calls as `casefile memorial`. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { CaseParams } from "../schemas/case.schemas.js";
import { problems } from "../schemas/common.schemas.js";
import {
  MemorialListSchema,
  MemorialParams,
  MemorialPersonSchema,
  MemorialQuery,
  MemorialSettingBody,
  MemorialSettingSchema,
} from "../schemas/memorial.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function memorialRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["memorial"];
  // A consent to the memorial names its person in these answers (and nowhere else).
  const reader = { gate: "anyone" as const, memorialNames: true };

  r.get(
    "/api/cases/:id/memorial",
    {
      config: reader,
      schema: {
        summary:
          "A published memorial: the persons it may name (searchable in any spelling) and the totals",
        tags,
        params: CaseParams,
        querystring: MemorialQuery,
        response: { 200: MemorialListSchema, ...problems(400, 404) },
      },
    },
    (req) => services.memorial.list(callerOf(req), req.params.id, req.query.q),
  );

  r.get(
    "/api/cases/:id/memorial/:person",
    {
      config: reader,
      schema: {
        summary: "One person of a published memorial (any record id of theirs)",
        tags,
        params: MemorialParams,
        response: { 200: MemorialPersonSchema, ...problems(400, 404) },
      },
    },
    (req) => services.memorial.person(callerOf(req), req.params.id, req.params.person),
  );

  r.get(
    "/api/cases/:id/memorial-setting",
    {
      config: { gate: "anyone", holdsNoRecords: true },
      schema: {
        summary: "Whether the case's memorial is published",
        tags,
        params: CaseParams,
        response: { 200: MemorialSettingSchema, ...problems(400, 404) },
      },
    },
    (req) => services.memorial.setting(callerOf(req), req.params.id),
  );

  r.put(
    "/api/cases/:id/memorial-setting",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Publish or withdraw the case's memorial (an administrator's act, logged)",
        tags,
        params: CaseParams,
        body: MemorialSettingBody,
        response: { 200: MemorialSettingSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (req) =>
      services.memorial.setPublished(
        callerOf(req),
        req.params.id,
        req.body.published,
        req.body.reason ?? null,
      ),
  );
}
