/**
 * Cross-file checks: unique ids, every reference resolves, derivation chains end, and every
 * offset lies inside its corpus file (and a claim inside its source), so a case can be checked
 * without the corpus at hand.
 */
import type { CaseData, CasePart, FileSpan } from "./case-types.js";
import { CASE_FILES } from "./case-types.js";
import { checkTimeline } from "./check-timeline.js";
import { type CaseError, type Ctx, fail } from "./read-json.js";
import { uniqueIds } from "./unique-ids.js";

function within(inner: FileSpan, outer: FileSpan): boolean {
  return inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;
}

function checkDerivations(ctx: Ctx, data: CaseData): void {
  const byId = new Map(data.claimants.map((c) => [c.id, c]));
  for (const [i, c] of data.claimants.entries()) {
    const seen = new Set([c.id]);
    for (let at = c.derivedFrom; at !== null; at = byId.get(at)?.derivedFrom ?? null) {
      if (!byId.has(at)) fail(ctx, `$[${i}].derivedFrom`, `unknown claimant "${at}"`);
      else if (seen.has(at)) fail(ctx, `$[${i}].derivedFrom`, "derivation cycle");
      else {
        seen.add(at);
        continue;
      }
      break;
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
  checkDerivations(ctx("claimants"), data);
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
