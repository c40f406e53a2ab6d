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
