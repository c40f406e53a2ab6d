/** A brief of a case as a job (PDF printing takes a while); its file at /api/jobs/:id/output. */
import { REPORT_FORMATS } from "../../report.service.js";
import type { WholeJobType } from "../job-type.js";
import { keepOutput } from "./file-output.js";
import { caseFileInput, type JsonObject, objectOf, optionalString } from "./input-fields.js";

export const reportJob: WholeJobType = {
  type: "report",
  kind: "whole",
  summary: "a footnoted brief of a case (html, pdf, md) to a file",
  expireInSeconds: 3600,
  parse: (input) => {
    const parsed = caseFileInput(input, REPORT_FORMATS, "crime");
    const lang = optionalString(objectOf(input ?? {}, "input"), "lang");
    return lang === undefined ? parsed : { ...parsed, lang };
  },
  async run(ctx, input) {
    const o = input as JsonObject;
    const out = await ctx.services.report.report(ctx.caller, String(o.case), {
      format: String(o.format),
      crime: o.crime === undefined ? undefined : String(o.crime),
      lang: o.lang === undefined ? undefined : String(o.lang),
    });
    return keepOutput(ctx, out, {});
  },
};
