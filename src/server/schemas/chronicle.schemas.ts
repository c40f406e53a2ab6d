/** Schemas of the photo chronicle routes. */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

const Person = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    recordId: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  },
  { additionalProperties: false },
);
const Access = Type.String({ maxLength: 20, description: "public, restricted or confidential" });

export const ChronicleAddBody = Type.Object(
  {
    sourceId: Type.String({ minLength: 1, maxLength: 100 }),
    caption: Type.Optional(Type.String({ maxLength: 4000 })),
    persons: Type.Optional(Type.Array(Person, { maxItems: 200 })),
    access: Type.Optional(Access),
    position: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const ChronicleEditBody = Type.Object(
  {
    caption: Type.Optional(Type.String({ maxLength: 4000 })),
    persons: Type.Optional(Type.Array(Person, { maxItems: 200 })),
    access: Type.Optional(Access),
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const ChronicleMoveBody = Type.Object(
  { position: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);

export const ChronicleRemoveQuery = Type.Object({
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const ChronicleEntrySchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  sourceId: Type.String(),
  position: Type.Integer(),
  caption: Type.String(),
  persons: Type.Array(Type.Object({ name: Type.String(), recordId: Nullable(Type.String()) })),
  access: Type.String(),
  version: Type.Integer(),
  changedAt: Type.String(),
  changedBy: Type.String(),
  source: Type.Object({
    title: Type.String(),
    width: Nullable(Type.Integer()),
    height: Nullable(Type.Integer()),
    hasThumbnail: Type.Boolean(),
  }),
});

export const ChronicleSchema = Type.Object({
  caseId: Type.String(),
  items: Type.Array(ChronicleEntrySchema),
  total: Type.Integer(),
});
