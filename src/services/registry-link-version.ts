/**
 * A registry link's next version — reviewed, linked by hand, or unlinked — written only if nobody
 * changed the link since it was read (a 409 otherwise) and logged with the link's pair: the one
 * way every door changes a registry link that exists.
 */
import type { Queryable } from "../store/db.js";
import {
  type LinkRecord,
  type LinkStatus,
  updateLinkReview,
} from "../store/record-links.repository.js";
import { commitVersion } from "./versioned-change.js";

export interface LinkChange {
  readonly action: "link.review" | "link.manual" | "link.unlink";
  readonly status: LinkStatus;
  readonly actor: string;
  readonly at: Date;
  readonly reason: string | null;
  /** The reviewer's decision (confirm, reject), for a review. */
  readonly decision?: string;
}

export async function appendLinkVersion(
  tx: Queryable,
  link: LinkRecord,
  change: LinkChange,
): Promise<void> {
  const { status, actor, at, reason } = change;
  await commitVersion(
    tx,
    `link ${link.id}`,
    () => updateLinkReview(tx, link.id, link.version, { status, by: actor, at, reason }),
    {
      actor,
      action: change.action,
      targetType: "record_link",
      targetId: link.id,
      reason,
      data: {
        ...(change.decision !== undefined ? { decision: change.decision } : {}),
        status,
        previous: link.status,
        version: link.version + 1,
        left: link.left,
        right: link.right,
        probability: link.probability,
        origin: link.origin,
      },
    },
    at,
  );
}
