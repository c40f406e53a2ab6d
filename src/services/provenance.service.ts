/**
 * A reviewer sets what a claim rests on and which claim, source or claimant it passes on. Each
 * change is a new version of the claim and an entry in the log, like every review decision; a
 * link that would make a claim derive from itself is refused.
 */
import { closesCycle, makeGraph } from "../core/figures/provenance-graph.js";
import { BASES, type Basis, linkText, type ProvenanceLink } from "../core/model/provenance.js";
import { claimToClaimLinks, getClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import type { Store } from "../store/open-store.js";
import { getSource } from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError, NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayReview } from "./policies/access.policy.js";
import { presentClaim } from "./presenters/claim.presenter.js";
import { assertMayChangeSource, maySeeSource } from "./source-access.js";
import { commitClaimVersion } from "./versioned-change.js";

export interface ProvenanceRequest {
  readonly basis?: string | undefined;
  /** The new link; null removes it; undefined keeps it. */
  readonly derivedFrom?: ProvenanceLink | null | undefined;
  readonly reason?: string | null | undefined;
}

async function visibleClaim(
  db: Queryable,
  caller: Caller,
  id: string,
  field?: string,
  change = false,
) {
  const claim = isUuid(id) ? await getClaim(db, id) : null;
  const source = claim ? await getSource(db, claim.sourceId) : null;
  if (!claim || !source || !(await maySeeSource(db, caller, source))) {
    if (field)
      throw new InvalidInputError(`no claim ${id} to derive from`, field, {
        code: "provenance.no-claim",
        params: { id },
      });
    throw new NotFoundError(`claim ${id}`, { code: "not-found.claim", params: { id } });
  }
  if (change) await assertMayChangeSource(db, caller, source);
  return claim;
}

/** Checks that the link's target exists for this caller and closes no cycle. */
async function checkLink(tx: Queryable, caller: Caller, claimId: string, link: ProvenanceLink) {
  if (link.kind === "claimant") {
    if (link.id.trim() === "" || link.id.length > 300)
      throw new InvalidInputError(
        "a claimant link needs a name of 1 to 300 characters",
        "derivedFrom",
        { code: "invalid-input.length-range", params: { field: "derivedFrom", min: 1, max: 300 } },
      );
    return;
  }
  if (link.kind === "source") {
    const source = isUuid(link.id) ? await getSource(tx, link.id) : null;
    if (!source || !(await maySeeSource(tx, caller, source)))
      throw new InvalidInputError(`no source ${link.id} to derive from`, "derivedFrom", {
        code: "provenance.no-source",
        params: { id: link.id },
      });
    return;
  }
  if (link.id === claimId)
    throw new InvalidInputError("a claim cannot derive from itself", "derivedFrom", {
      code: "provenance.self",
    });
  await visibleClaim(tx, caller, link.id, "derivedFrom");
  const links = await claimToClaimLinks(tx);
  const graph = makeGraph(
    links.map((l) => ({
      id: l.id,
      sourceId: "",
      claimantId: "",
      basis: "unstated" as Basis,
      derivedFrom: { kind: "claim" as const, id: l.target },
    })),
    [],
  );
  if (closesCycle(claimId, link, graph))
    throw new InvalidInputError(
      `claim ${link.id} already derives from claim ${claimId}: the link would close a cycle`,
      "derivedFrom",
      { code: "provenance.cycle", params: { id: link.id } },
    );
}

export function createProvenanceService(store: Store) {
  return {
    /** Sets basis and derivedFrom; status and fields stay as they are. */
    async setProvenance(caller: Caller, id: string, req: ProvenanceRequest) {
      assertMayReview(caller);
      if (req.basis === undefined && req.derivedFrom === undefined)
        throw new InvalidInputError("give a basis, a derivedFrom link, or both", "basis", {
          code: "provenance.nothing",
        });
      if (req.basis !== undefined && !(BASES as readonly string[]).includes(req.basis))
        throw new InvalidInputError(`basis must be one of ${BASES.join(", ")}`, "basis", {
          code: "invalid-input.enum",
          params: { field: "basis", allowed: BASES.join(", ") },
        });
      const reason = req.reason?.trim() || null;
      const at = new Date();
      const actor = actorName(caller);
      await store.db.transaction(async (tx) => {
        const claim = await visibleClaim(tx, caller, id, undefined, true);
        const basis = (req.basis as Basis | undefined) ?? claim.basis;
        const derivedFrom = req.derivedFrom === undefined ? claim.derivedFrom : req.derivedFrom;
        if (derivedFrom !== null && req.derivedFrom !== undefined)
          await checkLink(tx, caller, id, derivedFrom);
        await commitClaimVersion(
          tx,
          claim,
          { basis, derivedFrom },
          { actor, at, reason },
          {
            action: "claim.provenance",
            data: {
              basis: { from: claim.basis, to: basis },
              derivedFrom: {
                from: claim.derivedFrom ? linkText(claim.derivedFrom) : null,
                to: derivedFrom ? linkText(derivedFrom) : null,
              },
            },
          },
        );
      });
      return presentClaim(
        (await getClaim(store.db, id)) ?? (await visibleClaim(store.db, caller, id)),
      );
    },
  };
}
export type ProvenanceService = ReturnType<typeof createProvenanceService>;
