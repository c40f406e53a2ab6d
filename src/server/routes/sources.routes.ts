/** Reading, editing and deleting sources. Upload lives in upload.routes.ts. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { IdParams, problems } from "../schemas/common.schemas.js";
import {
  HistoryEntrySchema,
  SourceDeleteSchema,
  SourceDetailSchema,
  SourceEditSchema,
  SourceListQuerySchema,
  SourceListSchema,
  SourceSummarySchema,
  VersionSchema,
} from "../schemas/source.schemas.js";
import type { RouteDeps } from "./route-deps.js";

/** A file name that a Content-Disposition header can carry as it is. */
function safeFileName(name: string): string {
  return name.replace(/[^\w.\- ]/g, "_");
}

export function sourcesRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["sources"];

  r.get(
    "/api/sources",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "List sources the caller may see",
        tags,
        querystring: SourceListQuerySchema,
        response: { 200: SourceListSchema, ...problems(400, 401) },
      },
    },
    (req) =>
      services.sources.list(callerOf(req), {
        kind: req.query.kind,
        parentId: req.query.parent,
        topLevelOnly: req.query.top,
        q: req.query.q,
        limit: req.query.limit,
        offset: req.query.offset,
      }),
  );

  r.get(
    "/api/sources/:id",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A source with its text, passages, chain of custody and parts",
        tags,
        params: IdParams,
        response: { 200: SourceDetailSchema, ...problems(401, 404) },
      },
    },
    (req) => services.sources.get(callerOf(req), req.params.id),
  );

  r.get(
    "/api/sources/:id/versions",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Every version of a source's metadata",
        tags,
        params: IdParams,
        response: { 200: Type.Array(VersionSchema), ...problems(401, 404) },
      },
    },
    (req) => services.sources.versions(callerOf(req), req.params.id),
  );

  r.get(
    "/api/sources/:id/history",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The source's history: its metadata's versions and its claims', field by field",
        tags,
        params: IdParams,
        response: { 200: Type.Array(HistoryEntrySchema), ...problems(401, 404) },
      },
    },
    (req) => services.sources.history(callerOf(req), req.params.id),
  );

  r.get(
    "/api/sources/:id/original",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The original bytes as archived",
        tags,
        params: IdParams,
        response: {
          200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }),
          ...problems(401, 404),
        },
      },
    },
    async (req, reply) => {
      const original = await services.sources.original(callerOf(req), req.params.id);
      await services.views.record(
        callerOf(req),
        { what: "GET /api/sources/:id/original", view: null },
        { id: req.params.id },
      );
      return reply
        .header("content-type", "application/octet-stream")
        .header("content-disposition", `attachment; filename="${safeFileName(original.fileName)}"`)
        .header("x-content-sha256", original.sha256)
        .send(Buffer.from(original.bytes));
    },
  );

  r.get(
    "/api/sources/:id/text",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The source's own extracted text (for a part: its span of the compilation)",
        tags,
        params: IdParams,
        response: {
          200: Type.Unsafe<string>({ type: "string" }),
          ...problems(401, 404),
        },
      },
    },
    async (req, reply) => {
      const file = await services.sources.textFile(callerOf(req), req.params.id);
      await services.views.record(
        callerOf(req),
        { what: "GET /api/sources/:id/text", view: null },
        { id: req.params.id },
      );
      return reply
        .header("content-type", "text/plain; charset=utf-8")
        .header("content-disposition", `attachment; filename="${safeFileName(file.fileName)}"`)
        .header("x-content-sha256", file.sha256)
        .send(file.text);
    },
  );

  r.patch(
    "/api/sources/:id",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Edit metadata (creates a new version)",
        tags,
        params: IdParams,
        body: SourceEditSchema,
        response: { 200: SourceSummarySchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    (req) => {
      const { reason, version, ...patch } = req.body;
      return services.sources.edit(callerOf(req), req.params.id, patch, reason ?? null, version);
    },
  );

  r.delete(
    "/api/sources/:id",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Delete as a tombstone (kept in the archive and the log)",
        tags,
        params: IdParams,
        body: SourceDeleteSchema,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await services.sources.remove(callerOf(req), req.params.id, req.body.reason);
      return reply.status(204).send(null);
    },
  );
}
