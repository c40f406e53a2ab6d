/** An export of a case as a job, for exports too large to wait for over HTTP; its file at /api/jobs/:id/output. */
import { InvalidInputError } from "../../errors.js";
import { EXPORT_FORMATS } from "../../export.service.js";
import type { WholeJobType } from "../job-type.js";
import { keepOutput } from "./file-output.js";
import { compact, type JsonObject, objectOf, optionalString } from "./input-fields.js";

export const exportJob: WholeJobType = {
  type: "export",
  kind: "whole",
  summary: "export a case (json, jsonld, geojson, csv, events) to a file",
  expireInSeconds: 3600,
  parse(input) {
    const o = objectOf(input ?? {}, "input");
    const caseId = optionalString(o, "case");
    const format = optionalString(o, "format");
    if (!caseId) throw new InvalidInputError("input.case is required", "case");
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new InvalidInputError(
        `input.format must be one of ${EXPORT_FORMATS.join(", ")}`,
        "format",
      );
    return compact({ case: caseId, format, table: optionalString(o, "table") });
  },
  async run(ctx, input) {
    const o = input as JsonObject;
    const out = await ctx.services.exports.export(ctx.caller, String(o.case), {
      format: String(o.format),
      table: o.table === undefined ? undefined : String(o.table),
    });
    return keepOutput(ctx, out, {
      exportedAt: out.stamp.exportedAt,
      logHead: out.stamp.logHead ? { ...out.stamp.logHead } : null,
    });
  },
};
