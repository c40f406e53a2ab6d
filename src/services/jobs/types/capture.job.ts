/**
 * Web capture as a job of items, one per URL, shared by every worker. Each capture is recorded in
 * the transaction that settles its item (see capture.service.ts for what comes before it).
 */
import { CaptureTargetError, parseCaptureUrl } from "../../../core/capture/capture-target.js";
import type { Json } from "../../../core/hash/canonical-json.js";
import type { SourceMetadataPatch } from "../../../core/source/source-metadata.js";
import { InvalidInputError } from "../../errors.js";
import type { CaptureView } from "../../presenters/capture.presenter.js";
import type { ItemJobType } from "../job-type.js";
import { parseMetadata } from "./ingest-batch.job.js";
import { compact, type JsonObject, objectOf, optionalBoolean } from "./input-fields.js";

/** More than this in one job is refused: each URL may fetch dozens of files. */
export const MAX_CAPTURE_URLS = 50;

/** A capture as its item's result: the view as plain JSON. */
const resultOf = (view: CaptureView): Json => JSON.parse(JSON.stringify(view)) as Json;

export const captureJob: ItemJobType = {
  type: "capture",
  kind: "items",
  summary: "capture web pages: WARC, readable text, screenshot, PDF and media (one item per URL)",
  // A page, its media and a browser's rendering, each under the capture's own time limit.
  expireInSeconds: 15 * 60,
  parse(input) {
    const o = objectOf(input, "input");
    const urls = o.urls;
    if (!Array.isArray(urls) || urls.length === 0)
      throw new InvalidInputError("urls must be a non-empty list", "urls", {
        code: "invalid-input.empty-list",
        params: { field: "urls" },
      });
    if (urls.length > MAX_CAPTURE_URLS)
      throw new InvalidInputError(`at most ${MAX_CAPTURE_URLS} URLs in one capture job`, "urls", {
        code: "invalid-input.max-items",
        params: { field: "urls", limit: MAX_CAPTURE_URLS },
      });
    const checked = urls.map((u, i) => {
      if (typeof u !== "string")
        throw new InvalidInputError(`urls[${i}] must be a string`, `urls[${i}]`, {
          code: "invalid-input.type",
          params: { field: `urls[${i}]`, type: "string" },
        });
      try {
        return parseCaptureUrl(u).href;
      } catch (error) {
        if (error instanceof CaptureTargetError)
          throw new InvalidInputError(error.message, `urls[${i}]`);
        throw error;
      }
    });
    return compact({
      urls: checked,
      metadata: parseMetadata(o.metadata),
      extract: optionalBoolean(o, "extract"),
    });
  },
  items: (input) =>
    ((input as JsonObject).urls as string[]).map((url) => ({ label: url, input: url })),
  async runItem(ctx, input, item) {
    const job = input as JsonObject;
    const view = await ctx.services.capture.capture(ctx.caller, item as string, {
      metadata: job.metadata as SourceMetadataPatch,
      extract: job.extract !== false,
      // The item settles with its result in the transaction that records the capture.
      settle: (tx, capture) => ctx.settle(tx, resultOf(capture)),
    });
    return resultOf(view);
  },
  summarise(results) {
    return {
      urls: results.length,
      captured: results.filter((r) => r.state === "done").length,
      failed: results.filter((r) => r.state === "failed").length,
      captures: results.map((r) => ((r.result ?? {}) as JsonObject).id ?? null),
      errors: results.filter((r) => r.error).map((r) => r.error as string),
    };
  },
};
