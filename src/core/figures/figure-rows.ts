/** Turns figure claims into rows carrying claimant, publisher and publication date. */
import type { CaseClaim, ClaimantRecord, FigureClaim, SourceRecord } from "../case/index.js";
import type { PartialDate } from "../model/index.js";
import { originalClaimant } from "./claimant-chains.js";
import type { FigureRow } from "./figure-types.js";
import { figureLabel } from "./figure-values.js";

/** What the computation needs of a figure claim: the case data's claims and the store's both fit. */
export type FigureInputClaim = Pick<
  FigureClaim,
  | "id"
  | "kind"
  | "sourceId"
  | "claimantId"
  | "measure"
  | "min"
  | "max"
  | "hedge"
  | "subgroup"
  | "unit"
  | "aspect"
  | "scope"
>;

export interface FiguresInput {
  readonly claims: readonly (FigureInputClaim | Exclude<CaseClaim, FigureClaim>)[];
  readonly sources: readonly SourceRecord[];
  readonly claimants: readonly ClaimantRecord[];
}

/**
 * A document's date: its own, else the earliest it can be, else its parent's (a testimony printed
 * undated in a compilation is known only as published with the compilation).
 */
function publication(source: SourceRecord | undefined, sources: ReadonlyMap<string, SourceRecord>) {
  let at = source;
  for (let depth = 0; at && depth < 8; depth++) {
    const date: PartialDate | null = at.published ?? at.notBefore;
    if (date) return { date, bound: at !== source || at.published === null };
    at = at.parent ? sources.get(at.parent) : undefined;
  }
  return { date: null, bound: false };
}

export function figureRows(input: FiguresInput): FigureRow[] {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const claimants = new Map(input.claimants.map((c) => [c.id, c]));
  const figures = input.claims.filter((c): c is FigureInputClaim => c.kind === "figure");
  return figures.map((c) => {
    const source = sources.get(c.sourceId);
    const claimant = claimants.get(c.claimantId);
    const publisher = source ? claimants.get(source.publisherClaimant) : undefined;
    const { date, bound } = publication(source, sources);
    return {
      claimId: c.id,
      sourceId: c.sourceId,
      min: c.min,
      max: c.max,
      hedge: c.hedge,
      label: figureLabel(c),
      subgroup: c.subgroup,
      aspect: c.aspect,
      scope: c.scope,
      unit: c.unit,
      claimant: c.claimantId,
      claimantName: claimant?.name ?? c.claimantId,
      affiliation: claimant?.affiliation ?? "witness",
      originalClaimant: originalClaimant(c.claimantId, claimants),
      publisher: source?.outlet ?? publisher?.name ?? c.sourceId,
      publisherAffiliation: source?.affiliation ?? "press",
      published: date?.iso ?? null,
      publishedPrecision: date?.precision ?? null,
      publishedBound: bound,
      reliability: source?.reliability ?? null,
    };
  });
}
