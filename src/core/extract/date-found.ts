/**
 * The first full calendar date a text states near its start ("28 February 1992"), as a suggested
 * publication date for a person adding the text to check: a dateline usually sits in the first
 * lines. Null when none is written there.
 */
import { findDates, mentionIso } from "./calendar.js";

const HEAD_CHARS = 3000;

export function dateFound(text: string): string | null {
  const first = findDates(text.slice(0, HEAD_CHARS)).find((m) => m.year !== null && m.day !== null);
  return first && first.year !== null ? mentionIso(first, first.year).iso : null;
}
