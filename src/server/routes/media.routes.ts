/** Media sources: their record, their bytes and derivatives (through the media policy), near-duplicates. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { ServiceError } from "../../services/errors.js";
import { byteRange } from "../byte-range.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import {
  MediaFileParams,
  MediaFileQuery,
  MediaSchema,
  SimilarSchema,
} from "../schemas/media.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function mediaRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["media"];

  r.get(
    "/api/sources/:id/media",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A media source's metadata and derivatives (each naming tool and settings)",
        tags,
        params: IdParams,
        response: { 200: MediaSchema, ...problems(401, 404) },
      },
    },
    (req) => services.media.get(callerOf(req), req.params.id),
  );

  r.get(
    "/api/sources/:id/media/similar",
    {
      config: { gate: "anyone" },
      schema: {
        summary:
          "Near-duplicates of a picture or video across the archive, nearest first, with the earliest appearance",
        tags,
        params: IdParams,
        response: { 200: SimilarSchema, ...problems(401, 404) },
      },
    },
    (req) => services.media.similar(callerOf(req), req.params.id),
  );

  r.get(
    "/api/sources/:id/media/:role",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The original media bytes or a derivative (thumbnail, web copy, keyframe ?seq=N)",
        tags,
        params: MediaFileParams,
        querystring: MediaFileQuery,
        response: {
          200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }),
          206: Type.Unsafe<Buffer>({
            type: "string",
            format: "binary",
            description: "the byte range asked for with a Range header (seeking)",
          }),
          ...problems(400, 401, 404, 416),
        },
      },
    },
    async (req, reply) => {
      const file = await services.media.file(
        callerOf(req),
        req.params.id,
        req.params.role,
        req.query.seq ?? 0,
      );
      reply
        .header("content-type", file.mediaType)
        .header("x-content-sha256", file.sha256)
        .header("cache-control", "private, max-age=3600")
        .header("accept-ranges", "bytes");
      // Players seek by asking for a range; the hash header is still the whole file's.
      const size = file.bytes.byteLength;
      const range = byteRange(req.headers.range, size);
      if (range === "unsatisfiable") {
        reply.header("content-range", `bytes */${size}`);
        throw new ServiceError(
          "range-not-satisfiable",
          416,
          `the file has ${size} bytes`,
          {},
          { code: "range-not-satisfiable.file", params: { size: size } },
        );
      }
      if (range)
        return reply
          .code(206)
          .header("content-range", `bytes ${range.start}-${range.end}/${size}`)
          .send(Buffer.from(file.bytes.subarray(range.start, range.end + 1)));
      return reply.send(Buffer.from(file.bytes));
    },
  );
}
