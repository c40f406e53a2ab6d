/**
 * The people of a case: witnesses, authors, speakers and quoted persons, each with the sources and
 * claims that name them, from what the caller may see. (Victim lists come with the registry.)
 */

import { claimantsOf } from "../store/cases.repository.js";
import type { Store } from "../store/open-store.js";
import type { Caller } from "./caller.js";
import { visibleCase } from "./case-view.js";

const ROLE_BY_KIND: Record<string, string> = {
  testimony: "witness",
  press: "journalist",
  scholarly: "scholar",
  legislative_remark: "legislator",
  ngo_report: "author",
  statement: "speaker",
};

interface Person {
  name: string;
  roles: Set<string>;
  sourceIds: Set<string>;
  claimIds: Set<string>;
}

export function createPeopleService(store: Store) {
  return {
    async people(caller: Caller, caseId: string) {
      const view = await visibleCase(store, caller, caseId);
      const people = new Map<string, Person>();
      const add = (name: string, role: string, sourceId?: string, claimId?: string) => {
        const key = name.trim().replace(/\s+/g, " ").toLowerCase();
        if (key === "") return;
        const p = people.get(key) ?? {
          name: name.trim().replace(/\s+/g, " "),
          roles: new Set(),
          sourceIds: new Set(),
          claimIds: new Set(),
        };
        p.roles.add(role);
        if (sourceId) p.sourceIds.add(sourceId);
        if (claimId) p.claimIds.add(claimId);
        people.set(key, p);
      };
      for (const s of view.sources)
        for (const a of s.metadata.authors) add(a, ROLE_BY_KIND[s.metadata.kind] ?? "author", s.id);
      const personClaimants = new Set(
        (await claimantsOf(store.db, caseId)).filter((c) => c.kind === "person").map((c) => c.id),
      );
      for (const c of view.claims) {
        if (c.fields.kind === "actor" && c.fields.actorType === "person")
          add(c.fields.name, "mentioned", c.sourceId, c.id);
        if (c.claimant.ref && personClaimants.has(c.claimant.ref))
          add(
            c.claimant.name,
            c.claimant.role === "witness" ? "witness" : "claimant",
            c.sourceId,
            c.id,
          );
      }
      return [...people.values()]
        .map((p) => ({
          name: p.name,
          roles: [...p.roles].sort(),
          sourceIds: [...p.sourceIds],
          claimIds: [...p.claimIds],
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}
export type PeopleService = ReturnType<typeof createPeopleService>;
