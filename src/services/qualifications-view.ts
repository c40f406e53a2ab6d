/**
 * What the sources of a case call the event, in their own words: each confirmed qualification
 * claim with the quoted words, its claimant and its source. The recognition registry shows the
 * same claims beside the entry whose document states them.
 */
import type { Affiliation } from "../core/case/index.js";
import type { PartialDate } from "../core/model/index.js";
import type { VisibleCase } from "./case-view.js";

export type Wording = {
  readonly claimId: string;
  readonly qualification: string;
  /** The words the text uses; null when the store holds no text for the source. */
  readonly quote: string | null;
};

export type QualificationItem = Wording & {
  readonly sourceId: string;
  readonly sourceTitle: string;
  readonly published: PartialDate | null;
  readonly claimant: string;
  /** The publisher's affiliation, from the case's own record of the source. */
  readonly affiliation: Affiliation | null;
};

function confirmedQualifications(view: VisibleCase) {
  return view.claims
    .filter((c) => c.status === "confirmed" && c.fields.kind === "qualification")
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start);
}

/** The wording of each source, keyed by store id, in the order the text says it. */
export function wordingBySource(view: VisibleCase): Map<string, Wording[]> {
  const out = new Map<string, Wording[]>();
  for (const c of confirmedQualifications(view)) {
    if (c.fields.kind !== "qualification") continue;
    const w = { claimId: c.id, qualification: c.fields.qualification, quote: c.exact };
    out.set(c.sourceId, [...(out.get(c.sourceId) ?? []), w]);
  }
  return out;
}

/** Every confirmed qualification claim the caller may see, oldest source first. */
export function qualificationItems(
  view: VisibleCase,
  filter: { qualification?: string | undefined },
): QualificationItem[] {
  const affiliation = new Map(view.caseSources.map((s) => [s.id, s.affiliation]));
  return confirmedQualifications(view)
    .flatMap((c) => {
      if (c.fields.kind !== "qualification") return [];
      if (filter.qualification && c.fields.qualification !== filter.qualification) return [];
      const source = view.sourceById.get(c.sourceId);
      return [
        {
          claimId: c.id,
          qualification: c.fields.qualification,
          quote: c.exact,
          sourceId: c.sourceId,
          sourceTitle: source?.metadata.title ?? c.sourceTitle ?? "",
          published: source?.metadata.published ?? null,
          claimant: c.claimant.name,
          affiliation: affiliation.get(c.sourceId) ?? null,
        },
      ];
    })
    .sort((a, b) => (a.published?.iso ?? "9999").localeCompare(b.published?.iso ?? "9999"));
}
