/** Schemas of the web-capture routes. */
import { Type } from "typebox";
import { Nullable } from "./common.schemas.js";

export const CaptureStartSchema = Type.Object(
  {
    urls: Type.Array(Type.String({ minLength: 1, maxLength: 4000 }), { minItems: 1, maxItems: 50 }),
    metadata: Type.Optional(
      Type.Object(
        {},
        {
          additionalProperties: true,
          description: "the page's metadata, as for a batch ingest (kind, title, access, …)",
        },
      ),
    ),
    extract: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const CaptureFileSchema = Type.Object({
  seq: Type.Integer(),
  role: Type.String({ description: "warc, page, screenshot, pdf or media" }),
  url: Nullable(Type.String()),
  httpStatus: Nullable(Type.Integer()),
  sha256: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  sourceId: Nullable(Type.String()),
  href: Type.String(),
});

export const CaptureSchema = Type.Object({
  id: Type.String(),
  url: Type.String({ description: "the URL asked for" }),
  finalUrl: Type.String({ description: "where it ended after redirects" }),
  httpStatus: Type.Integer(),
  capturedAt: Type.String(),
  capturedBy: Type.String(),
  tool: Type.String(),
  sourceId: Type.String({ description: "the page's source" }),
  warnings: Type.Array(Type.String()),
  files: Type.Array(CaptureFileSchema),
});

export const CaptureFileParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  seq: Type.Integer({ minimum: 0, maximum: 10_000 }),
});
