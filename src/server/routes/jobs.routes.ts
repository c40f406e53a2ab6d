/**
 * Jobs over HTTP: start one (202 Accepted with its URL in Location), follow it, list, cancel.
 * Batch ingest takes the files as a multipart form and answers with the job at once.
 */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { InvalidInputError } from "../../services/errors.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import {
  JobDetailSchema,
  JobListQuerySchema,
  JobListSchema,
  JobSchema,
  JobStartSchema,
} from "../schemas/job.schemas.js";
import { UPLOAD_FIELDS } from "../schemas/source.schemas.js";
import { readBatchForm } from "./batch-form.js";
import type { RouteDeps } from "./route-deps.js";
import { toPatch } from "./upload.routes.js";

export function jobsRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["jobs"];

  r.get(
    "/api/jobs",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Jobs, newest first",
        tags,
        querystring: JobListQuerySchema,
        response: { 200: JobListSchema, ...problems(400, 401, 403) },
      },
    },
    (req) => services.jobs.list(callerOf(req), req.query),
  );

  r.get(
    "/api/jobs/:id",
    {
      config: { gate: "editor" },
      schema: {
        summary: "A job: state, progress, log, items, result or error",
        tags,
        params: IdParams,
        response: { 200: JobDetailSchema, ...problems(401, 403, 404) },
      },
    },
    (req) => services.jobs.get(callerOf(req), req.params.id),
  );

  r.post(
    "/api/jobs",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Start a job (linkage, estimate, reextract, …); answers 202 with its URL",
        tags,
        body: JobStartSchema,
        response: { 202: JobSchema, ...problems(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const job = await services.jobs.start(callerOf(req), req.body.type, req.body.input ?? {});
      return reply.status(202).header("location", job.url).send(job);
    },
  );

  r.get(
    "/api/jobs/:id/output",
    {
      config: { gate: "editor" },
      schema: {
        summary: "The file a finished export or report job made, as a download",
        tags,
        params: IdParams,
        response: {
          200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }),
          ...problems(401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const file = await services.jobs.output(callerOf(req), req.params.id);
      return reply
        .type(file.mediaType)
        .header("content-disposition", `attachment; filename="${file.name}"`)
        .send(Buffer.from(file.bytes));
    },
  );
  r.post(
    "/api/jobs/:id/cancel",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Cancel a queued or running job",
        tags,
        params: IdParams,
        response: { 200: JobSchema, ...problems(401, 403, 404) },
      },
    },
    (req) => services.jobs.cancel(callerOf(req), req.params.id),
  );

  r.post(
    "/api/jobs/ingest",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Ingest a batch of files as a job (multipart/form-data: 'file' fields)",
        description: `Metadata fields as for one upload: ${UPLOAD_FIELDS.join(", ")}. Answers 202 with the job.`,
        tags,
        consumes: ["multipart/form-data"],
        response: { 202: JobSchema, ...problems(400, 401, 403, 413) },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const { files, fields } = await readBatchForm(req, UPLOAD_FIELDS);
      const flag = (name: "split" | "extract") => {
        const value = fields.get(name);
        if (value === undefined) return undefined;
        if (value !== "true" && value !== "false")
          throw new InvalidInputError(`${name} must be "true" or "false"`, name, {
            code: "invalid-input.boolean",
            params: { field: name },
          });
        return value === "true";
      };
      const job = await services.ingest.startBatch(caller, {
        files: files.map((f) => ({ bytes: f.bytes, fileName: f.name, origin: "upload" })),
        metadata: toPatch(fields),
        split: flag("split"),
        extract: flag("extract"),
      });
      return reply.status(202).header("location", job.url).send(job);
    },
  );
}
