/** A claim's content in a few words, for exports: "killed (civilians): 613", "shelling_start: 1992-02-25T23:00". */
import type { DumpRow } from "../../store/case-dump.repository.js";
import { field, obj, text } from "./dump-rows.js";

export function claimLabel(c: DumpRow): string {
  const f = obj(c, "fields");
  const kind = text(c, "kind") ?? "claim";
  if (kind === "figure") {
    const min = field(f, "min");
    const max = field(f, "max");
    const value = min === max || max === null ? `${min ?? "?"}` : `${min ?? "?"}–${max}`;
    const subgroup = text(c, "subgroup");
    return `${text(c, "measure") ?? "figure"}${subgroup ? ` (${subgroup})` : ""}: ${value}`;
  }
  if (kind === "time") {
    const end = field(f, "endIso");
    return `${field(f, "about") ?? "time"}: ${field(f, "startIso") ?? "?"}${end ? ` – ${end}` : ""}`;
  }
  if (kind === "qualification") return `qualification: ${field(f, "qualification") ?? "?"}`;
  return `${kind}: ${text(c, "exact") ?? JSON.stringify(f)}`;
}
