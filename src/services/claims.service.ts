/**
 * Claims: listing with the access policy, review (confirm, correct, reject — each with reviewer,
 * time and reason, each a new version and a log entry; under four eyes a first confirmation
 * leaves the claim awaiting a second reviewer), bulk confirmation, and re-extraction that never
 * touches a reviewed claim.
 */

import {
  applyClaimCorrection,
  type FieldValue,
  InvalidClaimError,
} from "../core/claims/claim-correction.js";
import { type ClaimState, claimChanges } from "../core/history/field-changes.js";
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimStatus, isMeasure } from "../core/model/claim.js";
import { publisherName } from "../core/source/source-metadata.js";
import {
  claimVersions,
  deleteUnreviewedProposals,
  getClaim,
  listClaims,
  reviewedSpans,
} from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { claimAuthor, fourEyesRequired } from "../store/four-eyes.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource, getSourceText, passagesOf } from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { createClaim, type NewClaimRequest } from "./claim-create.js";
import { resolveLocator } from "./claim-locator.js";
import { proposeClaims } from "./claim-proposals.js";
import {
  type ClaimantChange,
  caseClaimantsOf,
  checkBasis,
  resolveClaimant,
} from "./claimant-change.js";
import { InvalidInputError, NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { pageOf } from "./paging.js";
import { assertMayReview, assertMayWrite, visibilityKeys } from "./policies/access.policy.js";
import { statusAfterReview } from "./policies/four-eyes.policy.js";
import { presentClaim } from "./presenters/claim.presenter.js";
import { assertMayChangeSource, maySeeSource } from "./source-access.js";
import { commitClaimVersion } from "./versioned-change.js";

export interface ClaimQuery {
  readonly sourceId?: string | undefined;
  readonly caseId?: string | undefined;
  readonly status?: string | undefined;
  readonly kind?: string | undefined;
  readonly measure?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface ReviewRequest {
  readonly action: "confirm" | "correct" | "reject";
  readonly fields?: Readonly<Record<string, FieldValue>> | undefined;
  readonly claimant?: ClaimantChange | undefined;
  /** What the claim rests on, set in the same version as the correction. */
  readonly basis?: string | undefined;
  /** A corrected place in the source: text span, picture region or time range. */
  readonly locator?: unknown;
  readonly reason?: string | null | undefined;
}

function checkVocabulary(q: ClaimQuery): void {
  if (q.status !== undefined && !(CLAIM_STATUSES as readonly string[]).includes(q.status))
    throw new InvalidInputError(`status must be one of ${CLAIM_STATUSES.join(", ")}`, "status", {
      code: "invalid-input.enum",
      params: { field: "status", allowed: CLAIM_STATUSES.join(", ") },
    });
  if (q.kind !== undefined && !(CLAIM_KINDS as readonly string[]).includes(q.kind))
    throw new InvalidInputError(`kind must be one of ${CLAIM_KINDS.join(", ")}`, "kind", {
      code: "invalid-input.enum",
      params: { field: "kind", allowed: CLAIM_KINDS.join(", ") },
    });
  if (q.measure !== undefined && !isMeasure(q.measure))
    throw new InvalidInputError(`unknown measure "${q.measure}"`, "measure", {
      code: "invalid-input.unknown",
      params: { field: "measure", value: q.measure },
    });
  if (q.sourceId !== undefined && !isUuid(q.sourceId))
    throw new InvalidInputError(`not a source id: ${q.sourceId}`, "source", {
      code: "invalid-input.not-an-id",
      params: { field: "source", value: q.sourceId },
    });
}

/** A stored claim version as the change computation reads it. */
function historyState(
  h: Awaited<ReturnType<typeof claimVersions>>[number] | undefined,
): ClaimState | null {
  return h
    ? {
        status: h.status,
        fields: h.fields,
        claimant: h.claimant,
        basis: h.basis,
        derivedFrom: h.derived_from,
      }
    : null;
}

export function createClaimsService(store: Store) {
  /** Inside a transaction pass its handle: PGlite has one connection, and a query outside the open transaction would wait for it forever. */
  async function visibleClaim(
    caller: Caller,
    id: string,
    db: Queryable = store.db,
    change = false,
  ) {
    const claim = isUuid(id) ? await getClaim(db, id) : null;
    const source = claim ? await getSource(db, claim.sourceId) : null;
    if (!claim || !source || !(await maySeeSource(db, caller, source)))
      throw new NotFoundError(`claim ${id}`, { code: "not-found.claim", params: { id } });
    if (change) await assertMayChangeSource(db, caller, source);
    return claim;
  }

  async function reviewOne(
    tx: Queryable,
    caller: Caller,
    id: string,
    req: ReviewRequest,
    at: Date,
  ) {
    const claim = await visibleClaim(caller, id, tx, true);
    const reason = req.reason?.trim() || null;
    if (req.action === "reject" && !reason)
      throw new InvalidInputError("rejecting a claim needs a reason", "reason", {
        code: "invalid-input.reason-needed",
      });
    if (
      req.action === "correct" &&
      !req.fields &&
      !req.claimant &&
      req.basis === undefined &&
      req.locator === undefined
    )
      throw new InvalidInputError(
        "a correction needs fields, a claimant, a basis or a locator",
        "fields",
        { code: "claims.empty-correction" },
      );
    if (req.action !== "correct" && req.locator !== undefined)
      throw new InvalidInputError("only a correction may move a claim's locator", "locator", {
        code: "claims.locator-needs-correction",
      });
    let fields = claim.fields;
    try {
      if (req.fields) fields = applyClaimCorrection(claim.fields, req.fields);
    } catch (error) {
      if (error instanceof InvalidClaimError)
        throw new InvalidInputError(error.message, error.field);
      throw error;
    }
    const claimant = req.claimant ? await resolveClaimant(tx, claim, req.claimant) : claim.claimant;
    const basis = req.basis === undefined ? claim.basis : checkBasis(req.basis);
    const actor = actorName(caller);
    const source = await getSource(tx, claim.sourceId);
    const moved =
      req.locator === undefined || !source ? null : await resolveLocator(tx, source, req.locator);
    const status: ClaimStatus = statusAfterReview(
      {
        noun: "claim",
        status: claim.status,
        reviewedBy: claim.reviewedBy,
        author: await claimAuthor(tx, id),
      },
      {
        action: req.action,
        reviewer: actor,
        fourEyes: await fourEyesRequired(tx, [source?.metadata.caseId ?? null]),
      },
    );
    await commitClaimVersion(
      tx,
      claim,
      {
        status,
        fields,
        claimant,
        basis,
        ...(moved
          ? { mediaLocator: moved.mediaLocator, textAnchor: moved.textAnchor ?? undefined }
          : {}),
      },
      { actor, at, reason },
      {
        action: "claim.review",
        data: {
          decision: req.action,
          status,
          ...(status === "awaiting" ? { awaiting: "second review" } : {}),
          ...(req.fields ? { corrected: Object.keys(req.fields) } : {}),
          ...(req.claimant ? { claimant: claimant.ref ?? claimant.name } : {}),
          ...(req.basis !== undefined ? { basis } : {}),
          ...(moved ? { locator: moved.locator.type } : {}),
        },
      },
    );
  }

  return {
    async list(caller: Caller, q: ClaimQuery) {
      checkVocabulary(q);
      const { limit, offset } = pageOf(q.limit, q.offset, 100, 1000);
      const { items, total } = await listClaims(store.db, {
        visibility: visibilityKeys(caller),
        sourceId: q.sourceId,
        caseId: q.caseId,
        status: q.status as ClaimStatus | undefined,
        kind: q.kind,
        measure: q.measure,
        limit,
        offset,
      });
      return { items: items.map(presentClaim), total, limit, offset };
    },

    async get(caller: Caller, id: string) {
      const claim = await visibleClaim(caller, id);
      const history = await claimVersions(store.db, id);
      return {
        ...presentClaim(claim),
        history: history.map((h, i) => ({
          version: h.version,
          changes: claimChanges(historyState(history[i - 1]), historyState(h) as ClaimState),
          status: h.status,
          fields: h.fields as unknown as Record<string, FieldValue>,
          claimant: h.claimant,
          basis: h.basis,
          derivedFrom: h.derived_from,
          at: h.created_at.toISOString(),
          by: h.created_by,
          reason: h.reason,
          locator: h.locator,
        })),
      };
    },

    /** Files a claim by hand on a text span, a picture's region or a recording's moment. */
    create(caller: Caller, req: NewClaimRequest) {
      return createClaim(store, caller, req);
    },

    /** The claimants a correction of this claim may pick from. */
    async claimantsFor(caller: Caller, id: string) {
      assertMayReview(caller);
      const claim = await visibleClaim(caller, id);
      return (await caseClaimantsOf(store.db, claim)).map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
      }));
    },

    async review(caller: Caller, id: string, req: ReviewRequest) {
      assertMayReview(caller);
      await store.db.transaction((tx) => reviewOne(tx, caller, id, req, new Date()));
      return presentClaim((await getClaim(store.db, id)) ?? (await visibleClaim(caller, id)));
    },

    /** Confirms several claims in one transaction: all or none. */
    async confirmMany(caller: Caller, ids: readonly string[], reason: string | null) {
      assertMayReview(caller);
      if (ids.length === 0 || ids.length > 500)
        throw new InvalidInputError("give between 1 and 500 claim ids", "ids", {
          code: "invalid-input.count-range",
          params: { field: "ids", min: 1, max: 500 },
        });
      const at = new Date();
      await store.db.transaction(async (tx) => {
        for (const id of ids) await reviewOne(tx, caller, id, { action: "confirm", reason }, at);
      });
      return { confirmed: ids.length };
    },

    /** Proposes claims again from a source's text; reviewed claims and their spans are kept. */
    async reextract(caller: Caller, sourceId: string) {
      assertMayWrite(caller);
      const source = isUuid(sourceId) ? await getSource(store.db, sourceId) : null;
      if (!source || !(await maySeeSource(store.db, caller, source)))
        throw new NotFoundError(`source ${sourceId}`, {
          code: "not-found.source",
          params: { id: sourceId },
        });
      await assertMayChangeSource(store.db, caller, source);
      const text = await getSourceText(store.db, sourceId);
      if (text === null)
        throw new InvalidInputError(
          `source ${sourceId} has no text to extract from (citation only)`,
          "source",
          { code: "claims.no-text", params: { id: sourceId } },
        );
      const actor = actorName(caller);
      const at = new Date();
      return store.db.transaction(async (tx) => {
        const removed = await deleteUnreviewedProposals(tx, sourceId);
        const passages = await passagesOf(tx, sourceId);
        const reviewed = await reviewedSpans(tx, sourceId);
        const publisher = publisherName(source.metadata);
        const proposed = await proposeClaims(tx, {
          sourceId,
          text,
          passages,
          publisher,
          reviewed,
          actor,
          at,
        });
        await appendLog(
          tx,
          {
            actor,
            action: "claim.propose",
            targetType: "source",
            targetId: sourceId,
            reason: null,
            data: { removed, proposed, keptReviewed: reviewed.length },
          },
          at,
        );
        return { removed, proposed, keptReviewed: reviewed.length };
      });
    },
  };
}
export type ClaimsService = ReturnType<typeof createClaimsService>;
