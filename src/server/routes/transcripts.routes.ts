/** Transcripts of a video or audio source: attach a WebVTT or SRT file, read the cues. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { IdParams, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const CueSchema = Type.Object({
  passageId: Type.String(),
  seq: Type.Integer(),
  start: Type.Number({ description: "seconds into the recording" }),
  end: Type.Number(),
  text: Type.String(),
});

const TranscriptsSchema = Type.Object({
  mediaSourceId: Type.String(),
  transcripts: Type.Array(
    Type.Object({
      sourceId: Type.String({ description: "the transcript's own text source" }),
      format: Type.String(),
      createdAt: Type.String({ format: "date-time" }),
      createdBy: Type.String(),
      cues: Type.Array(CueSchema),
    }),
  ),
});

export function transcriptsRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["media"];
  r.get(
    "/api/sources/:id/transcripts",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The transcripts of a video or audio source, each with its timed cues",
        tags,
        params: IdParams,
        response: { 200: TranscriptsSchema, ...problems(400, 401, 404) },
      },
    },
    (req) => services.transcripts.of(callerOf(req), req.params.id),
  );
  r.post(
    "/api/sources/:id/transcripts",
    {
      config: { gate: "editor" },
      schema: {
        summary:
          "Attach a transcript (WebVTT or SRT, decided by its text) to a video or audio source; archived and searchable, each line linked to its moment",
        tags,
        params: IdParams,
        body: Type.Object(
          {
            fileName: Type.String({ minLength: 1, maxLength: 300 }),
            text: Type.String({ minLength: 1, maxLength: 5_000_000 }),
            language: Type.Optional(
              Type.String({
                maxLength: 40,
                description: "the transcript's language (BCP 47) when not the recording's",
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            sourceId: Type.String(),
            mediaSourceId: Type.String(),
            format: Type.String(),
            cues: Type.Integer(),
          }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const out = await services.transcripts.attach(callerOf(req), req.params.id, {
        bytes: new TextEncoder().encode(req.body.text),
        fileName: req.body.fileName,
        origin: "upload",
        language: req.body.language,
      });
      return reply.code(201).send(out);
    },
  );
}
