/** A claim's provenance: what it rests on and what it passes on, set by a reviewer. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { ClaimSchema } from "../schemas/claim.schemas.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import { ProvenanceSchema } from "../schemas/provenance.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function provenanceRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.post(
    "/api/claims/:id/provenance",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "Set a claim's basis and derivedFrom link (versioned and logged; cycles refused)",
        tags: ["claims"],
        params: IdParams,
        body: ProvenanceSchema,
        response: { 200: ClaimSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    (req) => services.provenance.setProvenance(callerOf(req), req.params.id, req.body),
  );
}
