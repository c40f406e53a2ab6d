/**
 * An evidence link ties a claim, a passage or a whole source to an element of a crime (or of a
 * rule of attribution): supporting it, contradicting it, or giving context, with a weight and a
 * written rationale. Exculpatory evidence is an equal duty (Rome Statute arts. 54(1)(a), 67(2)),
 * so "contradicts" is a first-class polarity, never an afterthought.
 */
import type { Law } from "./law-types.js";

export const POLARITIES = ["supports", "contradicts", "context"] as const;
export type Polarity = (typeof POLARITIES)[number];

export const LINK_STATUSES = ["proposed", "awaiting", "confirmed", "rejected"] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const LINK_TARGET_KINDS = ["claim", "passage", "source"] as const;
export type LinkTargetKind = (typeof LINK_TARGET_KINDS)[number];

export interface LinkFields {
  readonly elementId: string;
  readonly polarity: Polarity;
  readonly weight: number;
  readonly rationale: string;
}

export class InvalidLinkError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = "InvalidLinkError";
  }
}

export const MAX_RATIONALE = 2000;

/** Checks a link's fields against the law; returns them trimmed and frozen, or throws naming the field. */
export function makeLinkFields(law: Law, fields: LinkFields): LinkFields {
  if (!law.targets.has(fields.elementId))
    throw new InvalidLinkError(`no element "${fields.elementId}" in the law files`, "elementId");
  if (!(POLARITIES as readonly string[]).includes(fields.polarity))
    throw new InvalidLinkError(`polarity must be one of ${POLARITIES.join(", ")}`, "polarity");
  if (!Number.isInteger(fields.weight) || fields.weight < 1 || fields.weight > 5)
    throw new InvalidLinkError(`weight must be a whole number from 1 to 5`, "weight");
  const rationale = fields.rationale.trim();
  if (rationale === "") throw new InvalidLinkError("a link needs a rationale", "rationale");
  if (rationale.length > MAX_RATIONALE)
    throw new InvalidLinkError(
      `a rationale holds at most ${MAX_RATIONALE} characters`,
      "rationale",
    );
  return Object.freeze({ ...fields, rationale });
}
