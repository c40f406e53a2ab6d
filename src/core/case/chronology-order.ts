/**
 * The order of a chronology. Within a day, timed entries come first in clock order and an entry
 * known only to the day comes after them; likewise a month after its days, a year after its
 * months — an entry never claims a place inside a span more precise than it is.
 */

/**
 * The sort key of an ISO date or date-time, "1992-02-26" or "1992-02-26T08:00": a coarser value
 * sorts after every refinement of it, because nothing sorts after U+FFFF.
 * @example chronologyKey("1992-02-26") > chronologyKey("1992-02-26T08:00") // true
 */
export function chronologyKey(iso: string): string {
  return `${iso}\uffff`;
}

/** Compares two entries by their start (then their end, the shorter first). */
export function compareWhen(
  a: { readonly start: string; readonly end: string | null },
  b: { readonly start: string; readonly end: string | null },
): number {
  // Code-unit order, not locale order: a collator would ignore the "-" and ":" of ISO values.
  const as = chronologyKey(a.start);
  const bs = chronologyKey(b.start);
  if (as !== bs) return as < bs ? -1 : 1;
  const ae = chronologyKey(a.end ?? a.start);
  const be = chronologyKey(b.end ?? b.start);
  return ae === be ? 0 : ae < be ? -1 : 1;
}
