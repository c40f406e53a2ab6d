/** Schemas of the case routes. Deep shapes are documented at the top level and passed through whole. */
import { Type } from "typebox";
import { TEXT_LANGUAGES } from "../../core/case/read-translations.js";
import { ISSUERS, QUALIFICATIONS } from "../../core/case/vocabulary.js";
import { MEASURES } from "../../core/model/claim.js";

const open = (description: string, properties: Parameters<typeof Type.Object>[0] = {}) =>
  Type.Object(properties, { additionalProperties: true, description });

export const CaseParams = Type.Object({
  id: Type.String({ pattern: "^[a-z0-9][a-z0-9-]*$", maxLength: 100 }),
});

export const CaseListSchema = Type.Array(Type.Object({ id: Type.String(), title: Type.String() }));

export const CaseOverviewSchema = open(
  "A case: summary, spans, counts of what the caller may see",
  {
    id: Type.String(),
    title: Type.String(),
    summary: Type.String(),
    sources: Type.Integer(),
    claims: Type.Integer(),
  },
);

export const ClaimantNamesQuerySchema = Type.Object({
  lang: Type.Union(
    TEXT_LANGUAGES.map((l) => Type.Literal(l)),
    { description: "the language of the translations" },
  ),
});
export const ClaimantNamesSchema = Type.Array(
  Type.Object({
    name: Type.String({ description: "the claimant's name as the case data writes it" }),
    translation: Type.String({ description: "the name in the language asked for" }),
  }),
);

const MeasureFindingsSchema = open(
  "One measure: claims, independent origins, origins, values, flags, chart",
  {
    measure: Type.String(),
    claims: Type.Array(
      open(
        "A figure claim with claimant, publisher, date, basis, derivedFrom and chain to its origin",
      ),
    ),
    independentOrigins: Type.Integer(),
    origins: Type.Array(open("An origin and the claims and documents that rest on it")),
    values: Type.Array(open("A stated value with the independent origins that state it")),
    flags: Type.Array(
      open("A computed discrepancy: value_conflict, cross_measure or changed_over_time"),
    ),
    chart: Type.Array(open("A value against its publication date")),
  },
);

export const FiguresQuerySchema = Type.Object({
  measure: Type.Optional(Type.Union(MEASURES.map((m) => Type.Literal(m)))),
  reliability: Type.Optional(
    Type.String({ maxLength: 100, description: 'source grades to keep, e.g. "A,B,ungraded"' }),
  ),
  credibility: Type.Optional(
    Type.String({ maxLength: 100, description: 'claim grades to keep, e.g. "1,2"' }),
  ),
});
export const FiguresSchema = Type.Union([
  MeasureFindingsSchema,
  Type.Array(MeasureFindingsSchema),
  Type.Null(),
]);

export const FigureCardsSchema = Type.Array(
  Type.Object(
    {
      measure: Type.String(),
      aspect: Type.Union([Type.String(), Type.Null()], {
        description: "for the catch-all measure, what its claims count (null: not said)",
      }),
      spread: Type.Union([Type.Object({ min: Type.Number(), max: Type.Number() }), Type.Null()]),
      independentOrigins: Type.Integer(),
      claims: Type.Integer(),
    },
    { description: "One quantity: its range over the claims, how many claims and origins" },
  ),
);

export const TimelineSchema = open(
  "Events of the case, each backed by claims or sources, with conflicting times",
  {
    caseId: Type.String(),
    events: Type.Array(open("An event")),
    conflicts: Type.Array(open("Time claims about one thing that disagree")),
  },
);

export const PlacesSchema = open(
  "GeoJSON FeatureCollection of the case's places (points) and flight routes (lines)",
  {
    type: Type.Literal("FeatureCollection"),
    features: Type.Array(open("A GeoJSON feature")),
  },
);

export const RecognitionsQuerySchema = Type.Object({
  qualification: Type.Optional(Type.String({ maxLength: 50 })),
  level: Type.Optional(Type.String({ maxLength: 50 })),
  issuer: Type.Optional(
    Type.Union(
      ISSUERS.map((i) => Type.Literal(i)),
      { description: "who speaks: a body, an office holder, or one member of a body" },
    ),
  ),
});
export const RecognitionsSchema = Type.Array(
  open(
    "A resolution, statement, court finding or remark about the event: who speaks (issuer), its standing, and the words its text uses (wording: qualification claims)",
  ),
);

export const QualificationsQuerySchema = Type.Object({
  qualification: Type.Optional(Type.Union(QUALIFICATIONS.map((q) => Type.Literal(q)))),
});
export const QualificationsSchema = Type.Array(
  open("A confirmed qualification claim: the quoted words, qualification, claimant and source", {
    claimId: Type.String(),
    sourceId: Type.String(),
    qualification: Type.String(),
    quote: Type.Union([Type.String(), Type.Null()]),
  }),
);
