/** Full-text search and the people of a case. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { EXPENSIVE } from "../expensive-limit.js";
import { CaseParams } from "../schemas/case.schemas.js";
import { Nullable, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const SearchQuerySchema = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 500,
    description: "words; any alphabet or romanisation (Khojaly = Xocalı = Ходжалы)",
  }),
  case: Type.Optional(Type.String({ maxLength: 100 })),
  kind: Type.Optional(Type.String({ maxLength: 50 })),
  from: Type.Optional(
    Type.String({ maxLength: 10, description: "published on or after (YYYY[-MM[-DD]])" }),
  ),
  to: Type.Optional(Type.String({ maxLength: 10, description: "published on or before" })),
  affiliation: Type.Optional(
    Type.String({ maxLength: 50, description: "publisher's affiliation" }),
  ),
  measure: Type.Optional(
    Type.String({ maxLength: 50, description: "passages holding a figure of this measure" }),
  ),
  place: Type.Optional(
    Type.String({ maxLength: 100, description: "gazetteer place id the passage names" }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

const HitSchema = Type.Object({
  sourceId: Type.String(),
  passageId: Type.String(),
  seq: Type.Integer(),
  score: Type.Number(),
  snippet: Type.String({ description: "escaped text; matches wrapped in <mark>" }),
  sourceTitle: Type.String(),
  sourceKind: Type.String(),
  published: Nullable(Type.Object({ iso: Type.String(), precision: Type.String() })),
  start: Type.Integer(),
  end: Type.Integer(),
  moment: Nullable(
    Type.Object(
      { sourceId: Type.String(), start: Type.Number(), end: Type.Number() },
      { description: "for a transcript's line: the recording and the line's moment (seconds)" },
    ),
  ),
});

const PeopleSchema = Type.Array(
  Type.Object({
    name: Type.String(),
    roles: Type.Array(Type.String()),
    sourceIds: Type.Array(Type.String()),
    claimIds: Type.Array(Type.String()),
  }),
);

export function searchRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get(
    "/api/search",
    {
      config: { gate: "anyone", ...EXPENSIVE },
      schema: {
        summary: "Full-text search over passages, ranked, with highlighted snippets",
        tags: ["search"],
        querystring: SearchQuerySchema,
        response: {
          200: Type.Object({
            total: Type.Integer(),
            totalIsLowerBound: Type.Boolean(),
            limit: Type.Integer(),
            offset: Type.Integer(),
            hits: Type.Array(HitSchema),
          }),
          ...problems(400),
        },
      },
    },
    (req) => {
      const { q, case: caseId, ...rest } = req.query;
      // Only the memorial widens who is named; a query parameter never does.
      return services.search.search(callerOf(req), {
        q,
        caseId,
        ...rest,
        consentScopes: undefined,
      });
    },
  );
  r.get(
    "/api/cases/:id/people",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Witnesses, authors and named persons with the sources and claims that name them",
        tags: ["cases"],
        params: CaseParams,
        response: { 200: PeopleSchema, ...problems(404) },
      },
    },
    (req) => services.people.people(callerOf(req), req.params.id),
  );
}
