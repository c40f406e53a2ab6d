/** The shape in which claims leave the services. */
import type { ClaimLocator } from "../../core/model/locator.js";
import type { ClaimRecord } from "../../store/claims.repository.js";

/** Where the claim is in its source: its media locator, or else its span of the text. */
export const locatorOf = (c: ClaimRecord): ClaimLocator =>
  c.mediaLocator ?? { type: "TextSpan", start: c.start, end: c.end };

export function presentClaim(c: ClaimRecord) {
  return {
    id: c.id,
    sourceId: c.sourceId,
    sourceTitle: c.sourceTitle,
    passageId: c.passageId,
    kind: c.fields.kind,
    start: c.start,
    end: c.end,
    text: c.exact,
    prefix: c.prefix,
    suffix: c.suffix,
    locator: locatorOf(c),
    quoteSha256: c.quoteSha256,
    fields: c.fields as unknown as Record<string, string | number | boolean | null>,
    claimant: { name: c.claimant.name, role: c.claimant.role, ref: c.claimant.ref },
    basis: c.basis,
    derivedFrom: c.derivedFrom,
    status: c.status,
    origin: c.origin,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    reviewedBy: c.reviewedBy,
    reviewedAt: c.reviewedAt?.toISOString() ?? null,
    reviewReason: c.reviewReason,
  };
}
export type ClaimView = ReturnType<typeof presentClaim>;
