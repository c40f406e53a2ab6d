/**
 * A claim named in a line, for histories and the activity log: what it states (a figure with its
 * measure, a time, a qualification) and the start of its quote — "killed: 613 “…at least 613…”".
 */
import type { ClaimFields } from "../../core/model/claim.js";
import { truncateLabel } from "../../core/text/truncate.js";

const QUOTE_CHARS = 90;

function statement(f: ClaimFields): string {
  switch (f.kind) {
    case "figure": {
      const value =
        f.min === f.max || f.max === null ? `${f.min ?? "?"}` : `${f.min ?? "?"}–${f.max}`;
      return `${f.measure}${f.subgroup ? ` (${f.subgroup})` : ""}: ${value}`;
    }
    case "time":
      return `time: ${f.startIso ?? "?"}`;
    case "qualification":
      return `qualification: ${f.qualification}`;
    default:
      return f.kind;
  }
}

export function claimCaption(fields: ClaimFields, quote: string | null): string {
  const words = quote ? ` “${truncateLabel(quote.replace(/\s+/g, " ").trim(), QUOTE_CHARS)}”` : "";
  return `${statement(fields)}${words}`;
}
