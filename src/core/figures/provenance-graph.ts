/**
 * Independence from the provenance graph. Each claim has at most one derivedFrom link; following
 * the links ends at an origin: the claimant who first stated what the claim passes on (a claim
 * with no link is the statement of its own claimant). Two claims are independent when neither
 * derives from the other and they share no origin — with one link per claim, exactly when their
 * origins differ. A claimant who states many things is one origin, however many outlets repeat it.
 */
import type { Basis, ProvenanceLink } from "../model/provenance.js";

/** What the graph needs of a claim. */
export interface ProvenanceNode {
  readonly id: string;
  readonly sourceId: string;
  readonly claimantId: string;
  readonly basis: Basis;
  readonly derivedFrom: ProvenanceLink | null;
}

export interface ProvenanceGraph {
  readonly claims: ReadonlyMap<string, ProvenanceNode>;
  /** The publisher claimant of each source, so that a link to a source ends at a claimant. */
  readonly publisherOf: ReadonlyMap<string, string>;
}

/** One step of a chain: a claim passed on, a source cited, or the claimant at the origin. */
export interface ChainStep {
  readonly kind: ProvenanceLink["kind"];
  readonly id: string;
}

export interface Provenance {
  /** From the claim's first derivedFrom target to its origin, which is always the last step. */
  readonly chain: readonly ChainStep[];
  /** "claimant:ID" normally; "claim:ID" or "source:ID" when a link leaves the known graph. */
  readonly origin: string;
}

export function makeGraph(
  claims: readonly ProvenanceNode[],
  sources: readonly { id: string; publisherClaimant: string }[],
): ProvenanceGraph {
  return {
    claims: new Map(claims.map((c) => [c.id, c])),
    publisherOf: new Map(sources.map((s) => [s.id, s.publisherClaimant])),
  };
}

const key = (s: ChainStep) => `${s.kind}:${s.id}`;

/**
 * The chain of a claim to its origin.
 * @example provenanceOf("k3", graph) // { chain: [{kind:"claim",id:"k2"}, {kind:"claimant",id:"state"}], origin: "claimant:state" }
 */
export function provenanceOf(claimId: string, graph: ProvenanceGraph): Provenance {
  const chain: ChainStep[] = [];
  const seen = new Set<string>([claimId]);
  let at = graph.claims.get(claimId);
  if (!at) return { chain: [{ kind: "claim", id: claimId }], origin: `claim:${claimId}` };
  for (;;) {
    const link = at.derivedFrom;
    if (link === null || (link.kind === "claim" && seen.has(link.id))) {
      // The end of the chain (a cycle, refused on input, also ends here): its claimant speaks first.
      const origin = { kind: "claimant" as const, id: at.claimantId };
      chain.push(origin);
      return { chain, origin: key(origin) };
    }
    chain.push(link);
    if (link.kind === "claimant") return { chain, origin: key(link) };
    if (link.kind === "source") {
      const publisher = graph.publisherOf.get(link.id);
      if (publisher === undefined) return { chain, origin: key(link) };
      const origin = { kind: "claimant" as const, id: publisher };
      chain.push(origin);
      return { chain, origin: key(origin) };
    }
    const next = graph.claims.get(link.id);
    if (!next) return { chain, origin: key(link) };
    seen.add(link.id);
    at = next;
  }
}

/** The distinct origins of a set of claims, in first-seen order. */
export function originsOf(claimIds: readonly string[], graph: ProvenanceGraph): string[] {
  return [...new Set(claimIds.map((id) => provenanceOf(id, graph).origin))];
}

/**
 * How many independent origins stand behind a set of claims (the number a lawyer can defend).
 * @example independentOrigins(["k1", "k2", "k3"], graph) // 1 when k2 and k3 pass on k1
 */
export function independentOrigins(claimIds: readonly string[], graph: ProvenanceGraph): number {
  return originsOf(claimIds, graph).length;
}

/** Two claims are independent when neither derives from the other and they share no origin. */
export function areIndependent(a: string, b: string, graph: ProvenanceGraph): boolean {
  return a !== b && provenanceOf(a, graph).origin !== provenanceOf(b, graph).origin;
}

/**
 * Whether giving `claimId` the link would close a cycle: the link's claim chain reaches the claim.
 * Links to sources and claimants end the chain, so only claim links can close one.
 */
export function closesCycle(
  claimId: string,
  link: ProvenanceLink | null,
  graph: ProvenanceGraph,
): boolean {
  const seen = new Set<string>();
  let at: ProvenanceLink | null = link;
  while (at !== null && at.kind === "claim") {
    if (at.id === claimId) return true;
    if (seen.has(at.id)) return false;
    seen.add(at.id);
    at = graph.claims.get(at.id)?.derivedFrom ?? null;
  }
  return false;
}
