/**
 * Claims added to a case since it was loaded — on a text span, a picture's region or a
 * recording's moment — put where their kind goes. The case data's own claims already stand in its
 * chronology and places; these come from reviewers and from the sources attached since. A
 * confirmed time becomes an entry of the chronology; a place with a position (its own, such as a
 * photo's GPS, or its gazetteer place's, found by id or by name) becomes a point on the map, proposed or confirmed,
 * because embedded metadata is evidence to review, and the point says which. Each names its claim,
 * whose citation leads to the passage, region or moment.
 */
import type { CaseEvent, EventPhase } from "../core/case/index.js";
import { lookupPlace, PLACES } from "../core/gazetteer/index.js";
import type { ClaimRecord } from "../store/claims.repository.js";
import type { VisibleCase } from "./case-view.js";

const placeById = new Map(PLACES.map((p) => [p.id, p]));

/** Whether a claim was added to the case after it was loaded (not one of the case data's). */
const added = (c: ClaimRecord) => c.caseRef === null && c.status !== "rejected";

/** Where a moment falls in the chronology: before the event's days, during them, or after. */
function phaseOf(startIso: string, span: { start: string; end: string }): EventPhase {
  const day = startIso.slice(0, 10);
  if (day < span.start) return "before";
  return day <= span.end ? "night" : "aftermath";
}

/**
 * Confirmed time claims added to the case, as chronology entries backed by that one claim (ids
 * `claim-<claim id>`; their `what` is the source's title, shown as "stated in …").
 */
export function claimedTimes(view: VisibleCase): CaseEvent[] {
  return view.claims.flatMap((c): CaseEvent[] => {
    if (!added(c) || c.status !== "confirmed" || c.fields.kind !== "time") return [];
    const f = c.fields;
    return [
      {
        id: `claim-${c.id}`,
        phase: phaseOf(f.startIso, view.row.data.info.timeSpan),
        when: {
          start: f.startIso,
          end: f.endIso,
          precision: f.precision,
          approximate: f.approximate,
        },
        where: [],
        // The source's title: the entry says "stated in …", the claim's citation says where.
        what: c.sourceTitle ?? "",
        claimIds: [c.id],
        sourceIds: [],
      },
    ];
  });
}

/** Place claims added to the case that have a position, as GeoJSON points naming their claim. */
export function claimedPlaces(view: VisibleCase) {
  return view.claims.flatMap((c) => {
    if (!added(c) || c.fields.kind !== "place") return [];
    const f = c.fields;
    // A place filed by name alone is found in the gazetteer by any of its spellings.
    const known = f.placeId ? placeById.get(f.placeId) : (lookupPlace(f.name) ?? undefined);
    const position =
      f.coordinates ??
      (known && known.lat !== null && known.lon !== null
        ? { lat: known.lat, lon: known.lon }
        : null);
    if (!position) return [];
    return [
      {
        type: "Feature" as const,
        id: `claim-${c.id}`,
        geometry: { type: "Point" as const, coordinates: [position.lon, position.lat] },
        properties: {
          kind: "claimed-place" as const,
          name: f.name,
          placeId: known?.id ?? null,
          status: c.status,
          claimId: c.id,
          sourceId: c.sourceId,
          sourceTitle: c.sourceTitle,
          media: c.mediaLocator !== null,
        },
      },
    ];
  });
}
