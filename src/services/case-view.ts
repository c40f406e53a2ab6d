/**
 * What a caller may see of a case: the case row, and its sources and claims after the access
 * policy, with the maps between the case data's ids and the store's.
 */
import type { SourceRecord as CaseSource } from "../core/case/index.js";
import { caseExists, getCase } from "../store/cases.repository.js";
import { listClaims } from "../store/claims.repository.js";
import type { Store } from "../store/open-store.js";
import { listSources, type SourceRecord } from "../store/sources.repository.js";
import type { Caller } from "./caller.js";
import { NotFoundError } from "./errors.js";
import { visibilityKeys } from "./policies/access.policy.js";

const ALL = 1_000_000;

/**
 * The 404 that names a case: for a case that does not exist, and alike for one the caller may not
 * know of (a token limited to another case), so that the two cannot be told apart.
 */
export const caseNotFound = (caseId: string) =>
  new NotFoundError(`case ${caseId}`, { code: "not-found.case", params: { id: caseId } });

/**
 * The 404 that names the case unless it exists: a check by its key, for the use cases that only
 * need to know (writes, settings, lists of their own), not the case's data.
 */
export async function existingCase(store: Store, caseId: string): Promise<void> {
  if (!(await caseExists(store.db, caseId))) throw caseNotFound(caseId);
}

export async function visibleCase(store: Store, caller: Caller, caseId: string) {
  const row = await getCase(store.db, caseId);
  if (!row) throw caseNotFound(caseId);
  const visibility = visibilityKeys(caller);
  const sources = (await listSources(store.db, { visibility, caseId, limit: ALL, offset: 0 }))
    .items;
  const storeIdByRef = new Map(
    sources.filter((s) => s.caseRef).map((s) => [s.caseRef as string, s.id]),
  );
  const sourceById = new Map<string, SourceRecord>(sources.map((s) => [s.id, s]));
  const claims = (await listClaims(store.db, { visibility, caseId, limit: ALL, offset: 0 })).items;
  const claimIdByRef = new Map(
    claims.filter((c) => c.caseRef).map((c) => [c.caseRef as string, c.id]),
  );
  /**
   * The case data's source records for the visible sources, re-keyed by store id, and a record
   * made from its metadata for every source added to the case since (an upload attached to it),
   * so that a figure confirmed there counts at once with its publisher, date and affiliation.
   */
  const caseSources: CaseSource[] = [
    ...row.data.sources
      .filter((s) => storeIdByRef.has(s.id))
      .map((s) => ({
        ...s,
        id: storeIdByRef.get(s.id) as string,
        parent: s.parent ? (storeIdByRef.get(s.parent) ?? null) : null,
      })),
    ...sources.filter((s) => s.caseRef === null).map(addedSource),
  ];
  return { row, sources, sourceById, storeIdByRef, claims, claimIdByRef, caseSources };
}
/** A source added to a case after it was loaded, as the case data would describe it. */
function addedSource(s: SourceRecord): CaseSource {
  const m = s.metadata;
  // The claimant its proposals were attributed to at ingest (claim-proposals: "name:" + publisher).
  const publisher = m.organisation ?? m.authors[0] ?? m.title;
  return {
    id: s.id,
    kind: m.kind,
    title: m.title,
    outlet: m.organisation,
    author: m.authors[0] ?? null,
    publishedPlace: m.publishedPlace,
    published: m.published,
    notBefore: null,
    language: m.language ?? "und",
    originalLanguage: null,
    parent: s.parentId,
    locator: {
      file: s.blobSha256 ?? "",
      start: s.parentStart ?? 0,
      end: s.parentEnd ?? s.textLength,
    },
    extraSpans: [],
    access: m.access,
    affiliation: m.affiliation ?? "press",
    publisherClaimant: `name:${publisher}`,
    note: null,
  };
}

export type VisibleCase = Awaited<ReturnType<typeof visibleCase>>;

/** Keeps the ids a caller may see, translated to store ids. */
export function mapVisible(refs: readonly string[], map: ReadonlyMap<string, string>): string[] {
  return refs.flatMap((r) => (map.has(r) ? [map.get(r) as string] : []));
}
