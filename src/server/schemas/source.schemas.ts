/** Request and response schemas of the sources routes; they validate input and document the API. */
import { Type } from "typebox";
import { AFFILIATIONS } from "../../core/case/vocabulary.js";
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

/** One field's change from the version before ("unit: bodies → people"). */
export const FieldChangeSchema = Type.Object({
  field: Type.String(),
  from: Nullable(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
  to: Nullable(Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
});

export const VersionSchema = Type.Object({
  version: Type.Integer(),
  metadata: Type.Object({}, { additionalProperties: true }),
  changes: Type.Array(FieldChangeSchema),
  createdAt: Type.String({ format: "date-time" }),
  createdBy: Type.String(),
  reason: Nullable(Type.String()),
});

export const HistoryEntrySchema = Type.Object({
  item: Type.Object({
    type: Type.Union([Type.Literal("source"), Type.Literal("claim")]),
    id: Type.String(),
    caption: Nullable(
      Type.String({ description: "a claim's statement and the start of its quote" }),
    ),
  }),
  version: Type.Integer(),
  status: Nullable(Type.String({ description: "a claim's review status at this version" })),
  changes: Type.Array(FieldChangeSchema, {
    description: "what this version changed, field by field; empty for a first version",
  }),
  at: Type.String({ format: "date-time" }),
  by: Type.String(),
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
  access: Type.Optional(
    Type.Union(
      ACCESS_LEVELS.map((a) => Type.Literal(a)),
      { description: "who may read it; a new upload is restricted unless public is chosen" },
    ),
  ),
  affiliation: Type.Optional(
    Nullable(
      Type.Union(
        AFFILIATIONS.map((a) => Type.Literal(a)),
        { description: "who the publisher is" },
      ),
    ),
  ),
  caseId: Type.Optional(
    Nullable(Type.String({ maxLength: 100, description: "the case the source documents" })),
  ),
};

export const SourceEditSchema = Type.Object(
  {
    ...metadataFields,
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        description:
          "the version the edit was made on: when the source has a newer one, the edit is refused (409) instead of overwriting it",
      }),
    ),
  },
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

export const DetectedMetadataSchema = Type.Object({
  title: Type.String(),
  authors: Type.Array(Type.String()),
  organisation: Nullable(Type.String()),
  published: Nullable(Type.String({ description: "YYYY, YYYY-MM or YYYY-MM-DD" })),
  language: Nullable(Type.String()),
  found: Type.Record(
    Type.String(),
    Type.String({ description: "where a value came from: properties, text or file name" }),
  ),
  format: Type.String(),
  warnings: Type.Array(Type.String()),
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
  "affiliation",
  "caseId",
] as const;
