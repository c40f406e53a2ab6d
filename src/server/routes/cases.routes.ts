/** A case: overview, figures per measure, timeline, places and routes, recognition registry. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import {
  CaseListSchema,
  CaseOverviewSchema,
  CaseParams,
  ClaimantNamesQuerySchema,
  ClaimantNamesSchema,
  FigureCardsSchema,
  FiguresQuerySchema,
  FiguresSchema,
  PlacesSchema,
  QualificationsQuerySchema,
  QualificationsSchema,
  RecognitionsQuerySchema,
  RecognitionsSchema,
  TimelineSchema,
} from "../schemas/case.schemas.js";
import { problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function casesRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["cases"];
  r.get(
    "/api/cases",
    {
      config: { gate: "anyone" },
      schema: { summary: "The cases in this store", tags, response: { 200: CaseListSchema } },
    },
    () => services.cases.list(),
  );
  r.get(
    "/api/cases/:id",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A case's overview",
        tags,
        params: CaseParams,
        response: { 200: CaseOverviewSchema, ...problems(400, 404) },
      },
    },
    (req) => services.cases.overview(callerOf(req), req.params.id),
  );
  r.get(
    "/api/cases/:id/claimant-names",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The case's claimant names that its data translates into a language",
        tags,
        params: CaseParams,
        querystring: ClaimantNamesQuerySchema,
        response: { 200: ClaimantNamesSchema, ...problems(400, 404) },
      },
    },
    (req) => services.cases.claimantNames(callerOf(req), req.params.id, req.query.lang),
  );
  r.get(
    "/api/cases/:id/figures",
    {
      config: { gate: "anyone" },
      schema: {
        summary:
          "Figures per measure: claims with basis and chain, independent origins, flags, chart data",
        tags,
        params: CaseParams,
        querystring: FiguresQuerySchema,
        response: { 200: FiguresSchema, ...problems(400, 404) },
      },
    },
    (req) =>
      services.figures.figures(callerOf(req), req.params.id, req.query.measure, {
        reliability: req.query.reliability?.split(","),
        credibility: req.query.credibility?.split(","),
      }),
  );
  r.get(
    "/api/cases/:id/figure-cards",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The overview's cards: each quantity's range, claims and independent origins",
        tags,
        params: CaseParams,
        response: { 200: FigureCardsSchema, ...problems(400, 404) },
      },
    },
    (req) => services.figures.cards(callerOf(req), req.params.id),
  );
  r.get(
    "/api/cases/:id/timeline",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The chronology, each event backed by claims; conflicting times flagged",
        tags,
        params: CaseParams,
        response: { 200: TimelineSchema, ...problems(400, 404) },
      },
    },
    (req) => services.cases.timeline(callerOf(req), req.params.id),
  );
  r.get(
    "/api/cases/:id/places",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Places and flight routes as GeoJSON",
        tags,
        params: CaseParams,
        response: { 200: PlacesSchema, ...problems(400, 404) },
      },
    },
    (req) => services.cases.places(callerOf(req), req.params.id),
  );
  r.get(
    "/api/cases/:id/recognitions",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Resolutions, statements, court findings and remarks about the event",
        tags,
        params: CaseParams,
        querystring: RecognitionsQuerySchema,
        response: { 200: RecognitionsSchema, ...problems(400, 404) },
      },
    },
    (req) => services.cases.recognitions(callerOf(req), req.params.id, req.query),
  );
  r.get(
    "/api/cases/:id/qualifications",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "What the sources call the event, in their own words (qualification claims)",
        tags,
        params: CaseParams,
        querystring: QualificationsQuerySchema,
        response: { 200: QualificationsSchema, ...problems(400, 404) },
      },
    },
    (req) => services.cases.qualifications(callerOf(req), req.params.id, req.query),
  );
}
