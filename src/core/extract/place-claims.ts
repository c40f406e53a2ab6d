/** Place claims: every gazetteer place named in a text, with its gazetteer id. */

import { findPlaces } from "../gazetteer/lookup.js";
import type { ClaimFields } from "../model/claim.js";

export function findPlaceClaims(
  text: string,
): { start: number; end: number; fields: ClaimFields }[] {
  return findPlaces(text).map((m) => ({
    start: m.start,
    end: m.end,
    fields: { kind: "place", placeId: m.place.id, name: m.place.name },
  }));
}
