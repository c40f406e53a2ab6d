/** Reviewers' grades: a source's reliability (A–F), a claim's credibility (1–6), with history. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { problems } from "../schemas/common.schemas.js";
import { GradeBodySchema, GradeHistorySchema, GradeParams } from "../schemas/provenance.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const targetOf = (plural: "sources" | "claims") => (plural === "sources" ? "source" : "claim");

export function gradesRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["grades"];
  r.get(
    "/api/:target/:id/grades",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A source's or claim's current grade and every earlier one",
        tags,
        params: GradeParams,
        response: { 200: GradeHistorySchema, ...problems(400, 404) },
      },
    },
    (req) => services.grades.history(callerOf(req), targetOf(req.params.target), req.params.id),
  );
  r.post(
    "/api/:target/:id/grades",
    {
      config: { gate: "reviewer" },
      schema: {
        summary:
          'Grade a source (A–F) or a claim (1–6), or return it to "ungraded"; a reason is required',
        tags,
        params: GradeParams,
        body: GradeBodySchema,
        response: { 200: GradeHistorySchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    (req) =>
      services.grades.grade(callerOf(req), targetOf(req.params.target), req.params.id, req.body),
  );
}
