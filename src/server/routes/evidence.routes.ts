/** The law as data, and evidence links: list, propose, add, review, detail with history. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { EXPENSIVE } from "../expensive-limit.js";
import { CaseParams } from "../schemas/case.schemas.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import {
  EvidenceLinkSchema,
  EvidenceQuerySchema,
  LawSchema,
  LinkReviewSchema,
  MatrixQuerySchema,
  MatrixSchema,
  NewLinkSchema,
  ProposeResultSchema,
  ReportQuerySchema,
} from "../schemas/evidence.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function evidenceRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["evidence"];
  r.get(
    "/api/law",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Elements of crimes and rules of attribution",
        tags,
        response: { 200: LawSchema },
      },
    },
    () => services.evidence.law(),
  );
  r.get(
    "/api/cases/:id/evidence",
    {
      config: { gate: "anyone" },
      schema: {
        summary:
          "Evidence links of a case the caller may see (the review queue is status=proposed)",
        tags,
        params: CaseParams,
        querystring: EvidenceQuerySchema,
        response: { 200: Type.Array(EvidenceLinkSchema), ...problems(400, 404) },
      },
    },
    (req) =>
      services.evidence.list(callerOf(req), req.params.id, {
        status: req.query.status,
        polarity: req.query.polarity,
        elementId: req.query.element,
        crime: req.query.crime,
      }),
  );
  r.get(
    "/api/cases/:id/matrix",
    {
      config: { gate: "anyone", ...EXPENSIVE },
      schema: {
        summary:
          "The legal matrix: per crime, each element with evidence for and against, and gaps",
        tags,
        params: CaseParams,
        querystring: MatrixQuerySchema,
        response: { 200: MatrixSchema, ...problems(400, 404) },
      },
    },
    (req) => services.matrix.matrix(callerOf(req), req.params.id, req.query),
  );
  r.get(
    "/api/cases/:id/report",
    {
      config: { gate: "anyone", ...EXPENSIVE },
      schema: {
        summary: "A footnoted brief of the case as HTML, Markdown or PDF",
        tags,
        params: CaseParams,
        querystring: ReportQuerySchema,
        response: {
          200: Type.Unsafe<Buffer>({ type: "string", format: "binary" }),
          ...problems(400, 404, 422),
        },
      },
    },
    async (req, reply) => {
      const out = await services.report.report(callerOf(req), req.params.id, req.query);
      return reply
        .type(out.mediaType)
        .header("content-disposition", `inline; filename="${out.fileName}"`)
        .send(Buffer.from(out.bytes));
    },
  );
  r.post(
    "/api/cases/:id/evidence/propose",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Propose links from the case's confirmed claims (never confirms one)",
        tags,
        params: CaseParams,
        response: { 200: ProposeResultSchema, ...problems(401, 403, 404) },
      },
    },
    (req) => services.evidence.propose(callerOf(req), req.params.id),
  );
  r.post(
    "/api/cases/:id/evidence",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Link a confirmed claim, a passage or a source to an element (awaits review)",
        tags,
        params: CaseParams,
        body: NewLinkSchema,
        response: { 201: EvidenceLinkSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const link = await services.evidence.create(callerOf(req), req.params.id, req.body);
      return reply.code(201).send(link);
    },
  );
  r.get(
    "/api/evidence/:id",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "An evidence link with every version it has had",
        tags,
        params: IdParams,
        response: {
          200: Type.Intersect([
            EvidenceLinkSchema,
            Type.Object({ history: Type.Array(Type.Object({}, { additionalProperties: true })) }),
          ]),
          ...problems(404),
        },
      },
    },
    (req) => services.evidence.get(callerOf(req), req.params.id),
  );
  r.post(
    "/api/evidence/:id/review",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "Confirm, correct or reject a link (reason required to reject)",
        tags,
        params: IdParams,
        body: LinkReviewSchema,
        response: { 200: EvidenceLinkSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    (req) => services.evidence.review(callerOf(req), req.params.id, req.body),
  );
}
