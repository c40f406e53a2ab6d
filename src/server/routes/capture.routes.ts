/** Web capture over HTTP: start a capture job, read a capture record, download its files. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { SourceMetadataPatch } from "../../core/source/source-metadata.js";
import {
  CaptureFileParams,
  CaptureSchema,
  CaptureStartSchema,
} from "../schemas/capture.schemas.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import { JobSchema } from "../schemas/job.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const EXTENSION: Record<string, string> = { warc: "warc", screenshot: "png", pdf: "pdf" };

export function captureRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["captures"];

  r.post(
    "/api/captures",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Capture web pages as a job (one item per URL); answers 202 with the job's URL",
        description:
          "Only http and https; loopback and private addresses are refused (403) unless the operator allows them.",
        tags,
        body: CaptureStartSchema,
        response: { 202: JobSchema, ...problems(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const job = await services.capture.start(callerOf(req), {
        urls: req.body.urls,
        metadata: (req.body.metadata ?? {}) as SourceMetadataPatch,
        extract: req.body.extract,
      });
      return reply.status(202).header("location", job.url).send(job);
    },
  );

  r.get(
    "/api/captures/:id",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A capture record",
        tags,
        params: IdParams,
        response: { 200: CaptureSchema, ...problems(401, 404) },
      },
    },
    (req) => services.capture.get(callerOf(req), req.params.id),
  );

  r.get(
    "/api/sources/:id/captures",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The captures a source came from (as the page or as one of its media files)",
        tags,
        params: IdParams,
        response: { 200: Type.Array(CaptureSchema), ...problems(401, 404) },
      },
    },
    (req) => services.capture.ofSource(callerOf(req), req.params.id),
  );

  r.get(
    "/api/captures/:id/files/:seq",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "One file a capture kept: its WARC, screenshot, PDF, page or a media file",
        tags,
        params: CaptureFileParams,
        response: {
          200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }),
          ...problems(400, 401, 404),
        },
      },
    },
    async (req, reply) => {
      const file = await services.capture.file(callerOf(req), req.params.id, req.params.seq);
      const extension = EXTENSION[file.role];
      if (extension)
        reply.header(
          "content-disposition",
          `attachment; filename="capture-${req.params.id}.${extension}"`,
        );
      return reply
        .header("content-type", file.mediaType)
        .header("x-content-sha256", file.sha256)
        .header("cache-control", "private, max-age=3600")
        .send(Buffer.from(file.bytes));
    },
  );
}
