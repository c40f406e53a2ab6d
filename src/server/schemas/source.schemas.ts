/** Request and response schemas of the sources routes; they validate input and document the API. */
import { Type } from "typebox";
import { ACCESS_LEVELS } from "../../core/model/access.js";
import { SOURCE_KINDS } from "../../core/model/source-kind.js";
import { Nullable } from "./common.schemas.js";

const PartialDateSchema = Type.Object({
  iso: Type.String(),
  precision: Type.Union([Type.Literal("year"), Type.Literal("month"), Type.Literal("day")]),
});

export const SourceSummarySchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  authors: Type.Array(Type.String()),
  organisation: Nullable(Type.String()),
  publishedPlace: Nullable(Type.String()),
  published: Nullable(PartialDateSchema),
  language: Nullable(Type.String()),
  url: Nullable(Type.String()),
  access: Type.String(),
  reliability: Nullable(
    Type.String({ description: "a reviewer's current grade, A–F; null when ungraded" }),
  ),
  version: Type.Integer(),
  format: Type.String(),
  sha256: Nullable(
    Type.String({
      description: "SHA-256 of the archived original; null for a citation-only source",
    }),
  ),
  textSha256: Nullable(Type.String()),
  caseId: Nullable(Type.String()),
  caseRef: Nullable(Type.String()),
  affiliation: Nullable(Type.String()),
  textLength: Type.Integer(),
  passageCount: Type.Integer(),
  parentId: Nullable(Type.String()),
  parentSpan: Nullable(Type.Object({ start: Type.Integer(), end: Type.Integer() })),
  createdAt: Type.String({ format: "date-time" }),
  createdBy: Type.String(),
});

export const SourceListSchema = Type.Object({
  items: Type.Array(SourceSummarySchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const SourceListQuerySchema = Type.Object({
  kind: Type.Optional(Type.Union(SOURCE_KINDS.map((k) => Type.Literal(k)))),
  parent: Type.Optional(Type.String()),
  top: Type.Optional(
    Type.Boolean({ description: "only sources that are not parts of a compilation" }),
  ),
  q: Type.Optional(Type.String({ maxLength: 200, description: "words in the title" })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

const AcquisitionSchema = Type.Object({
  id: Type.String(),
  acquiredBy: Type.String(),
  acquiredAt: Type.String({ format: "date-time" }),
  origin: Type.String(),
  originalName: Type.String(),
  tool: Type.String(),
});

const PassageSchema = Type.Object({
  id: Type.String(),
  seq: Type.Integer(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
});

export const SourceDetailSchema = Type.Intersect([
  SourceSummarySchema,
  Type.Object({
    caseNote: Nullable(Type.String()),
    text: Type.String(),
    passages: Type.Array(PassageSchema),
    acquisitions: Type.Array(AcquisitionSchema),
    parts: Type.Array(SourceSummarySchema),
  }),
]);

export const VersionSchema = Type.Object({
  version: Type.Integer(),
  metadata: Type.Object({}, { additionalProperties: true }),
  createdAt: Type.String({ format: "date-time" }),
  createdBy: Type.String(),
  reason: Nullable(Type.String()),
});

const metadataFields = {
  kind: Type.Optional(Type.Union(SOURCE_KINDS.map((k) => Type.Literal(k)))),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  authors: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
  organisation: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  publishedPlace: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  published: Type.Optional(
    Nullable(Type.String({ maxLength: 10, description: "YYYY, YYYY-MM or YYYY-MM-DD" })),
  ),
  language: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  url: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  access: Type.Optional(Type.Union(ACCESS_LEVELS.map((a) => Type.Literal(a)))),
};

export const SourceEditSchema = Type.Object(
  { ...metadataFields, reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) },
  { additionalProperties: false },
);

export const SourceDeleteSchema = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

export const IngestOutcomeSchema = Type.Object({
  status: Type.Union([Type.Literal("created"), Type.Literal("duplicate")]),
  source: SourceSummarySchema,
  acquisitionId: Type.String(),
  parts: Type.Integer({ description: "constituent sources stored (with split)" }),
  claims: Type.Integer({ description: "claims proposed" }),
  warnings: Type.Optional(
    Type.Array(Type.String(), { description: "how the file was read (e.g. ffmpeg missing)" }),
  ),
});

/** Form fields an upload may carry beside its file (all optional). */
export const UPLOAD_FIELDS = [
  "split",
  "extract",
  "kind",
  "title",
  "authors",
  "organisation",
  "publishedPlace",
  "published",
  "language",
  "url",
  "access",
] as const;
