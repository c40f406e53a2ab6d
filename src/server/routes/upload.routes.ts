/** Upload of one file per request (multipart/form-data), with the same rules as `casefile ingest`. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import type { SourceMetadataPatch } from "../../core/source/source-metadata.js";
import { InvalidInputError } from "../../services/errors.js";
import { problems } from "../schemas/common.schemas.js";
import {
  DetectedMetadataSchema,
  IngestOutcomeSchema,
  UPLOAD_FIELDS,
} from "../schemas/source.schemas.js";
import type { RouteDeps } from "./route-deps.js";
import { readSingleFileForm } from "./single-file-form.js";

type UploadField = (typeof UPLOAD_FIELDS)[number];

export function toPatch(fields: ReadonlyMap<UploadField, string>): SourceMetadataPatch {
  const patch: Record<string, string | string[]> = {};
  for (const [name, value] of fields) {
    if (name === "split" || name === "extract") continue;
    patch[name] =
      name === "authors"
        ? value
            .split(";")
            .map((a) => a.trim())
            .filter(Boolean)
        : value;
  }
  return patch as SourceMetadataPatch;
}

export function uploadRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().post(
    "/api/sources/detect",
    {
      config: { gate: "editor" },
      schema: {
        summary:
          "What a file says about itself (title, author, outlet, date, language); stores nothing",
        description:
          "multipart/form-data with one field 'file'. The add-sources form shows the answer for checking before the upload.",
        tags: ["sources"],
        consumes: ["multipart/form-data"],
        response: { 200: DetectedMetadataSchema, ...problems(400, 401, 403, 413, 415, 422) },
      },
    },
    async (req) => {
      const { file } = await readSingleFileForm(req, [], "upload");
      return services.ingest.detect(callerOf(req), { bytes: file.bytes, fileName: file.name });
    },
  );

  app.withTypeProvider<TypeBoxTypeProvider>().post(
    "/api/sources",
    {
      config: { gate: "editor" },
      schema: {
        summary:
          "Ingest one file (multipart/form-data: field 'file' plus optional metadata fields)",
        description: `Metadata fields: ${UPLOAD_FIELDS.join(", ")} (authors separated by ';'). Without an 'access' field the new source is restricted (signed-in accounts only): 'public' must be sent to publish it. Answers 201 for a new source, 200 when the same bytes are already archived.`,
        tags: ["sources"],
        consumes: ["multipart/form-data"],
        response: {
          200: IngestOutcomeSchema,
          201: IngestOutcomeSchema,
          ...problems(400, 401, 403, 404, 413, 415, 422),
        },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const { file, fields } = await readSingleFileForm(req, UPLOAD_FIELDS, "upload");
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
      const outcome = await services.ingest.ingestFile(caller, {
        bytes: file.bytes,
        fileName: file.name,
        origin: "upload",
        metadata: toPatch(fields),
        split: flag("split"),
        extract: flag("extract"),
      });
      return reply.status(outcome.status === "created" ? 201 : 200).send(outcome);
    },
  );
}
