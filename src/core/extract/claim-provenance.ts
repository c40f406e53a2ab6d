/**
 * Proposes what an extracted claim rests on, from the words of its sentence, for a reviewer to
 * confirm: reported speech when someone other than the publisher states it ("Reuters said",
 * "according to the prosecutor"), official statistics, a cited document, or the writer's own
 * observation ("I counted"). The named speaker is already the claimant, and so the claim's origin;
 * a derivedFrom link is left for the reviewer, who knows which recorded claim is passed on.
 */
import type { Claimant } from "../model/claim.js";
import type { Basis, ProvenanceLink } from "../model/provenance.js";

const REACH = 300;

const OFFICIAL = /\bofficial\s+(statistics|figures|data|toll|count)\b|\bstatistics\b/i;
const OBSERVED =
  /\b(I|we)\s+(saw|counted|could\s+see|have\s+seen|watched)\b|\bseen\s+by\s+(this|our)\s+(reporter|correspondent)\b/i;
const DOCUMENT =
  /\b(report|document|register|records?|survey|study|findings)\b\s+(says|said|states|stated|shows|showed|puts?|lists?|found|records?)\b|\baccording\s+to\s+(the|a|an)\s+[^.,;]*\b(report|document|register|records?|survey|study)\b/i;
const SPEECH =
  /\b(said|says|told|according\s+to|estimated|estimates|reported|claimed|claims|put\s+the\s+toll)\b/i;

/** The sentence around [start, end): back to the last full stop or line break, on to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  const after = text.slice(end, end + REACH);
  const stop = after.search(/\.\s|\n/);
  return `${before.slice(cut + 1)}${text.slice(start, end)}${stop < 0 ? after : after.slice(0, stop)}`;
}

export interface ProposedProvenance {
  readonly basis: Basis;
  readonly derivedFrom: ProvenanceLink | null;
}

/** @example proposeProvenance("Reuters said 12 died.", 13, 15, { name: "Reuters", role: "organisation" }).basis // "reported_speech" */
export function proposeProvenance(
  text: string,
  start: number,
  end: number,
  claimant: Claimant,
): ProposedProvenance {
  const sentence = sentenceAround(text, start, end);
  const basis: Basis = OBSERVED.test(sentence)
    ? "own_observation"
    : OFFICIAL.test(sentence)
      ? "official_statistics"
      : DOCUMENT.test(sentence)
        ? "cited_document"
        : claimant.role !== "publisher" || SPEECH.test(sentence)
          ? "reported_speech"
          : "unstated";
  return { basis, derivedFrom: null };
}
