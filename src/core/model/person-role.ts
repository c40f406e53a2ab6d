/**
 * What a person of a case is to its sources (the people page): the author kinds a source's kind
 * gives its author, and how claims name them. A vocabulary of its own, apart from the roles of
 * claimants (claim.ts), so that every one of them is translated.
 */
export const PERSON_ROLES = [
  "witness",
  "journalist",
  "scholar",
  "legislator",
  "author",
  "speaker",
  "mentioned",
  "claimant",
] as const;

export type PersonRole = (typeof PERSON_ROLES)[number];
