/** Small formatting helpers shared by the views; numbers are written as the reader's language writes them. */
import { formatNumber } from "../i18n/i18n.js";

export { formatNumber };

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
