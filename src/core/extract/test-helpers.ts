/** Compact views of extracted claims for the extraction tests. */
import type { ProposedClaim } from "../model/claim.js";
import { type ExtractOptions, extractClaims } from "./extract-claims.js";

/** Figures of `text` as [span text, measure, min, max, hedge, subgroup]. */
export function figuresOf(text: string, options?: ExtractOptions) {
  return extractClaims(text, options).flatMap((c) =>
    c.kind === "figure" ? [[c.text, c.measure, c.min, c.max, c.hedge, c.subgroup] as const] : [],
  );
}

/** The measure of each figure of `text`, in order. */
export function measuresOf(text: string, options?: ExtractOptions) {
  return figuresOf(text, options).map(([, measure]) => measure);
}

export function claimsOfKind<K extends ProposedClaim["kind"]>(
  text: string,
  kind: K,
  options?: ExtractOptions,
) {
  return extractClaims(text, options).filter(
    (c): c is Extract<ProposedClaim, { kind: K }> => c.kind === kind,
  );
}
