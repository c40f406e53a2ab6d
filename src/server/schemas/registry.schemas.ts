/** Schemas of the victim registry routes: person lists, linkage, links, histories, estimates. */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

const Strings = Type.Record(Type.String(), Type.String());
const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
const LINK_STATUS = literals(["proposed", "candidate", "awaiting", "confirmed", "rejected"]);
const Paged = { total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() };
const BadRow = Type.Object({ line: Type.Integer(), reason: Type.String() });
const ListRef = Type.Object({ id: Type.String(), name: Type.String(), records: Type.Integer() });

export const PersonListSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  caseId: Nullable(Type.String()),
  fileName: Type.String(),
  sha256: Type.String({ description: "SHA-256 of the archived CSV bytes" }),
  access: Type.String(),
  recordCount: Type.Integer(),
  badRowCount: Type.Integer(),
  mapping: Type.Record(Type.String(), Type.String(), {
    description: "person field → CSV header it was read from",
  }),
  createdAt: Type.String({ format: "date-time" }),
  createdBy: Type.String(),
});

export const ListImportSchema = Type.Object({
  list: PersonListSchema,
  badRows: Type.Array(BadRow, { description: "rows not imported, with their line numbers" }),
});

export const ListPreviewSchema = Type.Object({
  fileName: Type.String(),
  columns: Type.Array(
    Type.Object({
      header: Type.String(),
      field: Nullable(
        Type.String({ description: "person field the column is read as; null: left out" }),
      ),
      id: Type.Boolean({ description: "the column holding each row's id" }),
    }),
  ),
  rows: Type.Array(Type.Array(Type.String()), { description: "the first data rows" }),
  rowCount: Type.Integer({ description: "data rows in the file" }),
  hasName: Type.Boolean({
    description: "some column is read as a name (else the import is refused)",
  }),
});

export const PersonListsSchema = Type.Object({
  items: Type.Array(PersonListSchema),
  total: Type.Integer(),
});

const PersonRecordSchema = Type.Object({
  id: Type.String(),
  rowNumber: Type.Integer({ description: "line in the CSV file where the row starts" }),
  key: Type.String(),
  fields: Strings,
  original: Strings,
});

export const PersonListDetailSchema = Type.Intersect([
  PersonListSchema,
  Type.Object({
    header: Type.Array(Type.String()),
    badRows: Type.Array(BadRow),
    acquisitionId: Type.String(),
    records: Type.Object({ items: Type.Array(PersonRecordSchema), ...Paged }),
  }),
]);

export const PageQuerySchema = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const LinkageBodySchema = Type.Object(
  {
    lists: Type.Optional(Type.Array(Type.String(), { maxItems: 30 })),
    threshold: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
    dedupe: Type.Optional(Type.Boolean()),
    eventYear: Type.Optional(Type.Integer({ minimum: 1000, maximum: 3000 })),
    seed: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);

export const LinkageRunSchema = Type.Object({
  runId: Type.String(),
  lists: Type.Array(ListRef),
  parameters: Type.Object({
    threshold: Type.Number(),
    mode: Type.String(),
    eventYear: Nullable(Type.Integer()),
    seed: Nullable(Type.Integer()),
  }),
  records: Type.Integer(),
  pairsCompared: Type.Integer(),
  links: Type.Integer(),
  proposed: Type.Integer(),
  alreadyReviewed: Type.Integer(),
  candidates: Type.Integer({
    description: "pairs below the threshold kept as candidates (GET /api/links?status=candidate)",
  }),
  replaced: Type.Integer(),
  clusters: Type.Integer(),
});

const LinkedRecord = Type.Object({
  id: Type.String(),
  listId: Type.String(),
  listName: Type.String(),
  rowNumber: Type.Integer(),
  key: Type.String(),
  fields: Strings,
});

export const LinkSchema = Type.Object({
  id: Type.String(),
  runId: Nullable(Type.String({ description: "null for a link made by hand" })),
  probability: Nullable(
    Type.Number({ description: "the model's match probability; null for a link made by hand" }),
  ),
  origin: Type.String({ description: "model (a linkage run) or manual (a reviewer's hand)" }),
  createdBy: Nullable(Type.String({ description: "who made a link by hand" })),
  status: Type.String(),
  createdAt: Type.String({ format: "date-time" }),
  reviewedBy: Nullable(Type.String()),
  reviewedAt: Nullable(Type.String({ format: "date-time" })),
  reviewReason: Nullable(Type.String()),
  left: LinkedRecord,
  right: LinkedRecord,
});

export const LinkListSchema = Type.Object({ items: Type.Array(LinkSchema), ...Paged });

export const LinkQuerySchema = Type.Object({
  status: Type.Optional(
    Type.Union([LINK_STATUS], {
      description:
        "candidate: pairs the model scored below the threshold, listed only when asked for",
    }),
  ),
  list: Type.Optional(Type.String({ description: "a list's id or name" })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const LinkReviewSchema = Type.Object(
  {
    action: literals(["confirm", "reject"]),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const HistoriesSchema = Type.Object({
  lists: Type.Array(ListRef),
  rows: Type.Array(
    Type.Object({
      pattern: Type.Array(Type.Integer({ minimum: 0, maximum: 1 })),
      count: Type.Integer(),
    }),
  ),
  records: Type.Integer(),
  confirmedLinks: Type.Integer(),
  people: Type.Integer({ description: "clusters of records joined by confirmed links" }),
});

export const HistoriesQuerySchema = Type.Object({
  lists: Type.Optional(
    Type.String({ description: "list ids or names, comma-separated; default all" }),
  ),
});

export const EstimatesQuerySchema = Type.Object({
  lists: Type.Optional(
    Type.String({ description: "list ids or names, comma-separated; default all" }),
  ),
  method: Type.Optional(
    Type.String({ description: "loglinear, dga, lcmcr (comma-separated); default all three" }),
  ),
  seed: Type.Optional(Type.Integer()),
  iterations: Type.Optional(Type.Integer({ minimum: 100, maximum: 200_000 })),
});

const NullableInt = Nullable(Type.Integer());
export const EstimatesSchema = Type.Object({
  seed: Type.Integer(),
  histories: HistoriesSchema,
  results: Type.Array(
    Type.Object({
      method: Type.String(),
      estimate: NullableInt,
      lower: NullableInt,
      upper: NullableInt,
      model: Nullable(Type.String()),
      observed: Type.Integer(),
      warnings: Type.Array(Type.String()),
      error: Nullable(Type.String({ description: "why this method gives no result here" })),
      // Why the lists carry no information about the unseen: no one recorded, no one on two
      // lists, or groups of lists that share no one. Null when they do carry some.
      noEstimate: Nullable(
        Type.Union([
          Type.Literal("empty"),
          Type.Literal("no-overlap"),
          Type.Literal("separate-groups"),
        ]),
      ),
    }),
  ),
});

export const ManualLinkSchema = Type.Object(
  {
    left: Type.String({ description: "a person record's id" }),
    right: Type.String({ description: "the other record's id" }),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const UnlinkSchema = Type.Object(
  { reason: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))) },
  { additionalProperties: false },
);

export const LinkHistorySchema = Type.Object({
  id: Type.String(),
  origin: Type.String(),
  status: Type.String(),
  items: Type.Array(
    Type.Object({
      version: Type.Integer(),
      status: Type.String(),
      at: Type.String({ format: "date-time" }),
      by: Nullable(Type.String({ description: "null: the linkage run" })),
      reason: Nullable(Type.String()),
      runId: Nullable(Type.String()),
      probability: Nullable(Type.Number()),
    }),
  ),
});

export const RecordSearchQuerySchema = Type.Object({
  // Optional in the schema so that a list the caller may not see is a 404 before a missing name.
  q: Type.Optional(Type.String({ maxLength: 200, description: "a name in any script" })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const RecordSearchSchema = Type.Object({
  list: Type.Object({ id: Type.String(), name: Type.String() }),
  items: Type.Array(PersonRecordSchema),
  ...Paged,
});
