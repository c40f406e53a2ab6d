/** Schemas shared by several routes: problems, paging, nullable helpers. */
import { type TSchema, Type } from "typebox";

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.Optional(Type.String()),
  },
  { additionalProperties: true, description: "RFC 9457 problem details" },
);

/** The error answers a route can give, for the OpenAPI description. */
export const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
