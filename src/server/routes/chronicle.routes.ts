/** The photo chronicle over HTTP: the same service calls as `casefile chronicle`. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { CaseParams } from "../schemas/case.schemas.js";
import {
  ChronicleAddBody,
  ChronicleEditBody,
  ChronicleEntrySchema,
  ChronicleMoveBody,
  ChronicleRemoveQuery,
  ChronicleSchema,
} from "../schemas/chronicle.schemas.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function chronicleRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["chronicle"];
  const editor = { gate: "editor" as const };

  r.get(
    "/api/cases/:id/chronicle",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The case's photo chronicle: the entries the caller may see, in order",
        tags,
        params: CaseParams,
        response: { 200: ChronicleSchema, ...problems(400, 404) },
      },
    },
    (req) => services.chronicle.list(callerOf(req), req.params.id),
  );

  r.post(
    "/api/cases/:id/chronicle",
    {
      config: editor,
      schema: {
        summary: "Add an image source to the chronicle (never more visible than the image)",
        tags,
        params: CaseParams,
        body: ChronicleAddBody,
        response: { 201: ChronicleEntrySchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await services.chronicle.add(callerOf(req), req.params.id, req.body)),
  );

  r.patch(
    "/api/chronicle/:id",
    {
      config: editor,
      schema: {
        summary: "Change an entry's caption, persons or level",
        tags,
        params: IdParams,
        body: ChronicleEditBody,
        response: { 200: ChronicleEntrySchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    (req) => services.chronicle.edit(callerOf(req), req.params.id, req.body),
  );

  r.post(
    "/api/chronicle/:id/move",
    {
      config: editor,
      schema: {
        summary: "Move an entry to a position (1-based, among the entries the caller sees)",
        tags,
        params: IdParams,
        body: ChronicleMoveBody,
        response: { 200: ChronicleEntrySchema, ...problems(400, 401, 403, 404) },
      },
    },
    (req) => services.chronicle.move(callerOf(req), req.params.id, req.body.position),
  );

  r.delete(
    "/api/chronicle/:id",
    {
      config: editor,
      schema: {
        summary: "Remove an entry from the chronicle (the image source stays)",
        tags,
        params: IdParams,
        querystring: ChronicleRemoveQuery,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await services.chronicle.remove(callerOf(req), req.params.id, req.query.reason ?? null);
      return reply.code(204).send(null);
    },
  );
}
