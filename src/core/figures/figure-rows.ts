/** Turns figure claims into rows carrying claimant, publisher, publication date and provenance. */
import type { ClaimantRecord, FigureClaim, SourceRecord } from "../case/index.js";
import type { ClaimKind, PartialDate } from "../model/index.js";
import type { FigureRow, NamedStep } from "./figure-types.js";
import { figureLabel } from "./figure-values.js";
import {
  type ChainStep,
  makeGraph,
  type ProvenanceGraph,
  type ProvenanceNode,
  provenanceOf,
} from "./provenance-graph.js";

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
  | "basis"
  | "derivedFrom"
>;

/** Any other claim counts only as a link in a chain. */
export type OtherInputClaim = ProvenanceNode & { readonly kind: Exclude<ClaimKind, "figure"> };

/** Reviewers' grades by source id (A–F) and claim id (1–6); what is absent is ungraded. */
export interface GradeMaps {
  readonly sources: ReadonlyMap<string, string>;
  readonly claims: ReadonlyMap<string, string>;
}

export interface FiguresInput {
  readonly claims: readonly (FigureInputClaim | OtherInputClaim)[];
  readonly sources: readonly SourceRecord[];
  readonly claimants: readonly ClaimantRecord[];
  readonly grades?: GradeMaps | undefined;
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

/** The provenance graph of a figures input: every claim, and each source's publisher. */
export function graphOf(input: FiguresInput): ProvenanceGraph {
  return makeGraph(input.claims, input.sources);
}

export function figureRows(input: FiguresInput): FigureRow[] {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const claimants = new Map(input.claimants.map((c) => [c.id, c]));
  const claims = new Map(input.claims.map((c) => [c.id, c]));
  const graph = graphOf(input);
  const nameOf = (step: ChainStep): string => {
    if (step.kind === "claimant") return claimants.get(step.id)?.name ?? step.id;
    if (step.kind === "source") {
      const s = sources.get(step.id);
      return s ? (s.outlet ?? s.title) : step.id;
    }
    const c = claims.get(step.id);
    if (!c) return step.id;
    const s = sources.get(c.sourceId);
    const who = claimants.get(c.claimantId)?.name ?? c.claimantId;
    return s ? `${who} in ${s.outlet ?? s.title}` : who;
  };
  const figures = input.claims.filter((c): c is FigureInputClaim => c.kind === "figure");
  return figures.map((c) => {
    const source = sources.get(c.sourceId);
    const claimant = claimants.get(c.claimantId);
    const publisher = source ? claimants.get(source.publisherClaimant) : undefined;
    const { date, bound } = publication(source, sources);
    const { chain, origin } = provenanceOf(c.id, graph);
    const named: NamedStep[] = chain.map((s) => ({ ...s, name: nameOf(s) }));
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
      basis: c.basis,
      derivedFrom: c.derivedFrom,
      chain: named,
      origin,
      originName: named.at(-1)?.name ?? origin,
      originAffiliation:
        claimants.get(origin.slice("claimant:".length))?.affiliation ??
        claimant?.affiliation ??
        "witness",
      publisher: source?.outlet ?? publisher?.name ?? c.sourceId,
      publisherAffiliation: source?.affiliation ?? "press",
      published: date?.iso ?? null,
      publishedPrecision: date?.precision ?? null,
      publishedBound: bound,
      reliability: input.grades?.sources.get(c.sourceId) ?? null,
      credibility: input.grades?.claims.get(c.id) ?? null,
    };
  });
}
