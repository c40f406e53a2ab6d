/** A brief of a case as a job (PDF printing takes a while); its file at /api/jobs/:id/output. */
import { InvalidInputError } from "../../errors.js";
import { REPORT_FORMATS } from "../../report.service.js";
import type { WholeJobType } from "../job-type.js";
import { keepOutput } from "./file-output.js";
import { compact, type JsonObject, objectOf, optionalString } from "./input-fields.js";

export const reportJob: WholeJobType = {
  type: "report",
  kind: "whole",
  summary: "a footnoted brief of a case (html, pdf, md) to a file",
  expireInSeconds: 3600,
  parse(input) {
    const o = objectOf(input ?? {}, "input");
    const caseId = optionalString(o, "case");
    const format = optionalString(o, "format");
    if (!caseId) throw new InvalidInputError("input.case is required", "case");
    if (!format || !(REPORT_FORMATS as readonly string[]).includes(format))
      throw new InvalidInputError(
        `input.format must be one of ${REPORT_FORMATS.join(", ")}`,
        "format",
      );
    return compact({ case: caseId, format, crime: optionalString(o, "crime") });
  },
  async run(ctx, input) {
    const o = input as JsonObject;
    const out = await ctx.services.report.report(ctx.caller, String(o.case), {
      format: String(o.format),
      crime: o.crime === undefined ? undefined : String(o.crime),
    });
    return keepOutput(ctx, out, {});
  },
};
