/**
 * What a piece of evidence states as data (kind, measure or qualification, subgroup, values), so
 * that a reader's language can word it. The services build it; the web and the brief word it.
 */
export interface EvidenceWhat {
  /** A claim's kind, or "passage" / "source" for a link to a passage or a whole source. */
  readonly kind: string;
  /** The measure of a figure or the qualification of a qualification claim. */
  readonly code: string | null;
  readonly subgroup: string | null;
  readonly min: number | null;
  readonly max: number | null;
  /** A time's ISO start (and end), a statement's summary, a place's or actor's name. */
  readonly text: string | null;
}
