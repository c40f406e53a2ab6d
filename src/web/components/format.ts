/** Small formatting helpers shared by the views. */
const numbers = new Intl.NumberFormat("en-GB");

export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** A vocabulary value as words: "crime_against_humanity" → "crime against humanity". */
export function humanise(value: string | null | undefined): string {
  return value ? value.replace(/_/g, " ") : "—";
}

/** A range of claimed values, never collapsed to one number unless every claim agrees. */
export function formatSpread(spread: { min: number; max: number } | null): string {
  if (!spread) return "—";
  return spread.min === spread.max
    ? formatNumber(spread.min)
    : `${formatNumber(spread.min)}–${formatNumber(spread.max)}`;
}

/** The link that opens a claim at its exact passage in its source. */
export function claimHref(sourceId: string, claimId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}#claim-${claimId}`;
}

export function sourceHref(sourceId: string): string {
  return `/sources/${encodeURIComponent(sourceId)}`;
}
