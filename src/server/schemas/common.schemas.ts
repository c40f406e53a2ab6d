/** Schemas shared by several routes: problems, paging, nullable helpers. */
import { type TSchema, Type } from "typebox";

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.Optional(
      Type.String({
        description:
          "stable code of the problem (src/core/problems/problem-codes.ts), for a message in the reader's language",
      }),
    ),
    params: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
        description: "the values the code's message names (field, limit, file…)",
      }),
    ),
    instance: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: "RFC 9457 problem details" },
);

/** The error answers a route can give, for the OpenAPI description. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
