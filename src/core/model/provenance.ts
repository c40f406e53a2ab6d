/**
 * Provenance of a claim: what the claimant says it rests on (its basis), and which claim, source
 * or claimant it passes on (derivedFrom). Corroboration is counted from this graph, per claim.
 */

export const BASES = [
  "own_observation",
  "reported_speech",
  "cited_document",
  "official_statistics",
  "unstated",
] as const;
/** What the claimant says the claim rests on; "unstated" when the text does not say. */
export type Basis = (typeof BASES)[number];

export const LINK_KINDS = ["claim", "source", "claimant"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * The one thing a claim passes on: another claim; a source when the claim it repeats is not
 * recorded; a claimant when the original statement is not in the archive at all.
 */
export interface ProvenanceLink {
  readonly kind: LinkKind;
  readonly id: string;
}

/** Parses "claim:ID", "source:ID" or "claimant:ID"; throws a RangeError naming the problem. */
export function parseLink(text: string): ProvenanceLink {
  const colon = text.indexOf(":");
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1).trim();
  if (colon <= 0 || !(LINK_KINDS as readonly string[]).includes(kind) || id === "")
    throw new RangeError(`a derivedFrom link is claim:ID, source:ID or claimant:ID, not "${text}"`);
  return { kind: kind as LinkKind, id };
}

/** @example linkText({ kind: "claim", id: "c1" }) // "claim:c1" */
export function linkText(link: ProvenanceLink): string {
  return `${link.kind}:${link.id}`;
}
