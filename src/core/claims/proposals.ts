/**
 * Turns extracted claims into proposals anchored in their passages, leaving out any that a
 * reviewer has already decided (same kind, overlapping span): re-extraction never overrides review.
 */
import type { Claimant, ClaimFields, ProposedClaim } from "../model/claim.js";
import type { Basis, ProvenanceLink } from "../model/provenance.js";
import { anchorIn, type TextAnchor } from "../model/span.js";
import { passageIndexAt } from "./passage-of.js";

export interface ProposalDraft {
  readonly passageIndex: number;
  readonly anchor: TextAnchor;
  readonly fields: ClaimFields;
  readonly claimant: Claimant;
  readonly provenance: { readonly basis: Basis; readonly derivedFrom: ProvenanceLink | null };
}

export function draftProposals(
  text: string,
  passages: readonly { start: number; end: number }[],
  extracted: readonly ProposedClaim[],
  reviewed: readonly { kind: string; start: number; end: number }[],
): ProposalDraft[] {
  const drafts: ProposalDraft[] = [];
  for (const claim of extracted) {
    const decided = reviewed.some(
      (r) => r.kind === claim.kind && r.start < claim.end && claim.start < r.end,
    );
    if (decided) continue;
    const { start, end, text: _quote, claimant, provenance, ...fields } = claim;
    drafts.push({
      passageIndex: passageIndexAt(passages, start),
      anchor: anchorIn(text, start, end),
      fields: fields as ClaimFields,
      claimant,
      provenance,
    });
  }
  return drafts;
}
