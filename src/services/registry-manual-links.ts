/**
 * Links a reviewer makes or undoes by hand: two records the model never proposed (or scored below
 * the threshold) linked as the same person, and any link — proposed, a candidate, confirmed, made
 * by the model or by hand — unlinked. Both are versions of the link with who, when and the reason,
 * and entries of the activity log; four eyes applies to a manual link as to a confirmation.
 */
import { randomUUID } from "node:crypto";
import type { Queryable } from "../store/db.js";
import { fourEyesRequired, recordCases, recordLinkCases } from "../store/four-eyes.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import {
  findLinkBetween,
  getVisibleLink,
  insertManualLink,
  type LinkRecord,
  linkVersions,
  proposalKind,
  visibleRecordIds,
} from "../store/record-links.repository.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError, NotFoundError, ServiceError } from "./errors.js";
import { assertMayReview, visibilityKeys } from "./policies/access.policy.js";
import { statusAfterReview } from "./policies/four-eyes.policy.js";
import { appendLinkVersion } from "./registry-link-version.js";
import { UUID } from "./visible-lists.js";

export interface ManualLinkRequest {
  /** The two records' ids (any order). */
  readonly left: string;
  readonly right: string;
  readonly reason?: string | null | undefined;
}

const trimmed = (reason: string | null | undefined) => reason?.trim() || null;

async function visibleLinkOrFail(store: Store, caller: Caller, id: string) {
  const link = UUID.test(id) ? await getVisibleLink(store.db, id, visibilityKeys(caller)) : null;
  if (!link) throw new NotFoundError(`link ${id}`, { code: "not-found.link", params: { id } });
  return link;
}

/** Links two records by hand; returns the link's id. A pair already linked is a 409. */
export async function linkByHand(
  store: Store,
  caller: Caller,
  req: ManualLinkRequest,
): Promise<string> {
  assertMayReview(caller);
  const ids = [req.left, req.right].map((r) => (typeof r === "string" ? r.toLowerCase() : ""));
  for (const [k, id] of ids.entries())
    if (!UUID.test(id))
      throw new InvalidInputError(`${k === 0 ? "left" : "right"} must be a record id`, "records", {
        code: "invalid-input.not-an-id",
        params: { field: "records", value: id },
      });
  const [a, b] = ids as [string, string];
  if (a === b)
    throw new InvalidInputError("a record cannot be linked to itself", "right", {
      code: "registry.self-link",
    });
  const reason = trimmed(req.reason);
  const actor = actorName(caller);
  const at = new Date();
  return store.db.transaction(async (tx) => {
    const seen = await visibleRecordIds(tx, [a, b], visibilityKeys(caller));
    for (const id of [a, b])
      if (!seen.has(id))
        throw new NotFoundError(`person record ${id}`, {
          code: "not-found.person-record",
          params: { id },
        });
    const existing = await findLinkBetween(tx, a, b);
    if (existing && (existing.status === "confirmed" || existing.status === "awaiting"))
      throw new ServiceError(
        "conflict",
        409,
        `the two records are already linked (link ${existing.id}, ${existing.status})`,
        {},
        { code: "conflict.already-linked" },
      );
    const id = existing?.id ?? randomUUID();
    const fourEyes = await fourEyesRequired(tx, await caseIdsOf(tx, existing, a, b));
    // A reviewer who links by hand is the link's author: under four eyes someone else confirms it.
    const status = statusAfterReview(
      {
        noun: "registry link",
        status: "proposed",
        reviewedBy: null,
        author: null,
      },
      { action: "confirm", reviewer: actor, fourEyes },
    );
    if (existing) {
      // The model compared this pair (a candidate, a proposal) or someone unlinked it: linking by
      // hand is the next version of that link, its probability kept.
      await appendLinkVersion(tx, existing, { action: "link.manual", status, actor, at, reason });
      return id;
    }
    await insertManualLink(tx, { id, a, b, status, by: actor, at, reason });
    const [left, right] = a < b ? [a, b] : [b, a];
    await appendLog(
      tx,
      {
        actor,
        action: "link.manual",
        targetType: "record_link",
        targetId: id,
        reason,
        data: {
          status,
          previous: null,
          version: 1,
          left,
          right,
          probability: null,
          origin: "manual",
        },
      },
      at,
    );
    return id;
  });
}

async function caseIdsOf(
  tx: Queryable,
  existing: LinkRecord | null,
  a: string,
  b: string,
): Promise<(string | null)[]> {
  return existing ? recordLinkCases(tx, existing.id) : recordCases(tx, [a, b]);
}

/** Undoes a link of any origin and status but rejected: it stops counting at once. */
export async function unlink(
  store: Store,
  caller: Caller,
  id: string,
  req: { reason?: string | null | undefined },
): Promise<void> {
  assertMayReview(caller);
  const reason = trimmed(req.reason);
  const actor = actorName(caller);
  const at = new Date();
  await store.db.transaction(async (tx) => {
    const link = UUID.test(id) ? await getVisibleLink(tx, id, visibilityKeys(caller)) : null;
    if (!link) throw new NotFoundError(`link ${id}`, { code: "not-found.link", params: { id } });
    if (link.status === "rejected")
      throw new ServiceError(
        "conflict",
        409,
        `link ${id} is not linked (it was rejected)`,
        {},
        { code: "conflict.link-rejected" },
      );
    await appendLinkVersion(tx, link, {
      action: "link.unlink",
      status: "rejected",
      actor,
      at,
      reason,
    });
  });
}

/** A link's history: how it came (a linkage run, or a reviewer's hand), then every decision. */
export async function linkHistory(store: Store, caller: Caller, id: string) {
  const link = await visibleLinkOrFail(store, caller, id);
  const versions = await linkVersions(store.db, link.id);
  const made =
    link.origin === "model"
      ? [
          {
            version: 1,
            status: (await proposalKind(store.db, link)) ?? "proposed",
            at: link.createdAt.toISOString(),
            by: null,
            reason: null,
            runId: link.runId,
            probability: link.probability,
          },
        ]
      : [];
  return {
    id: link.id,
    origin: link.origin,
    status: link.status,
    items: [
      ...made,
      ...versions.map((v) => ({
        version: v.version,
        status: v.status,
        at: v.at.toISOString(),
        by: v.by,
        reason: v.reason,
        runId: null,
        probability: null,
      })),
    ],
  };
}
