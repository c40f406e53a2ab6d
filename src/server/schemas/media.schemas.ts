/** Schemas of the media routes. Metadata is passed through whole (its fields vary by file). */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

export const DerivativeSchema = Type.Object({
  role: Type.String(),
  seq: Type.Integer(),
  atSeconds: Nullable(Type.Number()),
  sha256: Type.String(),
  mediaType: Type.String(),
  tool: Type.String({ description: "the program (and version) that made it" }),
  settings: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()])),
  createdAt: Type.String(),
});

export const MediaSchema = Type.Object({
  sourceId: Type.String(),
  sha256: Type.String({ description: "the original's SHA-256" }),
  kind: Type.String(),
  format: Type.String(),
  width: Nullable(Type.Integer()),
  height: Nullable(Type.Integer()),
  durationSeconds: Nullable(Type.Number()),
  metadata: Type.Object(
    {},
    {
      additionalProperties: true,
      description: "embedded metadata, each value with its field and raw text",
    },
  ),
  warnings: Type.Array(Type.String()),
  derivatives: Type.Array(DerivativeSchema),
});

const NearDuplicateSchema = Type.Object({
  sourceId: Type.String(),
  title: Type.String(),
  kind: Type.String(),
  sha256: Type.String(),
  distance: Type.Number({
    description: "mean Hamming distance of the best-matching windows (0 = same picture)",
  }),
  atSeconds: Nullable(Type.Number()),
  publishedDate: Nullable(Type.String()),
  firstAcquiredAt: Type.String(),
  earliest: Type.Boolean(),
});

export const SimilarSchema = Type.Object({
  source: NearDuplicateSchema,
  matches: Type.Array(NearDuplicateSchema),
});

export const MediaFileParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  role: Type.Union([
    Type.Literal("original"),
    Type.Literal("thumbnail"),
    Type.Literal("web_copy"),
    Type.Literal("keyframe"),
  ]),
});
export const MediaFileQuery = Type.Object({
  seq: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});
