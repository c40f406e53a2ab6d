/**
 * A reviewed item's next version: written only if nobody changed the item since it was read (the
 * repository's write compares versions and returns false otherwise), then logged, in the caller's
 * transaction. Claims (review, provenance), evidence links and registry links all change this way.
 */
import type { Json } from "../core/hash/canonical-json.js";
import type { LogAction } from "../core/log/log-entry.js";
import type { ClaimRecord, ReviewUpdate } from "../store/claims.repository.js";
import { updateReviewedClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import { ServiceError } from "./errors.js";

export interface VersionLog {
  readonly actor: string;
  readonly action: LogAction;
  readonly targetType: string;
  readonly targetId: string;
  readonly reason: string | null;
  readonly data: { [key: string]: Json };
}

/** Runs the optimistic write; a lost race is a 409 naming the item; a won one is logged. */
export async function commitVersion(
  tx: Queryable,
  what: string,
  write: () => Promise<boolean>,
  log: VersionLog,
  at: Date,
): Promise<void> {
  if (!(await write()))
    throw new ServiceError(
      "conflict",
      409,
      `${what} was reviewed by someone else meanwhile; reload it`,
      {},
      { code: "conflict.reviewed-meanwhile" },
    );
  await appendLog(tx, log, at);
}

export type ClaimChange = Partial<
  Pick<
    ReviewUpdate,
    "status" | "fields" | "claimant" | "basis" | "derivedFrom" | "mediaLocator" | "textAnchor"
  >
>;

/** A claim's next version: what changes over what it was, by whom, logged with `action` and `data`. */
export function commitClaimVersion(
  tx: Queryable,
  claim: ClaimRecord,
  change: ClaimChange,
  who: { actor: string; at: Date; reason: string | null },
  log: { action: LogAction; data: { [key: string]: Json } },
): Promise<void> {
  const version = claim.version + 1;
  return commitVersion(
    tx,
    `claim ${claim.id}`,
    () =>
      updateReviewedClaim(tx, claim.id, claim.version, {
        status: change.status ?? claim.status,
        fields: change.fields ?? claim.fields,
        claimant: change.claimant ?? claim.claimant,
        basis: change.basis ?? claim.basis,
        derivedFrom: change.derivedFrom === undefined ? claim.derivedFrom : change.derivedFrom,
        mediaLocator: change.mediaLocator === undefined ? claim.mediaLocator : change.mediaLocator,
        textAnchor: change.textAnchor,
        version,
        by: who.actor,
        at: who.at,
        reason: who.reason,
      }),
    {
      actor: who.actor,
      action: log.action,
      targetType: "claim",
      targetId: claim.id,
      reason: who.reason,
      data: { version, sourceId: claim.sourceId, ...log.data },
    },
    who.at,
  );
}
