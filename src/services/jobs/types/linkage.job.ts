/**
 * A linkage run as a job. Repeatable: a run replaces the earlier unreviewed proposals of its lists,
 * so a second delivery after a crash leaves the same state as one.
 */
import { InvalidInputError } from "../../errors.js";
import type { WholeJobType } from "../job-type.js";
import {
  compact,
  type JsonObject,
  objectOf,
  optionalBoolean,
  optionalNumber,
  optionalStrings,
} from "./input-fields.js";

export const linkageJob: WholeJobType = {
  type: "linkage",
  kind: "whole",
  summary: "link the records of person lists (proposals to review)",
  expireInSeconds: 3600,
  parse(input) {
    const o = objectOf(input ?? {}, "input");
    const threshold = optionalNumber(o, "threshold");
    if (threshold !== undefined && !(threshold > 0 && threshold <= 1))
      throw new InvalidInputError("threshold must be a probability in (0, 1]", "threshold", {
        code: "invalid-input.probability",
        params: { field: "threshold" },
      });
    return compact({
      lists: optionalStrings(o, "lists"),
      threshold,
      dedupe: optionalBoolean(o, "dedupe"),
      eventYear: optionalNumber(o, "eventYear"),
      seed: optionalNumber(o, "seed"),
    });
  },
  async run(ctx, input) {
    const o = input as JsonObject;
    let last = 0;
    const result = await ctx.services.registry.link(ctx.caller, {
      lists: o.lists as string[] | undefined,
      threshold: o.threshold as number | undefined,
      dedupe: o.dedupe as boolean | undefined,
      eventYear: o.eventYear as number | undefined,
      seed: o.seed as number | undefined,
      signal: ctx.signal,
      onProgress: (p) => {
        const now = Date.now();
        if (now - last < 500) return;
        last = now;
        void ctx.progress(p.done, p.total, p.stage).catch(() => {});
      },
    });
    await ctx.log(
      `${result.records} records, ${result.pairsCompared} pairs compared, ${result.proposed} links proposed`,
    );
    return JSON.parse(JSON.stringify(result));
  },
};
