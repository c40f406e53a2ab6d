/** Schemas of the claims routes. */
import { Type } from "typebox";
import { CLAIM_KINDS, CLAIM_STATUSES, CLAIMANT_ROLES, MEASURES } from "../../core/model/claim.js";
import { BASES } from "../../core/model/provenance.js";
import { Nullable } from "./common.schemas.js";
import { FieldChangeSchema } from "./source.schemas.js";

const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
// Null first: with type coercion on, a null tried against String first would become "".
const FieldValue = Type.Union([Type.Null(), Type.Number(), Type.Boolean(), Type.String()]);
// Stored fields may also hold a position a source states itself (a photo's GPS).
const StoredFieldValue = Type.Union([
  ...FieldValue.anyOf,
  Type.Object({ lat: Type.Number(), lon: Type.Number() }),
]);
const RegionSchema = Type.Union([
  Type.Object({
    shape: Type.Literal("rect"),
    x: Type.Number(),
    y: Type.Number(),
    width: Type.Number(),
    height: Type.Number(),
  }),
  Type.Object({
    shape: Type.Literal("polygon"),
    points: Type.Array(Type.Tuple([Type.Number(), Type.Number()])),
  }),
]);
/** Where a claim is in its source (core/model/locator.ts); pixels of the original, seconds. */
export const LocatorSchema = Type.Union([
  Type.Object({ type: Type.Literal("TextSpan"), start: Type.Integer(), end: Type.Integer() }),
  Type.Object({ type: Type.Literal("ImageRegion"), region: RegionSchema }),
  Type.Object({
    type: Type.Literal("MediaTime"),
    time: Type.Object({ start: Type.Number(), end: Type.Number() }),
    region: Type.Optional(RegionSchema),
  }),
  Type.Object({
    type: Type.Literal("MetadataFieldSelector"),
    field: Type.String(),
    value: Type.String(),
  }),
]);
// Given locators are checked by the service, whose problems name the exact field at fault.
const LocatorInput = Type.Object(
  { type: Type.String({ description: "TextSpan, ImageRegion or MediaTime" }) },
  { additionalProperties: true, description: "a TextSpan, ImageRegion or MediaTime locator" },
);
const ClaimantSchema = Type.Object({
  name: Type.String(),
  role: Type.String(),
  ref: Type.Optional(Nullable(Type.String())),
});

export const ClaimSchema = Type.Object({
  id: Type.String(),
  sourceId: Type.String(),
  sourceTitle: Nullable(Type.String()),
  passageId: Nullable(Type.String()),
  kind: Type.String(),
  start: Type.Integer({ description: "offset into the source's text (UTF-16 code units)" }),
  end: Type.Integer(),
  text: Nullable(Type.String({ description: "the quoted words; null for a citation-only source" })),
  prefix: Nullable(Type.String()),
  suffix: Nullable(Type.String()),
  locator: LocatorSchema,
  quoteSha256: Nullable(Type.String()),
  fields: Type.Record(Type.String(), StoredFieldValue),
  claimant: ClaimantSchema,
  basis: Type.String(),
  derivedFrom: Nullable(Type.Object({ kind: Type.String(), id: Type.String() })),
  status: Type.String(),
  origin: Type.String(),
  version: Type.Integer(),
  createdAt: Type.String({ format: "date-time" }),
  reviewedBy: Nullable(Type.String()),
  reviewedAt: Nullable(Type.String({ format: "date-time" })),
  reviewReason: Nullable(Type.String()),
});

export const ClaimDetailSchema = Type.Intersect([
  ClaimSchema,
  Type.Object({
    history: Type.Array(
      Type.Object({
        version: Type.Integer(),
        changes: Type.Array(FieldChangeSchema, {
          description: "what this version changed, field by field; empty for the first",
        }),
        status: Type.String(),
        fields: Type.Record(Type.String(), StoredFieldValue),
        claimant: Type.Object({}, { additionalProperties: true }),
        basis: Type.String(),
        derivedFrom: Nullable(Type.Object({ kind: Type.String(), id: Type.String() })),
        at: Type.String(),
        by: Type.String(),
        reason: Nullable(Type.String()),
        locator: Nullable(LocatorSchema),
      }),
    ),
  }),
]);

export const ClaimListSchema = Type.Object({
  items: Type.Array(ClaimSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const ClaimQuerySchema = Type.Object({
  source: Type.Optional(Type.String()),
  case: Type.Optional(Type.String()),
  status: Type.Optional(literals(CLAIM_STATUSES)),
  kind: Type.Optional(literals(CLAIM_KINDS)),
  measure: Type.Optional(literals(MEASURES)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

const ClaimantInput = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 300 })),
  role: literals(CLAIMANT_ROLES),
  ref: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
});

export const ReviewSchema = Type.Object(
  {
    action: literals(["confirm", "correct", "reject"]),
    fields: Type.Optional(Type.Record(Type.String(), FieldValue)),
    // A new claimant needs a name (the service says so, naming the field); with a ref (a claimant
    // the case already knows, by its id) the name is taken from the case.
    claimant: Type.Optional(ClaimantInput),
    basis: Type.Optional(literals(BASES)),
    locator: Type.Optional(LocatorInput),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const CreateClaimSchema = Type.Object(
  {
    source: Type.String({ maxLength: 100, description: "the source's id" }),
    kind: literals(CLAIM_KINDS),
    fields: Type.Record(Type.String(), FieldValue),
    claimant: ClaimantInput,
    basis: Type.Optional(literals(BASES)),
    locator: LocatorInput,
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const BulkConfirmSchema = Type.Object(
  {
    ids: Type.Array(Type.String(), { minItems: 1, maxItems: 500 }),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const CaseClaimantsSchema = Type.Array(
  Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String() }),
);
