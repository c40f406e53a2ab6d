/** The victim registry: person lists, linkage runs, link review, capture histories, estimates. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { EXPENSIVE } from "../expensive-limit.js";
import { IdParams, problems } from "../schemas/common.schemas.js";
import {
  EstimatesQuerySchema,
  EstimatesSchema,
  HistoriesQuerySchema,
  HistoriesSchema,
  LinkageBodySchema,
  LinkageRunSchema,
  LinkHistorySchema,
  LinkListSchema,
  LinkQuerySchema,
  LinkReviewSchema,
  LinkSchema,
  ListImportSchema,
  ListPreviewSchema,
  ManualLinkSchema,
  PageQuerySchema,
  PersonListDetailSchema,
  PersonListsSchema,
  RecordSearchQuerySchema,
  RecordSearchSchema,
  UnlinkSchema,
} from "../schemas/registry.schemas.js";
import { LIST_UPLOAD_FIELDS, readListUpload } from "./list-upload.js";
import type { RouteDeps } from "./route-deps.js";

const split = (value: string | undefined) => value?.split(",").filter(Boolean);

export function registryRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["registry"];
  r.post(
    "/api/lists",
    {
      config: { gate: "editor" },
      schema: {
        summary: "Import a CSV list of persons (multipart/form-data: 'file' plus fields)",
        description: `Fields: ${LIST_UPLOAD_FIELDS.join(", ")}. name is required; map is field=column,…; access defaults to restricted. Bad rows are reported with their line numbers and skipped.`,
        tags,
        consumes: ["multipart/form-data"],
        response: { 201: ListImportSchema, ...problems(400, 401, 403, 404, 409, 413) },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req);
      const upload = await readListUpload(req);
      const outcome = await services.registry.importList(caller, {
        bytes: upload.file.bytes,
        fileName: upload.file.name,
        origin: "upload",
        name: upload.fields.get("name") ?? "",
        caseId: upload.fields.get("case"),
        access: upload.fields.get("access"),
        idColumn: upload.fields.get("id"),
        map: upload.map,
        ignore: upload.ignore,
      });
      return reply.status(201).send(outcome);
    },
  );
  r.post(
    "/api/lists/preview",
    {
      config: { gate: "editor" },
      schema: {
        summary:
          "What an import of a CSV list would read: each column's field (detected or as mapped) and the first rows; nothing is stored",
        description: `Same multipart form as POST /api/lists (${LIST_UPLOAD_FIELDS.join(", ")}); map and ignore may be JSON (an object field → column, an array of columns).`,
        tags,
        consumes: ["multipart/form-data"],
        response: { 200: ListPreviewSchema, ...problems(400, 401, 403, 413) },
      },
    },
    async (req) => {
      const upload = await readListUpload(req);
      return services.registry.previewList(callerOf(req), {
        bytes: upload.file.bytes,
        fileName: upload.file.name,
        map: upload.map,
        ignore: upload.ignore,
        idColumn: upload.fields.get("id"),
      });
    },
  );
  r.get(
    "/api/lists",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "The person lists the caller may see",
        tags,
        response: { 200: PersonListsSchema, ...problems(401) },
      },
    },
    (req) => services.registry.lists(callerOf(req)),
  );
  r.get(
    "/api/lists/:id",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A person list (by id or name) with a page of its records and its bad rows",
        tags,
        params: IdParams,
        querystring: PageQuerySchema,
        response: { 200: PersonListDetailSchema, ...problems(400, 401, 404) },
      },
    },
    (req) => services.registry.list(callerOf(req), req.params.id, req.query),
  );
  r.post(
    "/api/linkage",
    {
      config: { gate: "editor", ...EXPENSIVE },
      schema: {
        summary:
          "Link the records of person lists; links above the threshold are stored as proposals",
        tags,
        body: LinkageBodySchema,
        response: { 200: LinkageRunSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (req) => services.registry.link(callerOf(req), req.body),
  );
  r.get(
    "/api/links",
    {
      config: { gate: "anyone" },
      schema: {
        summary:
          "Links between person records, most probable first (the review queue is status=proposed)",
        tags,
        querystring: LinkQuerySchema,
        response: { 200: LinkListSchema, ...problems(400, 401, 404) },
      },
    },
    (req) => services.registry.links(callerOf(req), req.query),
  );
  r.post(
    "/api/links/:id/review",
    {
      config: { gate: "reviewer" },
      schema: {
        summary: "Confirm or reject a link (reason required to reject); records are never merged",
        tags,
        params: IdParams,
        body: LinkReviewSchema,
        response: { 200: LinkSchema, ...problems(400, 401, 403, 404) },
      },
    },
    (req) => services.registry.reviewLink(callerOf(req), req.params.id, req.body),
  );
  r.post(
    "/api/links",
    {
      config: { gate: "reviewer" },
      schema: {
        summary:
          "Link two person records by hand (no model probability); versioned and logged, four eyes apply",
        tags,
        body: ManualLinkSchema,
        response: { 201: LinkSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await services.registry.linkByHand(callerOf(req), req.body)),
  );
  r.post(
    "/api/links/:id/unlink",
    {
      config: { gate: "reviewer" },
      schema: {
        summary:
          "Unlink a link of any origin (proposed, a candidate, confirmed, made by hand); the reason is optional",
        tags,
        params: IdParams,
        body: UnlinkSchema,
        response: { 200: LinkSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    (req) => services.registry.unlink(callerOf(req), req.params.id, req.body),
  );
  r.get(
    "/api/links/:id/history",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "A link's history: how it was made, then every decision with who, when and why",
        tags,
        params: IdParams,
        response: { 200: LinkHistorySchema, ...problems(401, 404) },
      },
    },
    (req) => services.registry.linkHistory(callerOf(req), req.params.id),
  );
  r.get(
    "/api/lists/:id/records",
    {
      config: { gate: "anyone" },
      schema: {
        summary:
          "Records of a list found by name in any script (Azerbaijani Latin, Cyrillic, English)",
        tags,
        params: IdParams,
        querystring: RecordSearchQuerySchema,
        response: { 200: RecordSearchSchema, ...problems(400, 401, 404) },
      },
    },
    (req) => services.registry.searchRecords(callerOf(req), req.params.id, req.query),
  );
  r.get(
    "/api/registry/histories",
    {
      config: { gate: "anyone", ...EXPENSIVE },
      schema: {
        summary: "Capture histories from the clusters of confirmed links",
        tags,
        querystring: HistoriesQuerySchema,
        response: { 200: HistoriesSchema, ...problems(400, 401, 404) },
      },
    },
    (req) => services.registry.histories(callerOf(req), split(req.query.lists)),
  );
  r.get(
    "/api/registry/estimates",
    {
      config: { gate: "anyone", ...EXPENSIVE },
      schema: {
        summary:
          "Estimates of the total from the capture histories: log-linear, DGA and LCMCR side by side",
        tags,
        querystring: EstimatesQuerySchema,
        response: { 200: EstimatesSchema, ...problems(400, 401, 404) },
      },
    },
    (req) =>
      services.registry.estimates(callerOf(req), {
        lists: split(req.query.lists),
        methods: split(req.query.method),
        seed: req.query.seed,
        iterations: req.query.iterations,
      }),
  );
}
