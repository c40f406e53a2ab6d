/**
 * The people of a case: witnesses, authors, speakers and quoted persons, each with the sources and
 * claims that name them, from what the caller may see. (Victim lists come with the registry.)
 */

import type { PersonRole } from "../core/model/person-role.js";
import { claimantsOf } from "../store/cases.repository.js";
import type { Store } from "../store/open-store.js";
import type { Caller } from "./caller.js";
import { visibleCase } from "./case-view.js";

const ROLE_BY_KIND: Readonly<Record<string, PersonRole>> = {
  testimony: "witness",
  press: "journalist",
  scholarly: "scholar",
  legislative_remark: "legislator",
  ngo_report: "author",
  statement: "speaker",
};

interface Person {
  name: string;
  roles: Set<PersonRole>;
  sourceIds: Set<string>;
  claimIds: Set<string>;
}

export function createPeopleService(store: Store) {
  return {
    async people(caller: Caller, caseId: string) {
      const view = await visibleCase(store, caller, caseId);
      const people = new Map<string, Person>();
      const persons = new Map(
        (await claimantsOf(store.db, caseId))
          .filter((c) => c.kind === "person")
          .map((c) => [c.id, c]),
      );
      // One row per person: a source's author who is also its publishing claimant (a witness, a
      // legislator) is the same person as that claimant, however differently the two are named.
      const publisherOf = new Map(view.caseSources.map((s) => [s.id, s.publisherClaimant]));
      const add = (
        key: string,
        name: string,
        role: PersonRole,
        sourceId?: string,
        claimId?: string,
        preferName = false,
      ) => {
        const clean = name.trim().replace(/\s+/g, " ");
        if (clean === "") return;
        const p = people.get(key) ?? {
          name: clean,
          roles: new Set(),
          sourceIds: new Set(),
          claimIds: new Set(),
        };
        if (preferName) p.name = clean;
        p.roles.add(role);
        if (sourceId) p.sourceIds.add(sourceId);
        if (claimId) p.claimIds.add(claimId);
        people.set(key, p);
      };
      const byName = (name: string) => `name:${name.trim().replace(/\s+/g, " ").toLowerCase()}`;
      for (const s of view.sources) {
        const publisher = publisherOf.get(s.id);
        const own = s.metadata.authors.length === 1 && publisher && persons.has(publisher);
        for (const a of s.metadata.authors)
          add(
            own ? `claimant:${publisher}` : byName(a),
            a,
            ROLE_BY_KIND[s.metadata.kind] ?? "author",
            s.id,
            undefined,
            Boolean(own),
          );
      }
      for (const c of view.claims) {
        if (c.fields.kind === "actor" && c.fields.actorType === "person")
          add(byName(c.fields.name), c.fields.name, "mentioned", c.sourceId, c.id);
        const ref = c.claimant.ref;
        if (ref && persons.has(ref)) {
          const key = `claimant:${ref}`;
          add(
            key,
            c.claimant.name,
            c.claimant.role === "witness" ? "witness" : "claimant",
            c.sourceId,
            c.id,
          );
        }
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
