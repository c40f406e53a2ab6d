/**
 * Re-extraction of claims from stored sources, one item per source. Repeatable: re-extraction
 * replaces a source's unreviewed proposals and keeps reviewed claims.
 */
import { InvalidInputError } from "../../errors.js";
import type { ItemJobType } from "../job-type.js";
import { type JsonObject, objectOf, optionalStrings } from "./input-fields.js";

export const reextractJob: ItemJobType = {
  type: "reextract",
  kind: "items",
  summary: "propose claims again from stored sources (one item per source)",
  parse(input) {
    const sources = optionalStrings(objectOf(input, "input"), "sources");
    if (!sources || sources.length === 0)
      throw new InvalidInputError("sources must be a non-empty list of source ids", "sources", {
        code: "invalid-input.empty-list",
        params: { field: "sources" },
      });
    return { sources };
  },
  items: (input) =>
    ((input as JsonObject).sources as string[]).map((id) => ({ label: id, input: id })),
  async runItem(ctx, _input, item) {
    return JSON.parse(
      JSON.stringify(await ctx.services.claims.reextract(ctx.caller, String(item))),
    );
  },
};
