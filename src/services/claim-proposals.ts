/**
 * Reading a stored text into passages and proposed claims, inside the caller's transaction: used
 * by ingest (whole files and the parts of a split compilation) and by re-extraction.
 */
import { randomUUID } from "node:crypto";
import { segmentPassages } from "../core/text/passages.js";
import { insertClaims, type NewClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import type { PassageRecord } from "../store/sources.repository.js";
import { draftClaimsOffThread } from "./threads/off-thread.js";

/** Cuts a text into passages with fresh ids. */
export function passagesWithIds(text: string): PassageRecord[] {
  return segmentPassages(text).map((p) => ({ ...p, id: randomUUID() }));
}

export interface ProposeInput {
  readonly sourceId: string;
  readonly text: string;
  readonly passages: readonly PassageRecord[];
  /** The source's own voice: the claimant of everything not attributed to someone else. */
  readonly publisher: string;
  readonly reviewed: readonly { kind: string; start: number; end: number }[];
  readonly actor: string;
  readonly at: Date;
}

/**
 * Extracts and anchors proposals, ready to store. Extraction runs in a worker thread: a
 * figure-dense text must not hold the event loop. Ingest calls this before its transaction opens,
 * so that no transaction waits on extraction (the embedded store runs one at a time).
 */
export async function draftClaims(input: ProposeInput): Promise<NewClaim[]> {
  const drafts = await draftClaimsOffThread({
    text: input.text,
    passages: input.passages.map((p) => ({ start: p.start, end: p.end })),
    publisher: input.publisher,
    reviewed: input.reviewed.map((r) => ({ kind: r.kind, start: r.start, end: r.end })),
  });
  return drafts.map((d) => ({
    id: randomUUID(),
    sourceId: input.sourceId,
    passageId: input.passages[d.passageIndex]?.id ?? null,
    start: d.anchor.start,
    end: d.anchor.end,
    exact: d.anchor.exact,
    prefix: d.anchor.prefix,
    suffix: d.anchor.suffix,
    quoteSha256: null,
    fields: d.fields,
    claimant: { name: d.claimant.name, role: d.claimant.role, ref: null },
    basis: d.provenance.basis,
    derivedFrom: d.provenance.derivedFrom,
    caseRef: null,
    status: "proposed",
    origin: "extraction",
    createdAt: input.at,
    createdBy: input.actor,
  }));
}

/** Extracts, anchors and stores proposals in the caller's transaction; returns how many. */
export async function proposeClaims(tx: Queryable, input: ProposeInput): Promise<number> {
  const claims = await draftClaims(input);
  await insertClaims(tx, claims);
  return claims.length;
}
