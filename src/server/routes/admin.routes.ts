/** Verification of the archive and the activity log, and removal of orphaned files, for administrators. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { Nullable, problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

const OrphanSchema = Type.Object({
  sha256: Type.String(),
  modified: Type.String({ format: "date-time" }),
});

const VerifyReportSchema = Type.Object({
  ok: Type.Boolean(),
  blobsChecked: Type.Integer(),
  logEntriesChecked: Type.Integer(),
  problems: Type.Array(
    Type.Object({ type: Type.String(), id: Type.String(), problem: Type.String() }),
  ),
  orphans: Type.Array(OrphanSchema),
});

const GcReportSchema = Type.Object({
  graceMs: Type.Number(),
  dryRun: Type.Boolean(),
  removed: Type.Array(OrphanSchema),
  kept: Type.Array(OrphanSchema),
  jobRetentionMs: Type.Number(),
  expiredJobs: Type.Array(Type.String()),
  viewRetentionMs: Type.Number(),
  prunedViews: Type.Integer(),
});

const GcBodySchema = Type.Object(
  {
    /** Orphans written more recently than this are kept (default 24 hours). */
    graceSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 * 365 * 24 * 3600 })),
    /** Records of jobs finished longer ago than this are removed, and their files with them (default 30 days). */
    keepJobsSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 * 365 * 24 * 3600 })),
    /** Logged page views older than this are forgotten (default 7 days); their log entries stay. */
    keepViewsSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 * 365 * 24 * 3600 })),
    dryRun: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const LogEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: "date-time" }),
  actor: Type.String(),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.String(),
  reason: Nullable(Type.String()),
  data: Type.Object({}, { additionalProperties: true }),
  prevHash: Type.String(),
  hash: Type.String(),
});

export function adminRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.post(
    "/api/verify",
    {
      config: { gate: "admin" },
      schema: {
        summary: "Re-hash every blob and walk the hash-chained log",
        tags: ["archive"],
        response: { 200: VerifyReportSchema, ...problems(401, 403) },
      },
    },
    (req) => services.verify.verify(callerOf(req)),
  );
  r.post(
    "/api/gc",
    {
      config: { gate: "admin" },
      schema: {
        summary:
          "Remove archived files no record names (left by failed ingests) once past a grace period",
        tags: ["archive"],
        body: GcBodySchema,
        response: { 200: GcReportSchema, ...problems(400, 401, 403) },
      },
    },
    (req) =>
      services.blobGc.gc(callerOf(req), {
        graceMs: req.body.graceSeconds === undefined ? undefined : req.body.graceSeconds * 1000,
        jobRetentionMs:
          req.body.keepJobsSeconds === undefined ? undefined : req.body.keepJobsSeconds * 1000,
        viewRetentionMs:
          req.body.keepViewsSeconds === undefined ? undefined : req.body.keepViewsSeconds * 1000,
        dryRun: req.body.dryRun,
      }),
  );
  r.get(
    "/api/log",
    {
      config: { gate: "admin" },
      schema: {
        summary: "The activity log, newest first",
        tags: ["archive"],
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
          before: Type.Optional(Type.Integer({ minimum: 1 })),
          target: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: Type.Array(LogEntrySchema), ...problems(401, 403) },
      },
    },
    (req) =>
      services.log.list(callerOf(req), {
        limit: req.query.limit,
        before: req.query.before,
        targetId: req.query.target,
      }),
  );
}
