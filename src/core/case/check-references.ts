/**
 * Cross-file checks: unique ids, every reference resolves, derivation chains end, and every
 * offset lies inside its corpus file (and a claim inside its source), so a case can be checked
 * without the corpus at hand.
 */
import type { ProvenanceLink } from "../model/index.js";
import type { CaseData, CasePart, FileSpan } from "./case-types.js";
import { CASE_FILES } from "./case-types.js";
import { checkTimeline } from "./check-timeline.js";
import { type CaseError, type Ctx, fail } from "./read-json.js";
import { uniqueIds } from "./unique-ids.js";

function within(inner: FileSpan, outer: FileSpan): boolean {
  return inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;
}

/** Every derivedFrom link names a known claim, source or claimant, and no chain returns to itself. */
function checkDerivations(
  ctx: Ctx,
  data: CaseData,
  ids: { readonly source: ReadonlySet<string>; readonly claimant: ReadonlySet<string> },
): void {
  const claims = new Map(data.claims.map((c) => [c.id, c]));
  for (const [i, c] of data.claims.entries()) {
    const link = c.derivedFrom;
    if (link === null) continue;
    const known = link.kind === "claim" ? claims.has(link.id) : ids[link.kind].has(link.id);
    if (!known) fail(ctx, `$[${i}].derivedFrom`, `unknown ${link.kind} "${link.id}"`);
    const seen = new Set([c.id]);
    for (
      let at: ProvenanceLink | null = link;
      at?.kind === "claim";
      at = claims.get(at.id)?.derivedFrom ?? null
    ) {
      if (seen.has(at.id)) {
        fail(ctx, `$[${i}].derivedFrom`, "derivation cycle");
        break;
      }
      seen.add(at.id);
    }
  }
}

export function checkReferences(data: CaseData, placeIds: ReadonlySet<string> | null): CaseError[] {
  const errors: CaseError[] = [];
  const ctx = (part: CasePart): Ctx => ({ file: CASE_FILES[part], errors });
  const lengths = new Map(data.info.corpus.map((f) => [f.sha256, f.length]));
  const span = (c: Ctx, s: FileSpan, path: string) => {
    const length = lengths.get(s.file);
    if (length === undefined) fail(c, `${path}.file`, "not a corpus file of case.json");
    else if (s.end > length) fail(c, `${path}.end`, `beyond the end of the file (${length})`);
  };
  const sc = ctx("sources");
  const sourceIds = uniqueIds(sc, data.sources);
  const claimantIds = uniqueIds(ctx("claimants"), data.claimants);
  data.sources.forEach((s, i) => {
    span(sc, s.locator, `$[${i}].locator`);
    s.extraSpans.forEach((x, j) => {
      span(sc, x, `$[${i}].extraSpans[${j}]`);
    });
    if (s.parent !== null && !sourceIds.has(s.parent)) fail(sc, `$[${i}].parent`, "unknown source");
    if (!claimantIds.has(s.publisherClaimant))
      fail(sc, `$[${i}].publisherClaimant`, "unknown claimant");
  });
  checkDerivations(ctx("claims"), data, { source: sourceIds, claimant: claimantIds });
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  for (const [part, list] of [
    ["claims", data.claims],
    ["excluded", data.excluded],
  ] as const) {
    const c = ctx(part);
    uniqueIds(c, list);
    list.forEach((claim, i) => {
      span(c, claim.locator, `$[${i}].locator`);
      const source = sources.get(claim.sourceId);
      if (!source) fail(c, `$[${i}].sourceId`, `unknown source "${claim.sourceId}"`);
      else if (![source.locator, ...source.extraSpans].some((s) => within(claim.locator, s))) {
        fail(c, `$[${i}].locator`, `outside the spans of source "${source.id}"`);
      }
      if ("claimantId" in claim && !claimantIds.has(claim.claimantId)) {
        fail(c, `$[${i}].claimantId`, `unknown claimant "${claim.claimantId}"`);
      }
    });
  }
  checkTimeline(data, sourceIds, ctx, placeIds);
  return errors;
}
