/**
 * Evidence links: the system proposes them from confirmed claims (never confirms one); people add
 * links from a claim, a passage or a whole source; reviewers confirm, correct or reject. Each
 * change is a new version with its author or reviewer, time and reason, and a log entry.
 */
import { randomUUID } from "node:crypto";
import {
  InvalidLinkError,
  type Law,
  LINK_STATUSES,
  type LinkFields,
  type LinkStatus,
  makeLinkFields,
  POLARITIES,
  type Polarity,
  proposeLinks,
} from "../core/law/index.js";
import { shippedLaw } from "../ingest/law/read-law-dir.js";
import { getClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import {
  type EvidenceLinkRecord,
  getEvidenceLink,
  insertEvidenceLinks,
  linkedClaimElements,
  linkVersions,
  listEvidenceLinks,
  passageSourceId,
  updateReviewedLink,
} from "../store/evidence-links.repository.js";
import { fourEyesRequired } from "../store/four-eyes.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource } from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { existingCase, visibleCase } from "./case-view.js";
import { InvalidInputError, NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayReview, assertMayWrite, visibilityKeys } from "./policies/access.policy.js";
import { statusAfterReview } from "./policies/four-eyes.policy.js";
import {
  presentLaw,
  presentLink,
  presentLinkVersion,
} from "./presenters/evidence-link.presenter.js";
import { maySeeSource } from "./source-access.js";
import { commitVersion } from "./versioned-change.js";

export interface NewLinkRequest {
  readonly claimId?: string | undefined;
  readonly passageId?: string | undefined;
  readonly sourceId?: string | undefined;
  readonly elementId: string;
  readonly polarity: Polarity;
  readonly weight: number;
  readonly rationale: string;
}

export interface LinkReviewRequest {
  readonly action: "confirm" | "correct" | "reject";
  readonly elementId?: string | undefined;
  readonly polarity?: Polarity | undefined;
  readonly weight?: number | undefined;
  readonly rationale?: string | undefined;
  readonly reason?: string | null | undefined;
}

export interface LinkQuery {
  readonly status?: string | undefined;
  readonly polarity?: string | undefined;
  readonly elementId?: string | undefined;
  readonly crime?: string | undefined;
}

const PROPOSER = "casefile-proposer";

function checked(law: Law, fields: LinkFields): LinkFields {
  try {
    return makeLinkFields(law, fields);
  } catch (error) {
    if (error instanceof InvalidLinkError) throw new InvalidInputError(error.message, error.field);
    throw error;
  }
}

export function createEvidenceService(store: Store, law: Law = shippedLaw()) {
  const versionOf = new Map(law.families.map((f) => [f.id, `${f.id}@${f.version}`]));
  const lawVersionOf = (elementId: string) =>
    versionOf.get(law.targets.get(elementId)?.family ?? "") ?? "unknown";

  /** The element ids a crime's matrix covers: its elements and their alternatives and sub-elements. */
  function elementIdsOf(crimeId: string): string[] {
    const crime = law.crimes.find((c) => c.id === crimeId);
    if (!crime)
      throw new InvalidInputError(`no crime or rule "${crimeId}" in the law files`, "crime", {
        code: "invalid-input.unknown",
        params: { field: "crime", value: crimeId },
      });
    return crime.elements.flatMap((e) => [
      e.id,
      ...e.alternatives.map((a) => a.id),
      ...e.subElements.map((s) => s.id),
    ]);
  }

  async function visibleLink(caller: Caller, id: string, db: Queryable = store.db) {
    const link = isUuid(id) ? await getEvidenceLink(db, id) : null;
    const source = link ? await getSource(db, link.sourceId) : null;
    if (!link || !source || !(await maySeeSource(db, caller, source)))
      throw new NotFoundError(`evidence link ${id}`, {
        code: "not-found.evidence-link",
        params: { id },
      });
    return link;
  }

  async function listLinks(caller: Caller, caseId: string, q: LinkQuery) {
    if (q.status !== undefined && !(LINK_STATUSES as readonly string[]).includes(q.status))
      throw new InvalidInputError(`status must be one of ${LINK_STATUSES.join(", ")}`, "status", {
        code: "invalid-input.enum",
        params: { field: "status", allowed: LINK_STATUSES.join(", ") },
      });
    if (q.polarity !== undefined && !(POLARITIES as readonly string[]).includes(q.polarity))
      throw new InvalidInputError(`polarity must be one of ${POLARITIES.join(", ")}`, "polarity", {
        code: "invalid-input.enum",
        params: { field: "polarity", allowed: POLARITIES.join(", ") },
      });
    if (q.elementId !== undefined && !law.targets.has(q.elementId))
      throw new InvalidInputError(`no element "${q.elementId}" in the law files`, "element", {
        code: "invalid-input.unknown",
        params: { field: "element", value: q.elementId },
      });
    await existingCase(store, caseId);
    const crimeIds = q.crime === undefined ? undefined : elementIdsOf(q.crime);
    const ids = q.elementId !== undefined ? [q.elementId] : crimeIds;
    return listEvidenceLinks(store.db, {
      caseId,
      visibility: visibilityKeys(caller),
      status: q.status as LinkStatus | undefined,
      polarity: q.polarity as Polarity | undefined,
      elementIds: ids,
    });
  }

  return {
    law: () => presentLaw(law),

    /** Proposes links from the case's confirmed claims; pairs already linked are left alone. */
    async propose(caller: Caller, caseId: string) {
      assertMayWrite(caller);
      const view = await visibleCase(store, caller, caseId);
      const confirmed = view.claims.filter((c) => c.status === "confirmed");
      const proposals = proposeLinks(
        law,
        confirmed.map((c) => ({ id: c.id, fields: c.fields })),
        view.row.data.info.timeSpan,
      );
      const sourceOf = new Map(confirmed.map((c) => [c.id, c]));
      const actor = actorName(caller);
      const at = new Date();
      return store.db.transaction(async (tx) => {
        const existing = await linkedClaimElements(tx, caseId);
        const fresh = proposals.filter((p) => !existing.has(`${p.claimId} ${p.elementId}`));
        const links: EvidenceLinkRecord[] = fresh.map((p) => {
          const claim = sourceOf.get(p.claimId);
          return {
            id: randomUUID(),
            caseId,
            targetKind: "claim",
            sourceId: claim?.sourceId ?? "",
            passageId: claim?.passageId ?? null,
            claimId: p.claimId,
            elementId: p.elementId,
            lawVersion: lawVersionOf(p.elementId),
            polarity: p.polarity,
            weight: p.weight,
            rationale: p.rationale,
            status: "proposed",
            origin: "proposal",
            rule: p.rule,
            version: 1,
            createdBy: PROPOSER,
            createdAt: at,
            reviewedBy: null,
            reviewedAt: null,
            reviewReason: null,
            rationaleRewritten: false,
          };
        });
        await insertEvidenceLinks(tx, links);
        await appendLog(
          tx,
          {
            actor,
            action: "evidence.propose",
            targetType: "case",
            targetId: caseId,
            reason: null,
            data: { proposed: links.length, alreadyLinked: proposals.length - links.length },
          },
          at,
        );
        return { proposed: links.length, alreadyLinked: proposals.length - links.length };
      });
    },

    /** A link a person makes from a confirmed claim, a passage or a whole source; it awaits review. */
    async create(caller: Caller, caseId: string, req: NewLinkRequest) {
      assertMayWrite(caller);
      const given = [req.claimId, req.passageId, req.sourceId].filter((v) => v !== undefined);
      if (given.length !== 1)
        throw new InvalidInputError(
          "name exactly one of claimId, passageId or sourceId",
          "target",
          { code: "evidence.one-target" },
        );
      const fields = checked(law, req);
      await existingCase(store, caseId);
      let sourceId: string | null = null;
      let passageId: string | null = null;
      let claimId: string | null = null;
      if (req.claimId !== undefined) {
        const claim = isUuid(req.claimId) ? await getClaim(store.db, req.claimId) : null;
        if (!claim)
          throw new NotFoundError(`claim ${req.claimId}`, {
            code: "not-found.claim",
            params: { id: req.claimId },
          });
        if (claim.status !== "confirmed")
          throw new InvalidInputError(
            "only a confirmed claim can be evidence; review it first",
            "claimId",
            { code: "evidence.unconfirmed-claim" },
          );
        ({ sourceId, passageId } = claim);
        claimId = claim.id;
      } else if (req.passageId !== undefined) {
        sourceId = isUuid(req.passageId) ? await passageSourceId(store.db, req.passageId) : null;
        if (!sourceId)
          throw new NotFoundError(`passage ${req.passageId}`, {
            code: "not-found.passage",
            params: { id: req.passageId },
          });
        passageId = req.passageId;
      } else sourceId = req.sourceId ?? null;
      const source = sourceId && isUuid(sourceId) ? await getSource(store.db, sourceId) : null;
      if (!source || !(await maySeeSource(store.db, caller, source)))
        throw new NotFoundError(`source ${sourceId ?? ""}`, {
          code: "not-found.source",
          params: { id: sourceId ?? "" },
        });
      if (source.metadata.caseId !== caseId)
        throw new InvalidInputError(
          `that evidence belongs to no source of case ${caseId}`,
          "target",
          { code: "evidence.other-case", params: { case: caseId } },
        );
      const actor = actorName(caller);
      const at = new Date();
      const link: EvidenceLinkRecord = {
        id: randomUUID(),
        caseId,
        targetKind: claimId ? "claim" : passageId ? "passage" : "source",
        sourceId: source.id,
        passageId,
        claimId,
        ...fields,
        lawVersion: lawVersionOf(fields.elementId),
        status: "proposed",
        origin: "manual",
        rule: null,
        version: 1,
        createdBy: actor,
        createdAt: at,
        reviewedBy: null,
        reviewedAt: null,
        reviewReason: null,
        rationaleRewritten: false,
      };
      await store.db.transaction(async (tx) => {
        await insertEvidenceLinks(tx, [link]);
        await appendLog(
          tx,
          {
            actor,
            action: "evidence.link",
            targetType: "evidence_link",
            targetId: link.id,
            reason: null,
            data: {
              caseId,
              elementId: link.elementId,
              polarity: link.polarity,
              weight: link.weight,
              sourceId: source.id,
            },
          },
          at,
        );
      });
      return presentLink(link);
    },

    async review(caller: Caller, id: string, req: LinkReviewRequest) {
      assertMayReview(caller);
      const reason = req.reason?.trim() || null;
      if (req.action === "reject" && !reason)
        throw new InvalidInputError("rejecting a link needs a reason", "reason", {
          code: "invalid-input.reason-needed",
        });
      const corrections = [req.elementId, req.polarity, req.weight, req.rationale];
      if (req.action === "correct" && corrections.every((v) => v === undefined))
        throw new InvalidInputError(
          "a correction needs an element, polarity, weight or rationale",
          "action",
          { code: "evidence.empty-correction" },
        );
      const at = new Date();
      const actor = actorName(caller);
      await store.db.transaction(async (tx) => {
        const link = await visibleLink(caller, id, tx);
        const fields =
          req.action === "correct"
            ? checked(law, {
                elementId: req.elementId ?? link.elementId,
                polarity: req.polarity ?? link.polarity,
                weight: req.weight ?? link.weight,
                rationale: req.rationale ?? link.rationale,
              })
            : link;
        const status: LinkStatus = statusAfterReview(
          {
            noun: "evidence link",
            status: link.status,
            reviewedBy: link.reviewedBy,
            author: link.origin === "manual" ? link.createdBy : null,
          },
          {
            action: req.action,
            reviewer: actor,
            fourEyes: await fourEyesRequired(tx, [link.caseId]),
          },
        );
        const version = link.version + 1;
        await commitVersion(
          tx,
          `link ${id}`,
          () =>
            updateReviewedLink(tx, id, link.version, {
              status,
              elementId: fields.elementId,
              lawVersion: lawVersionOf(fields.elementId),
              polarity: fields.polarity,
              weight: fields.weight,
              rationale: fields.rationale,
              version,
              by: actor,
              at,
              reason,
            }),
          {
            actor,
            action: "evidence.review",
            targetType: "evidence_link",
            targetId: id,
            reason,
            data: {
              decision: req.action,
              status,
              version,
              caseId: link.caseId,
              elementId: fields.elementId,
              polarity: fields.polarity,
              weight: fields.weight,
            },
          },
          at,
        );
      });
      return presentLink(await visibleLink(caller, id));
    },

    async list(caller: Caller, caseId: string, q: LinkQuery = {}) {
      return (await listLinks(caller, caseId, q)).map(presentLink);
    },

    async get(caller: Caller, id: string) {
      const link = await visibleLink(caller, id);
      const history = await linkVersions(store.db, [id]);
      return { ...presentLink(link), history: history.map(presentLinkVersion) };
    },

    /** For the matrix, the brief and the exports: the visible links as records. */
    records: listLinks,
    lawData: () => law,
  };
}
export type EvidenceService = ReturnType<typeof createEvidenceService>;
