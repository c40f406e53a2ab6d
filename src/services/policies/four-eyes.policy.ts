/**
 * Four eyes: the one rule for what a reviewer's decision does to a claim, a registry link or an
 * evidence link when its case requires a second reviewer. Claims, registry links and evidence
 * links all ask here, so the rule cannot differ between them.
 *
 * Without the requirement a confirmation confirms. With it, the first confirmation (or a
 * correction, which is new content only its corrector has seen) leaves the item "awaiting" a
 * second review, and only a confirmation by someone who is neither that first reviewer nor the
 * item's author makes it "confirmed". A rejection takes effect at once: it never makes anything
 * count. Items confirmed before the case asked for four eyes stay confirmed.
 */
import { ForbiddenError } from "../errors.js";

export type ReviewedStatus = "proposed" | "awaiting" | "confirmed" | "rejected";

export interface ReviewedItem {
  /** "claim", "registry link", "evidence link": for the refusal's wording. */
  readonly noun: string;
  readonly status: ReviewedStatus;
  /** The last reviewer; while awaiting, the one who gave the first confirmation. */
  readonly reviewedBy: string | null;
  /** The person who made the item by hand; null for what the system proposed. */
  readonly author: string | null;
}

export interface Decision {
  readonly action: "confirm" | "correct" | "reject";
  readonly reviewer: string;
  /** Whether the item's case requires four eyes. */
  readonly fourEyes: boolean;
}

/** The status a decision gives an item; throws (403, naming why) when the reviewer may not give it. */
export function statusAfterReview(item: ReviewedItem, d: Decision): ReviewedStatus {
  if (d.action === "reject") return "rejected";
  if (!d.fourEyes) return "confirmed";
  if (d.action === "correct") return "awaiting";
  if (item.status === "confirmed") return "confirmed";
  if (item.status !== "awaiting") return "awaiting";
  if (item.reviewedBy === d.reviewer)
    throw new ForbiddenError(
      `four eyes: you gave this ${item.noun} its first confirmation; a second reviewer must confirm it`,
      { code: "four-eyes.own-confirmation" },
    );
  if (item.author !== null && item.author === d.reviewer)
    throw new ForbiddenError(
      `four eyes: you made this ${item.noun}; a reviewer other than its author must confirm it`,
      { code: "four-eyes.own-item" },
    );
  return "confirmed";
}
