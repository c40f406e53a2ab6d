/**
 * A claim filed by hand: on a span of a source's text, a region of a picture or a stretch of a
 * recording. It arrives as a proposal (origin "manual", its author in version 1), so it is reviewed
 * like any other — under four eyes its author cannot be the one who confirms it.
 */
import { randomUUID } from "node:crypto";
import {
  applyClaimCorrection,
  type FieldValue,
  InvalidClaimError,
} from "../core/claims/claim-correction.js";
import { CLAIM_KINDS, type ClaimFields } from "../core/model/claim.js";
import { describeLocator } from "../core/model/locator.js";
import { getClaim, insertClaims } from "../store/claims.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource } from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { resolveLocator } from "./claim-locator.js";
import { type ClaimantChange, checkBasis, resolveClaimant } from "./claimant-change.js";
import { InvalidInputError, NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayWrite } from "./policies/access.policy.js";
import { presentClaim } from "./presenters/claim.presenter.js";
import { assertMayChangeSource, maySeeSource } from "./source-access.js";

export interface NewClaimRequest {
  readonly sourceId: string;
  readonly kind: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly claimant: ClaimantChange;
  readonly basis?: string | undefined;
  /** A TextSpan, ImageRegion or MediaTime locator (core/model/locator.ts), checked here. */
  readonly locator: unknown;
  readonly reason?: string | null | undefined;
}

/** What a field left out means on a new claim: no subgroup, no end, no gazetteer place. */
const OPTIONAL_FIELDS: Record<string, Record<string, FieldValue>> = {
  figure: { subgroup: null },
  time: { endIso: null, approximate: false },
  place: { placeId: null },
};

function fieldsOf(kind: string, patch: Readonly<Record<string, FieldValue>>): ClaimFields {
  if (!(CLAIM_KINDS as readonly string[]).includes(kind))
    throw new InvalidInputError(`kind must be one of ${CLAIM_KINDS.join(", ")}`, "kind", {
      code: "invalid-input.enum",
      params: { field: "kind", allowed: CLAIM_KINDS.join(", ") },
    });
  try {
    // An empty claim of the kind, corrected into the one given: the same validation as a correction.
    const blank = { kind, ...OPTIONAL_FIELDS[kind] } as ClaimFields;
    return applyClaimCorrection(blank, { ...patch, kind });
  } catch (error) {
    if (error instanceof InvalidClaimError)
      throw new InvalidInputError(error.message, `fields.${error.field}`);
    throw error;
  }
}

export async function createClaim(store: Store, caller: Caller, req: NewClaimRequest) {
  assertMayWrite(caller);
  const source = isUuid(req.sourceId) ? await getSource(store.db, req.sourceId) : null;
  if (!source || !(await maySeeSource(store.db, caller, source)))
    throw new NotFoundError(`source ${req.sourceId}`, {
      code: "not-found.source",
      params: { id: req.sourceId },
    });
  // Filing a claim changes what the source says it states: confidential material needs a write grant.
  await assertMayChangeSource(store.db, caller, source);
  const fields = fieldsOf(req.kind, req.fields);
  const basis = req.basis === undefined ? "unstated" : checkBasis(req.basis);
  const id = randomUUID();
  const actor = actorName(caller);
  const at = new Date();
  await store.db.transaction(async (tx) => {
    const claimant = await resolveClaimant(tx, { sourceId: source.id }, req.claimant);
    const { locator, mediaLocator, textAnchor } = await resolveLocator(tx, source, req.locator);
    await insertClaims(tx, [
      {
        id,
        sourceId: source.id,
        passageId: textAnchor?.passageId ?? null,
        start: textAnchor?.start ?? 0,
        end: textAnchor?.end ?? 0,
        exact: textAnchor?.exact ?? null,
        prefix: textAnchor?.prefix ?? null,
        suffix: textAnchor?.suffix ?? null,
        quoteSha256: null,
        fields,
        claimant,
        basis,
        derivedFrom: null,
        caseRef: null,
        status: "proposed",
        origin: "manual",
        createdAt: at,
        createdBy: actor,
        mediaLocator,
      },
    ]);
    await appendLog(
      tx,
      {
        actor,
        action: "claim.create",
        targetType: "claim",
        targetId: id,
        reason: req.reason?.trim() || null,
        data: {
          sourceId: source.id,
          kind: fields.kind,
          locator: locator.type,
          where:
            describeLocator(locator) ?? `${locator.type} ${textAnchor?.start}–${textAnchor?.end}`,
        },
      },
      at,
    );
  });
  const claim = await getClaim(store.db, id);
  if (!claim) throw new NotFoundError(`claim ${id}`, { code: "not-found.claim", params: { id } });
  return presentClaim(claim);
}
