/** An export of a case as a job, for exports too large to wait for over HTTP; its file at /api/jobs/:id/output. */
import { EXPORT_FORMATS } from "../../export.service.js";
import type { WholeJobType } from "../job-type.js";
import { keepOutput } from "./file-output.js";
import { caseFileInput, type JsonObject } from "./input-fields.js";

export const exportJob: WholeJobType = {
  type: "export",
  kind: "whole",
  summary: "export a case (json, jsonld, geojson, csv, events) to a file",
  expireInSeconds: 3600,
  parse: (input) => caseFileInput(input, EXPORT_FORMATS, "table"),
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
