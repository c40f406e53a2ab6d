/** Exports of a case (every format, as a download) and the import of a case document. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { CSV_TABLES, EXPORT_FORMATS } from "../../services/export.service.js";
import { EXPENSIVE } from "../expensive-limit.js";
import { CaseParams } from "../schemas/case.schemas.js";
import { problems } from "../schemas/common.schemas.js";
import { ReportQuerySchema } from "../schemas/evidence.schemas.js";
import { JobSchema } from "../schemas/job.schemas.js";
import type { RouteDeps } from "./route-deps.js";

/** A case document carries its archived files inline; administrators only, so the gate runs first. */
const IMPORT_BODY_LIMIT = 256 * 1024 * 1024;

export const ExportQuerySchema = Type.Object({
  format: Type.Union(EXPORT_FORMATS.map((f) => Type.Literal(f))),
  table: Type.Optional(Type.Union(CSV_TABLES.map((t) => Type.Literal(t)))),
});

export function exportRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["exports"];
  r.get(
    "/api/cases/:id/export",
    {
      config: { gate: "anyone", ...EXPENSIVE },
      schema: {
        summary: "Export what the caller may see of a case",
        description:
          "format=json: the whole case as one document that POST /api/import (or `casefile import`) loads into an empty store identically. jsonld: reviewed claims as schema.org ClaimReview/Claim. geojson: places and routes. csv: a zip of sources, claims, persons and links CSV with a manifest, or one table with table=sources|claims|persons|links. events: the HURIDOCS Events Standard Formats records. Every export states its time, the Casefile version and the activity log head (in the document; for a single CSV table in the Casefile-Exported-At, Casefile-Version and Casefile-Log-Head headers) and is logged.",
        tags,
        params: CaseParams,
        querystring: ExportQuerySchema,
        response: {
          200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }),
          ...problems(400, 404, 429),
        },
      },
    },
    async (req, reply) => {
      const out = await services.exports.export(callerOf(req), req.params.id, req.query);
      return reply
        .type(out.mediaType)
        .header("content-disposition", `attachment; filename="${out.fileName}"`)
        .header("casefile-exported-at", out.stamp.exportedAt)
        .header("casefile-version", out.stamp.casefileVersion)
        .header(
          "casefile-log-head",
          out.stamp.logHead ? `${out.stamp.logHead.seq} ${out.stamp.logHead.hash}` : "empty",
        )
        .send(Buffer.from(out.bytes));
    },
  );
  // The same exports and briefs as jobs, for files too large to wait for: 202 with the job's URL;
  // the file is then at /api/jobs/:id/output.
  r.post(
    "/api/cases/:id/export",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Start an export of a case as a job (its file at /api/jobs/:id/output)",
        tags,
        params: CaseParams,
        querystring: ExportQuerySchema,
        response: { 202: JobSchema, ...problems(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const job = await services.jobs.start(callerOf(req), "export", {
        case: req.params.id,
        ...req.query,
      });
      return reply.status(202).header("location", job.url).send(job);
    },
  );
  r.post(
    "/api/cases/:id/report",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Start a brief of a case as a job (its file at /api/jobs/:id/output)",
        tags,
        params: CaseParams,
        querystring: ReportQuerySchema,
        response: { 202: JobSchema, ...problems(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const job = await services.jobs.start(callerOf(req), "report", {
        case: req.params.id,
        ...req.query,
      });
      return reply.status(202).header("location", job.url).send(job);
    },
  );
  r.post(
    "/api/import",
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { gate: "admin" },
      schema: {
        summary: "Load a case document (export format=json) into an empty store",
        description:
          "Refused with 409 when the store holds any case, source or person list; a malformed document is refused with 400 naming the place (a JSON path), and nothing is written.",
        tags,
        body: Type.Object({}, { additionalProperties: true }),
        response: {
          200: Type.Object({}, { additionalProperties: true }),
          ...problems(400, 401, 403, 409),
        },
      },
    },
    (req) => services.imports.importCase(callerOf(req), JSON.stringify(req.body)),
  );
}
