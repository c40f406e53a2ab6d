/**
 * A case as readers meet it: overview, chronology (with conflicting times flagged), places and
 * flight routes as GeoJSON, and the recognition registry — all through the access policy.
 */

import type { TextLanguage } from "../core/case/index.js";
import { compareWhen, standingOf } from "../core/case/index.js";
import { PLACES } from "../core/gazetteer/index.js";
import { getCaseInfo, listCaseIds, visibleClaimantsOf } from "../store/cases.repository.js";
import { type ClaimFilter, listClaims } from "../store/claims.repository.js";
import type { Store } from "../store/open-store.js";
import { countSourcesByKind } from "../store/sources.repository.js";
import type { Caller } from "./caller.js";
import { caseNotFound, existingCase, mapVisible, visibleCase } from "./case-view.js";
import { claimedPlaces, claimedTimes } from "./claimed-entries.js";
import { visibilityKeys } from "./policies/access.policy.js";
import { qualificationItems, wordingBySource } from "./qualifications-view.js";
import { conflictHomes, timeConflicts } from "./time-conflicts.js";

const placeById = new Map(PLACES.map((p) => [p.id, p]));

export function createCaseService(store: Store) {
  return {
    list: () => listCaseIds(store.db),

    /**
     * Counted by the store, not read whole: the overview is the first view on a phone, and its
     * page waits for this answer (server/first-view-data.ts).
     */
    async overview(caller: Caller, caseId: string) {
      const row = await getCaseInfo(store.db, caseId);
      if (!row) throw caseNotFound(caseId);
      const { info } = row;
      const visibility = visibilityKeys(caller);
      const claims = (filter: Partial<ClaimFilter>) =>
        listClaims(store.db, { visibility, caseId, limit: 0, offset: 0, ...filter });
      // Three independent counts: on PostgreSQL they run side by side on the pool's connections.
      const [byKind, all, confirmed] = await Promise.all([
        countSourcesByKind(store.db, visibility, caseId),
        claims({}),
        claims({ status: "confirmed" }),
      ]);
      return {
        id: info.id,
        title: info.title,
        summary: info.summary,
        language: info.language ?? "en",
        translations: info.translations ?? {},
        timeSpan: info.timeSpan,
        chronologySpan: info.chronologySpan,
        places: info.places,
        sources: Object.values(byKind).reduce((sum, n) => sum + n, 0),
        sourcesByKind: byKind,
        claims: all.total,
        confirmedClaims: confirmed.total,
        loadedAt: row.loadedAt.toISOString(),
      };
    },

    /**
     * The case's claimant names in one language its data translates them into, each beside the
     * name as written, so that every view naming a claimant (figures, origins, people, sources,
     * timeline) says it alike; the overview names none, so its answer carries none. Both are
     * values, never keys: the redaction hook masks protected names in values only. Only the
     * claimants of claims the caller may see are listed (the claims readers' access rule): a
     * masked name would still say that someone spoke in a source the caller may not read.
     */
    async claimantNames(caller: Caller, caseId: string, lang: TextLanguage) {
      await existingCase(store, caseId);
      const visible = await visibleClaimantsOf(store.db, caseId, visibilityKeys(caller));
      return visible.flatMap((c) => {
        const translation = c.translations?.[lang]?.name;
        return translation ? [{ name: c.name, translation }] : [];
      });
    },

    async timeline(caller: Caller, caseId: string) {
      const view = await visibleCase(store, caller, caseId);
      const conflicts = timeConflicts(view.claims);
      const claimed = claimedTimes(view);
      const visible = [...view.row.data.events, ...claimed]
        .sort((a, b) => compareWhen(a.when, b.when))
        .flatMap((e) => {
          if (claimed.includes(e)) return [e];
          const claimIds = mapVisible(e.claimIds, view.claimIdByRef);
          const sourceIds = mapVisible(e.sourceIds, view.storeIdByRef);
          // An event stands only on what the caller may see.
          if (
            e.claimIds.length + e.sourceIds.length > 0 &&
            claimIds.length + sourceIds.length === 0
          )
            return [];
          return [{ ...e, claimIds, sourceIds }];
        });
      const home = conflictHomes(conflicts, visible);
      const events = visible.map((e) => ({
        id: e.id,
        phase: e.phase,
        when: e.when,
        where: e.where,
        what: e.what,
        translations: e.translations ?? {},
        // Not an entry of the case's chronology: one claim added since, its `what` its source's title.
        claimed: claimed.some((c) => c.id === e.id),
        claimIds: e.claimIds,
        sourceIds: e.sourceIds,
        conflicts: conflicts.filter((c) => home.get(c.about) === e.id),
        // The same disagreement also concerns this entry: named, shown in full at its home.
        conflictsElsewhere: conflicts.flatMap((c) =>
          home.get(c.about) !== e.id && c.claimIds.some((id) => e.claimIds.includes(id))
            ? [
                {
                  about: c.about,
                  eventId: home.get(c.about) as string,
                  eventWhat: visible.find((h) => h.id === home.get(c.about))?.what ?? "",
                },
              ]
            : [],
        ),
      }));
      return { caseId, events, conflicts };
    },

    async places(caller: Caller, caseId: string) {
      const view = await visibleCase(store, caller, caseId);
      const { info, routes } = view.row.data;
      const point = (id: string) => {
        const p = placeById.get(id);
        return p && p.lat !== null && p.lon !== null ? [p.lon, p.lat] : null;
      };
      const places = info.places.flatMap((id) => {
        const p = placeById.get(id);
        if (!p) return [];
        const coordinates = point(id);
        // A place the case names but cannot locate stays in the list, with no geometry (GeoJSON's
        // null), so that routes and tables name it even though the map cannot draw it.
        return [
          {
            type: "Feature" as const,
            id,
            geometry: coordinates ? { type: "Point" as const, coordinates } : null,
            properties: {
              kind: "place",
              name: p.name,
              placeKind: p.kind,
              aliases: p.aliases,
              precisionKm: p.precisionKm,
            },
          },
        ];
      });
      const lines = routes.flatMap((r) => {
        const claimIds = mapVisible(r.claimIds, view.claimIdByRef);
        const sourceIds = mapVisible(r.sourceIds, view.storeIdByRef);
        if (claimIds.length + sourceIds.length === 0) return [];
        const coordinates = r.places.map(point).filter((c): c is number[] => c !== null);
        if (coordinates.length < 2) return [];
        return [
          {
            type: "Feature" as const,
            id: r.id,
            geometry: { type: "LineString" as const, coordinates },
            properties: {
              kind: "route",
              description: r.description,
              translations: r.translations ?? {},
              places: r.places,
              claimIds,
              sourceIds,
            },
          },
        ];
      });
      return {
        type: "FeatureCollection" as const,
        features: [...places, ...lines, ...claimedPlaces(view)],
      };
    },

    async recognitions(
      caller: Caller,
      caseId: string,
      filter: {
        qualification?: string | undefined;
        level?: string | undefined;
        issuer?: string | undefined;
      },
    ) {
      const view = await visibleCase(store, caller, caseId);
      const wording = wordingBySource(view);
      return view.row.data.recognitions.flatMap((r) => {
        const sourceId = view.storeIdByRef.get(r.sourceId);
        if (!sourceId) return [];
        if (
          filter.qualification &&
          !r.qualifications.includes(filter.qualification as (typeof r.qualifications)[number])
        )
          return [];
        if (filter.level && r.jurisdiction.level !== filter.level) return [];
        if (filter.issuer && r.issuer !== filter.issuer) return [];
        // Case data loaded before issuers were recorded reads as a body's act.
        const entry = { ...r, issuer: r.issuer ?? "body" };
        return [
          { ...entry, sourceId, standing: standingOf(entry), wording: wording.get(sourceId) ?? [] },
        ];
      });
    },

    /** What the sources call the event: every confirmed qualification claim, with its words. */
    async qualifications(
      caller: Caller,
      caseId: string,
      filter: { qualification?: string | undefined } = {},
    ) {
      return qualificationItems(await visibleCase(store, caller, caseId), filter);
    },
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
