/**
 * Reviewed claims as schema.org JSON-LD: a Dataset of ClaimReviews, each reviewing one Claim with
 * its author (the claimant), datePublished, appearance (the source that states it) and
 * firstAppearance (the source of the claim its provenance chain ends at). The review says only
 * that the source states the claim — a reviewer's attribution, never a verdict on its truth.
 * The context is embedded (schema.org as the vocabulary), so no reader has to fetch one.
 */
import type { ExportStamp } from "../../core/export/case-document.js";
import { type ClaimLocator, describeLocator, mediaFragment } from "../../core/model/locator.js";
import type { CaseTables, DumpRow } from "../../store/case-dump.repository.js";
import { claimLabel } from "./claim-label.js";
import { byId, currentGrades, obj, strings, text } from "./dump-rows.js";

export const JSONLD_CONTEXT = { "@vocab": "https://schema.org/" } as const;

const PERSON_ROLES = new Set(["person", "witness"]);

function creativeWork(s: DumpRow) {
  const organisation = text(s, "organisation");
  const sha = text(s, "blob_sha256");
  return {
    "@type": "CreativeWork",
    "@id": `urn:uuid:${text(s, "id")}`,
    name: text(s, "title"),
    ...(strings(s, "authors").length
      ? { author: strings(s, "authors").map((name) => ({ "@type": "Person", name })) }
      : {}),
    ...(organisation ? { publisher: { "@type": "Organization", name: organisation } } : {}),
    ...(text(s, "published_date") ? { datePublished: text(s, "published_date") } : {}),
    ...(text(s, "url") ? { url: text(s, "url") } : {}),
    ...(text(s, "language") ? { inLanguage: text(s, "language") } : {}),
    ...(sha ? { identifier: { "@type": "PropertyValue", propertyID: "sha256", value: sha } } : {}),
  };
}

export function presentJsonLd(stamp: ExportStamp, tables: CaseTables) {
  const source = byId(tables.sources);
  const claim = byId(tables.claims);
  const grades = currentGrades(tables.grades);
  const located = new Map(
    tables.claim_media_locators.map((l) => [
      text(l, "claim_id") ?? "",
      obj(l, "selector") as unknown as ClaimLocator,
    ]),
  );
  /** The region or moment of a picture or recording that states the claim, as a media fragment. */
  const part = (c: DumpRow, s: DumpRow) => {
    const l = located.get(text(c, "id") ?? "");
    const fragment = l ? mediaFragment(l) : null;
    return l && fragment
      ? {
          hasPart: {
            "@type": "MediaObject",
            "@id": `urn:uuid:${text(s, "id")}#${fragment}`,
            description: describeLocator(l),
          },
        }
      : {};
  };
  /** The claim a provenance chain ends at, within what this export holds. */
  const origin = (c: DumpRow): DumpRow => {
    const seen = new Set<string>();
    let at = c;
    for (;;) {
      const link = obj(at, "derived_from");
      const next = link.kind === "claim" ? claim.get(String(link.id)) : undefined;
      if (!next || seen.has(text(next, "id") ?? "")) return at;
      seen.add(text(at, "id") ?? "");
      at = next;
    }
  };
  const reviews = tables.claims
    .filter((c) => text(c, "status") === "confirmed")
    .flatMap((c) => {
      const s = source.get(text(c, "source_id") ?? "");
      if (!s) return [];
      const first = source.get(text(origin(c), "source_id") ?? "") ?? s;
      const credibility = grades.get(`claim:${text(c, "id")}`) ?? null;
      const reason = text(c, "review_reason");
      return [
        {
          "@type": "ClaimReview",
          "@id": `urn:uuid:${text(c, "id")}#review`,
          claimReviewed: claimLabel(c),
          author: { "@type": "Person", name: text(c, "reviewed_by") },
          datePublished: text(c, "reviewed_at"),
          ...(reason ? { reviewBody: reason } : {}),
          reviewRating: {
            "@type": "Rating",
            alternateName: "attributed: the source states this claim (its truth is not judged)",
            ...(credibility
              ? { ratingExplanation: `credibility graded ${credibility} on the 1–6 scale` }
              : {}),
          },
          itemReviewed: {
            "@type": "Claim",
            "@id": `urn:uuid:${text(c, "id")}`,
            name: claimLabel(c),
            ...(text(c, "exact") ? { text: text(c, "exact") } : {}),
            author: {
              "@type": PERSON_ROLES.has(text(c, "claimant_role") ?? "") ? "Person" : "Organization",
              name: text(c, "claimant_name"),
            },
            ...(text(s, "published_date") ? { datePublished: text(s, "published_date") } : {}),
            appearance: { ...creativeWork(s), ...part(c, s) },
            firstAppearance: creativeWork(first),
          },
        },
      ];
    });
  const theCase = tables.cases[0] as DumpRow;
  return {
    "@context": JSONLD_CONTEXT,
    "@type": "Dataset",
    "@id": `urn:casefile:case:${text(theCase, "id")}`,
    name: text(theCase, "title"),
    description: text(theCase, "summary"),
    dateCreated: stamp.exportedAt,
    creator: {
      "@type": "SoftwareApplication",
      name: "Casefile",
      softwareVersion: stamp.casefileVersion,
    },
    identifier: {
      "@type": "PropertyValue",
      propertyID: "casefile-log-head",
      value: stamp.logHead ? `${stamp.logHead.seq}:${stamp.logHead.hash}` : "empty",
    },
    hasPart: reviews,
  };
}
