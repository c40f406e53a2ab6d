/**
 * A case's own data (cases.data: its sources, claims, chronology, routes, recognitions) and its
 * claimants, narrowed to what a caller may see: whoever sees only part of a case gets the records
 * of the sources and claims they see, and the chronology, routes and claimants that rest on them.
 */
import type { CaseData } from "../core/case/index.js";
import type { CaseTables, DumpRow } from "../store/case-dump.repository.js";

function narrowData(data: CaseData, sourceRefs: Set<string>, claimRefs: Set<string>): CaseData {
  const keep = <T extends { claimIds: readonly string[]; sourceIds: readonly string[] }>(
    items: readonly T[],
  ): T[] =>
    items
      .map((e) => ({
        ...e,
        claimIds: e.claimIds.filter((id) => claimRefs.has(id)),
        sourceIds: e.sourceIds.filter((id) => sourceRefs.has(id)),
      }))
      .filter((e) => e.claimIds.length + e.sourceIds.length > 0);
  return {
    ...data,
    sources: data.sources.filter((s) => sourceRefs.has(s.id)),
    claims: data.claims.filter((c) => claimRefs.has(c.id)),
    excluded: data.excluded.filter((e) => sourceRefs.has(e.sourceId)),
    events: keep(data.events),
    routes: keep(data.routes),
    recognitions: data.recognitions.filter((r) => sourceRefs.has(r.sourceId)),
  };
}

/** The tables with the case data and claimants narrowed to the sources and claims they hold. */
export function narrowCaseTables(tables: CaseTables): CaseTables {
  const refs = (rows: readonly DumpRow[]) =>
    new Set(rows.flatMap((r) => (typeof r.case_ref === "string" ? [r.case_ref] : [])));
  const sourceRefs = refs(tables.sources);
  const claimRefs = refs(tables.claims);
  const cases = tables.cases.map((c) => ({
    ...c,
    data: narrowData(c.data as CaseData, sourceRefs, claimRefs),
  }));
  const data = cases[0]?.data;
  const named = new Set<string>([
    ...tables.claims.flatMap((c) => (typeof c.claimant_ref === "string" ? [c.claimant_ref] : [])),
    ...(data?.sources ?? []).map((s) => s.publisherClaimant),
    ...(data?.claims ?? []).map((c) => c.claimantId),
  ]);
  return { ...tables, cases, claimants: tables.claimants.filter((c) => named.has(String(c.id))) };
}
