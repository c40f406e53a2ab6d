/** A history as lines: each version, who and when, then what it changed ("unit: bodies → people"). */
import type { SourceHistoryView } from "../port/casefile-port.js";

type Change = { field: string; from: unknown; to: unknown };

const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

export function changeLines(changes: readonly Change[], indent: string): string {
  return changes.map((c) => `${indent}${c.field}: ${shown(c.from)} → ${shown(c.to)}\n`).join("");
}

export function historyText(entries: SourceHistoryView): string {
  return entries
    .map((e) => {
      const what = e.item.type === "source" ? "source" : `claim ${e.item.id} ${e.item.caption}`;
      const head = `${e.at} ${e.by}: ${what}, version ${e.version}${e.status ? ` (${e.status})` : ""}${e.reason ? ` — ${e.reason}` : ""}\n`;
      return head + (e.version === 1 ? "    added\n" : changeLines(e.changes, "    "));
    })
    .join("");
}
