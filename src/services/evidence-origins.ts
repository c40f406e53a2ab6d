/**
 * What the matrix, the brief and the exports need to know about each piece of evidence: the
 * independent origin it goes back to (core/figures' provenance graph), its source's reliability
 * grade, and a short label of what it states. Grades are reviewers' (store/grades.repository); the system never grades.
 */
import { makeGraph, provenanceOf } from "../core/figures/index.js";
import type { EvidenceWhat } from "../core/law/evidence-what.js";
import type { ClaimRecord } from "../store/claims.repository.js";
import type { EvidenceLinkRecord } from "../store/evidence-links.repository.js";
import type { VisibleCase } from "./case-view.js";

/** "killed: 613", "time: 1992-02-25T23:00", "qualification: genocide". */
export function claimLabel(c: ClaimRecord): string {
  const f = c.fields;
  if (f.kind === "figure") {
    const value =
      f.min !== null && f.max !== null
        ? f.min === f.max
          ? `${f.min}`
          : `${f.min}–${f.max}`
        : f.min !== null
          ? `≥${f.min}`
          : `≤${f.max}`;
    return `${f.measure.replaceAll("_", " ")}${f.subgroup ? ` (${f.subgroup})` : ""}: ${value}`;
  }
  if (f.kind === "time") return `time: ${f.startIso}${f.endIso ? `–${f.endIso}` : ""}`;
  if (f.kind === "qualification") return `qualification: ${f.qualification.replaceAll("_", " ")}`;
  if (f.kind === "statement") return `statement: ${f.summary}`;
  if (f.kind === "place") return `place: ${f.name}`;
  return `actor: ${f.name}`;
}

export function evidenceWhat(c: ClaimRecord | undefined, targetKind: string): EvidenceWhat {
  const none = { code: null, subgroup: null, min: null, max: null, text: null };
  if (!c) return { kind: targetKind === "passage" ? "passage" : "source", ...none };
  const f = c.fields;
  if (f.kind === "figure")
    return {
      ...none,
      kind: "figure",
      code: f.measure,
      subgroup: f.subgroup,
      min: f.min,
      max: f.max,
    };
  if (f.kind === "time")
    return { ...none, kind: "time", text: `${f.startIso}${f.endIso ? `–${f.endIso}` : ""}` };
  if (f.kind === "qualification") return { ...none, kind: "qualification", code: f.qualification };
  if (f.kind === "statement") return { ...none, kind: "statement", text: f.summary };
  return { ...none, kind: f.kind, text: f.name };
}

export interface EvidenceFacts {
  readonly origin: string;
  /** The source's reliability grade (A–F) and the claim's credibility (1–6); null when ungraded. */
  readonly grade: string | null;
  readonly credibility: string | null;
  readonly label: string;
  readonly what: EvidenceWhat;
  readonly sourceTitle: string;
  readonly claimant: string | null;
  /**
   * The proposal rule that made the link and whose words its rationale still is; null for a link
   * a person made or whose rationale a reviewer rewrote (then the stored words are the reviewer's).
   */
  readonly rule: string | null;
}

/** Reviewers' current grades by source id and claim id (store/grades.repository); absent is ungraded. */
export interface Grades {
  readonly sources: ReadonlyMap<string, string>;
  readonly claims: ReadonlyMap<string, string>;
}

export function evidenceFacts(view: VisibleCase, grades: Grades) {
  const graph = makeGraph(
    view.claims.map((c) => ({
      id: c.id,
      sourceId: c.sourceId,
      claimantId: c.claimant.ref ?? `name:${c.claimant.name}`,
      basis: c.basis,
      derivedFrom: c.derivedFrom,
    })),
    view.caseSources,
  );
  const claims = new Map(view.claims.map((c) => [c.id, c]));
  return (link: EvidenceLinkRecord): EvidenceFacts => {
    const source = view.sourceById.get(link.sourceId);
    const claim = link.claimId ? claims.get(link.claimId) : undefined;
    const publisher = graph.publisherOf.get(link.sourceId);
    const origin = claim
      ? provenanceOf(claim.id, graph).origin
      : publisher
        ? `claimant:${publisher}`
        : `source:${link.sourceId}`;
    return {
      origin,
      grade: grades.sources.get(link.sourceId) ?? null,
      credibility: claim ? (grades.claims.get(claim.id) ?? null) : null,
      label: claim ? claimLabel(claim) : link.targetKind === "passage" ? "passage" : "whole source",
      what: evidenceWhat(claim, link.targetKind),
      sourceTitle: source?.metadata.title ?? link.sourceId,
      claimant: claim?.claimant.name ?? null,
      rule: link.rationaleRewritten ? null : link.rule,
    };
  };
}
