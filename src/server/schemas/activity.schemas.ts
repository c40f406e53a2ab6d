/** Schemas of the activity log as readers browse it. */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

export const ActivityQuerySchema = Type.Object({
  actor: Type.Optional(
    Type.String({ maxLength: 200, description: "who made the change (signed-in callers)" }),
  ),
  action: Type.Optional(
    Type.String({
      maxLength: 500,
      description: "kinds of action, comma-separated: source.ingest, source.edit, claim.review, …",
    }),
  ),
  decision: Type.Optional(
    Type.String({ maxLength: 20, description: "a review's decision: confirm, correct, reject" }),
  ),
  from: Type.Optional(Type.String({ maxLength: 10, description: "first day, YYYY-MM-DD (UTC)" })),
  to: Type.Optional(Type.String({ maxLength: 10, description: "last day, YYYY-MM-DD (UTC)" })),
  case: Type.Optional(Type.String({ maxLength: 100, description: "entries about this case" })),
  target: Type.Optional(Type.String({ maxLength: 100, description: "entries about one item" })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

export const ActivityEntrySchema = Type.Object({
  seq: Type.Integer(),
  hash: Type.String({ description: "the entry's hash in the log's chain" }),
  at: Type.String({ format: "date-time" }),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.String(),
  caseId: Nullable(Type.String()),
  source: Nullable(
    Type.Object(
      { id: Type.String(), title: Type.String() },
      { description: "the source the entry is about (a claim's source for a claim)" },
    ),
  ),
  claim: Nullable(
    Type.Object(
      { id: Type.String(), caption: Type.String() },
      { description: "the claim the entry is about: its statement and the start of its quote" },
    ),
  ),
  detail: Nullable(
    Type.String({ description: "what a review decided: confirm, correct or reject" }),
  ),
  reason: Nullable(Type.String()),
  actor: Nullable(Type.String({ description: "who made the change; signed-in callers only" })),
});

export const ActivityPageSchema = Type.Object({
  items: Type.Array(ActivityEntrySchema),
  total: Type.Integer({ description: "entries matching the filters that the caller may see" }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
