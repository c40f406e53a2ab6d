/** Claims: list, detail with history, review, bulk confirmation, re-extraction of a source. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import type { Basis } from "../../core/model/provenance.js";
import type { ClaimantChange } from "../../services/claimant-change.js";
import {
  BulkConfirmSchema,
  CaseClaimantsSchema,
  ClaimDetailSchema,
  ClaimListSchema,
  ClaimQuerySchema,
  ClaimSchema,
  CreateClaimSchema,
  ReviewSchema,
} from "../schemas/claim.schemas.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function claimsRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["claims"];
  r.get(
    "/api/claims",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Claims the caller may see (the review queue is status=proposed)",
        tags,
        querystring: ClaimQuerySchema,
        response: { 200: ClaimListSchema, ...problems(400, 401) },
      },
    },
    (req) =>
      services.claims.list(callerOf(req), {
        sourceId: req.query.source,
        caseId: req.query.case,
        status: req.query.status,
        kind: req.query.kind,
        measure: req.query.measure,
        limit: req.query.limit,
        offset: req.query.offset,
      }),
  );
  r.get(
    "/api/claims/:id",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A claim with every version it has had",
        tags,
        params: IdParams,
        response: { 200: ClaimDetailSchema, ...problems(401, 404) },
      },
    },
    (req) => services.claims.get(callerOf(req), req.params.id),
  );
  r.post(
    "/api/claims/:id/review",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "Confirm, correct or reject a claim (reason required to reject)",
        tags,
        params: IdParams,
        body: ReviewSchema,
        response: { 200: ClaimSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    (req) =>
      services.claims.review(callerOf(req), req.params.id, {
        action: req.body.action,
        fields: req.body.fields,
        claimant: req.body.claimant as ClaimantChange | undefined,
        basis: req.body.basis as Basis | undefined,
        locator: req.body.locator,
        reason: req.body.reason,
      }),
  );
  r.post(
    "/api/claims",
    {
      config: { gate: "editor" },
      schema: {
        summary:
          "File a claim by hand on a text span, a picture's region (rectangle or polygon) or a recording's time range; it arrives proposed",
        tags,
        body: CreateClaimSchema,
        response: { 201: ClaimSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const claim = await services.claims.create(callerOf(req), {
        sourceId: req.body.source,
        kind: req.body.kind,
        fields: req.body.fields,
        claimant: req.body.claimant as ClaimantChange,
        basis: req.body.basis,
        locator: req.body.locator,
        reason: req.body.reason,
      });
      return reply.code(201).send(claim);
    },
  );
  r.get(
    "/api/claims/:id/claimants",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "The claimants of the claim's case a correction may name (empty outside a case)",
        tags,
        params: IdParams,
        response: { 200: CaseClaimantsSchema, ...problems(401, 403, 404) },
      },
    },
    (req) => services.claims.claimantsFor(callerOf(req), req.params.id),
  );
  r.post(
    "/api/claims/confirm",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "Confirm several claims at once (all or none)",
        tags,
        body: BulkConfirmSchema,
        response: {
          200: Type.Object({ confirmed: Type.Integer() }),
          ...problems(400, 401, 403, 404, 409),
        },
      },
    },
    (req) => services.claims.confirmMany(callerOf(req), req.body.ids, req.body.reason ?? null),
  );
  r.post(
    "/api/sources/:id/extract",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Propose claims again; reviewed claims are kept",
        tags,
        params: IdParams,
        response: {
          200: Type.Object({
            removed: Type.Integer(),
            proposed: Type.Integer(),
            keptReviewed: Type.Integer(),
          }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    (req) => services.claims.reextract(callerOf(req), req.params.id),
  );
}
