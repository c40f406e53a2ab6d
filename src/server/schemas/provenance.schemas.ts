/** Schemas of a claim's provenance (basis, derivedFrom) and of reviewers' grades. */
import { Type } from "typebox";
import { BASES, LINK_KINDS } from "../../core/model/provenance.js";
import { Nullable } from "./common.schemas.js";

const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const LinkSchema = Type.Object(
  {
    kind: literals(LINK_KINDS),
    id: Type.String({ minLength: 1, maxLength: 300 }),
  },
  {
    additionalProperties: false,
    description: "a claim or source (store id) or a claimant (case id or name)",
  },
);

export const ProvenanceSchema = Type.Object(
  {
    basis: Type.Optional(literals(BASES)),
    derivedFrom: Type.Optional(Nullable(LinkSchema)),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const GradeParams = Type.Object({
  target: literals(["sources", "claims"]),
  id: Type.String({ minLength: 1, maxLength: 100 }),
});

export const GradeBodySchema = Type.Object(
  {
    grade: Type.String({
      maxLength: 10,
      description: 'A–F for a source, 1–6 for a claim, or "ungraded"',
    }),
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const GradeHistorySchema = Type.Object({
  target: Type.String(),
  id: Type.String(),
  grade: Nullable(Type.String({ description: "the current grade; null when ungraded" })),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      grade: Nullable(Type.String()),
      reason: Type.String(),
      by: Type.String(),
      at: Type.String({ format: "date-time" }),
    }),
  ),
});
