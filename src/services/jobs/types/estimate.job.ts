/** The estimators (log-linear, DGA, LCMCR) over the confirmed links, as a job: read-only, repeatable. */
import type { WholeJobType } from "../job-type.js";
import {
  compact,
  type JsonObject,
  objectOf,
  optionalNumber,
  optionalStrings,
} from "./input-fields.js";

export const estimateJob: WholeJobType = {
  type: "estimate",
  kind: "whole",
  summary: "estimate the total number of victims from the confirmed links",
  expireInSeconds: 3600,
  parse(input) {
    const o = objectOf(input ?? {}, "input");
    return compact({
      lists: optionalStrings(o, "lists"),
      methods: optionalStrings(o, "methods"),
      seed: optionalNumber(o, "seed"),
      iterations: optionalNumber(o, "iterations"),
    });
  },
  async run(ctx, input) {
    const o = input as JsonObject;
    const result = await ctx.services.registry.estimates(ctx.caller, {
      lists: o.lists as string[] | undefined,
      methods: o.methods as string[] | undefined,
      seed: o.seed as number | undefined,
      iterations: o.iterations as number | undefined,
      signal: ctx.signal,
      onProgress: (method, done, total) => {
        void ctx.progress(done, total, method).catch(() => {});
      },
    });
    return JSON.parse(JSON.stringify(result));
  },
};
