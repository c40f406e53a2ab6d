/** Schemas of the law and evidence-link routes. */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

const PolaritySchema = Type.Union([
  Type.Literal("supports"),
  Type.Literal("contradicts"),
  Type.Literal("context"),
]);
const StatusSchema = Type.Union([
  Type.Literal("proposed"),
  Type.Literal("awaiting"),
  Type.Literal("confirmed"),
  Type.Literal("rejected"),
]);

/** The law's texts in Azerbaijani and Russian by id, for the ids an answer names. */
const LawTranslationsSchema = Type.Object(
  {
    az: Type.Record(Type.String(), Type.String()),
    ru: Type.Record(Type.String(), Type.String()),
  },
  { description: "titles and element texts in Azerbaijani and Russian, by id" },
);

export const LawSchema = Type.Object(
  {
    families: Type.Array(Type.Object({}, { additionalProperties: true })),
    translations: LawTranslationsSchema,
    crimes: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          title: Type.String(),
          articles: Type.Array(Type.String()),
          elements: Type.Array(Type.Object({}, { additionalProperties: true })),
        },
        { additionalProperties: true },
      ),
    ),
  },
  { description: "Crimes and rules of attribution with their elements in order" },
);

export const EvidenceLinkSchema = Type.Object(
  {
    id: Type.String(),
    caseId: Type.String(),
    targetKind: Type.Union([
      Type.Literal("claim"),
      Type.Literal("passage"),
      Type.Literal("source"),
    ]),
    sourceId: Type.String(),
    passageId: Nullable(Type.String()),
    claimId: Nullable(Type.String()),
    elementId: Type.String(),
    lawVersion: Type.String(),
    polarity: PolaritySchema,
    weight: Type.Integer(),
    rationale: Type.String(),
    status: StatusSchema,
    origin: Type.Union([Type.Literal("proposal"), Type.Literal("manual")]),
    rule: Nullable(Type.String()),
    version: Type.Integer(),
    createdBy: Type.String(),
    createdAt: Type.String(),
    reviewedBy: Nullable(Type.String()),
    reviewedAt: Nullable(Type.String()),
    reviewReason: Nullable(Type.String()),
  },
  { additionalProperties: true },
);

export const EvidenceQuerySchema = Type.Object({
  status: Type.Optional(StatusSchema),
  polarity: Type.Optional(PolaritySchema),
  element: Type.Optional(Type.String({ maxLength: 200 })),
  crime: Type.Optional(Type.String({ maxLength: 200 })),
  lang: Type.Optional(
    Type.Union([Type.Literal("en"), Type.Literal("az"), Type.Literal("ru")], {
      description: "the language of the brief's own words; the sources' texts keep theirs",
    }),
  ),
});

const Weight = Type.Integer({ minimum: 1, maximum: 5 });

export const NewLinkSchema = Type.Object(
  {
    claimId: Type.Optional(Type.String({ maxLength: 100 })),
    passageId: Type.Optional(Type.String({ maxLength: 100 })),
    sourceId: Type.Optional(Type.String({ maxLength: 100 })),
    elementId: Type.String({ minLength: 1, maxLength: 200 }),
    polarity: PolaritySchema,
    weight: Weight,
    rationale: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const LinkReviewSchema = Type.Object(
  {
    action: Type.Union([Type.Literal("confirm"), Type.Literal("correct"), Type.Literal("reject")]),
    elementId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    polarity: Type.Optional(PolaritySchema),
    weight: Type.Optional(Weight),
    rationale: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const ProposeResultSchema = Type.Object({
  proposed: Type.Integer(),
  alreadyLinked: Type.Integer(),
});

export const MatrixQuerySchema = Type.Object({
  crime: Type.Optional(Type.String({ maxLength: 200 })),
  element: Type.Optional(Type.String({ maxLength: 200 })),
  polarity: Type.Optional(PolaritySchema),
});

export const MatrixSchema = Type.Object(
  {
    caseId: Type.String(),
    translations: LawTranslationsSchema,
    law: Type.Array(Type.Object({}, { additionalProperties: true })),
    crimes: Type.Array(
      Type.Object(
        {
          crimeId: Type.String(),
          title: Type.String(),
          gaps: Type.Integer(),
          contradicted: Type.Integer(),
          rows: Type.Array(Type.Object({}, { additionalProperties: true })),
        },
        { additionalProperties: true },
      ),
    ),
  },
  { description: "Per crime, each element with evidence for and against, weighted, with gaps" },
);

export const ReportQuerySchema = Type.Object({
  format: Type.Union([Type.Literal("html"), Type.Literal("md"), Type.Literal("pdf")]),
  crime: Type.Optional(Type.String({ maxLength: 200 })),
});
