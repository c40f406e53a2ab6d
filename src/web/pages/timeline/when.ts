/** Times of the chronology as people read them, never more precise than the sources are. */
import type { TimelineWhen } from "../../api/types.js";
import { formatPartialDate } from "../../i18n/i18n.js";

function precisionOf(iso: string): "year" | "month" | "day" {
  const parts = iso.split("-").length;
  return parts >= 3 ? "day" : parts === 2 ? "month" : "year";
}

/** One ISO value with or without a time: "25 February 1992, 23:00", "March 1992". */
export function formatIso(iso: string): string {
  const [date = iso, time] = iso.split("T");
  const day = formatPartialDate({ iso: date, precision: precisionOf(date) });
  return time ? `${day}, ${time.slice(0, 5)}` : day;
}

/** A stated value "start/end" or "start". */
export function formatInterval(value: string): string {
  const [start = value, end] = value.split("/");
  return end ? `${formatIso(start)} – ${formatIso(end)}` : formatIso(start);
}

/** Just the clock time when the event is within the night: "23:00", "01:00–04:00". */
export function formatWhen(when: TimelineWhen, clockOnly = false): string {
  const clock = (iso: string) => (iso.includes("T") ? (iso.split("T")[1] ?? "").slice(0, 5) : null);
  const prefix = when.approximate ? "≈ " : "";
  if (clockOnly && clock(when.start)) {
    const end = when.end ? clock(when.end) : null;
    return `${prefix}${clock(when.start)}${end ? `–${end}` : ""}`;
  }
  return prefix + formatInterval(when.end ? `${when.start}/${when.end}` : when.start);
}

/** The stated time of a time claim in the same "start/end" form as the conflicts. */
export function claimTimeValue(fields: Record<string, unknown>): string | null {
  const start = fields.startIso;
  if (typeof start !== "string") return null;
  return typeof fields.endIso === "string" ? `${start}/${fields.endIso}` : start;
}
