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

export const ReviewSchema = Type.Object(
  {
    action: literals(["confirm", "correct", "reject"]),
    fields: Type.Optional(Type.Record(Type.String(), FieldValue)),
    claimant: Type.Optional(
      Type.Object({
        // Required for a new claimant (the service says so, naming the field); ignored with a ref.
        name: Type.Optional(Type.String({ maxLength: 300 })),
        role: literals(CLAIMANT_ROLES),
        // A claimant the case already knows, by its id; its name is taken from the case.
        ref: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
      }),
    ),
    basis: Type.Optional(literals(BASES)),
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
