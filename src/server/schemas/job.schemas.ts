/** Schemas of jobs: the view every job endpoint answers with, and the start request. */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

export const JobSchema = Type.Object({
  id: Type.String(),
  type: Type.String(),
  state: Type.String({ description: "queued, running, completed, failed or cancelled" }),
  startedBy: Type.String(),
  createdAt: Type.String(),
  startedAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  progress: Type.Object({
    done: Type.Integer(),
    failed: Type.Integer(),
    total: Type.Integer(),
    currentItem: Nullable(Type.String()),
  }),
  result: Type.Unknown(),
  error: Nullable(Type.String()),
  url: Type.String(),
});

export const JobDetailSchema = Type.Intersect([
  JobSchema,
  Type.Object({
    log: Type.Array(Type.Object({ at: Type.String(), message: Type.String() })),
    items: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        label: Type.String(),
        state: Type.String(),
        result: Type.Unknown(),
        error: Nullable(Type.String()),
        worker: Nullable(Type.String({ description: "host:pid of the process that settled it" })),
      }),
    ),
  }),
]);

export const JobListSchema = Type.Object({
  items: Type.Array(JobSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const JobListQuerySchema = Type.Object({
  state: Type.Optional(Type.String()),
  limit: Type.Optional(Type.Integer({ minimum: 1 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const JobStartSchema = Type.Object({
  type: Type.String({ minLength: 1, maxLength: 100 }),
  input: Type.Optional(Type.Unknown()),
});
