/** Citing a source, a passage or a claim by its id. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { IdParams, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const FormatSchema = Type.Union([
  Type.Literal("text"),
  Type.Literal("csl-json"),
  Type.Literal("bibtex"),
]);

const CitationSchema = Type.Object({
  format: FormatSchema,
  text: Type.String({ description: "The citation in the format asked for" }),
  citation: Type.Object(
    {
      target: Type.String({ description: "source, passage or claim" }),
      url: Type.String(),
      sha256: Type.Union([Type.String(), Type.Null()]),
      passage: Type.Union([Type.Integer(), Type.Null()]),
    },
    { additionalProperties: true },
  ),
});

export function citeRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/api/cite/:id",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Cite a source, a passage or a claim (text, CSL-JSON or BibTeX)",
        tags: ["sources"],
        params: IdParams,
        querystring: Type.Object({
          format: Type.Optional(FormatSchema),
        }),
        response: { 200: CitationSchema, ...problems(400, 401, 404) },
      },
    },
    (req) =>
      services.cite.format(
        callerOf(req),
        req.params.id,
        `${req.protocol}://${req.host}`,
        req.query.format ?? "text",
      ),
  );
}
