/** The case's places and routes as the API sends them (GeoJSON). */
import { geoCentroid, geoDistance } from "d3-geo";
import type { Feature, FeatureCollection, LineString, Point } from "geojson";

export interface PlaceProps {
  kind: "place";
  name: string;
  placeKind: string;
  aliases: string[];
  precisionKm: number | null;
}

export interface RouteProps {
  kind: "route";
  description: string;
  translations?: Record<string, { description: string } | undefined>;
  places: string[];
  claimIds: string[];
  sourceIds: string[];
}

/** A position one claim states (a photo's GPS, a place named on a region or at a moment). */
export interface ClaimedPlaceProps {
  kind: "claimed-place";
  name: string;
  placeId: string | null;
  status: string;
  claimId: string;
  sourceId: string;
  sourceTitle: string | null;
}

export type PlaceFeature = Feature<Point, PlaceProps>;
export type ClaimedPlaceFeature = Feature<Point, ClaimedPlaceProps>;
/** A place the case names without known coordinates: listed, never drawn. */
export type UnlocatedPlace = Feature<null, PlaceProps>;
export type RouteFeature = Feature<LineString, RouteProps>;
export type PlacesCollection = FeatureCollection<
  Point | LineString | null,
  PlaceProps | RouteProps | ClaimedPlaceProps
>;

export function splitFeatures(c: PlacesCollection): {
  places: PlaceFeature[];
  unlocated: UnlocatedPlace[];
  routes: RouteFeature[];
  claimed: ClaimedPlaceFeature[];
} {
  const places: PlaceFeature[] = [];
  const unlocated: UnlocatedPlace[] = [];
  const routes: RouteFeature[] = [];
  const claimed: ClaimedPlaceFeature[] = [];
  for (const f of c.features) {
    if (f.properties.kind === "claimed-place") claimed.push(f as ClaimedPlaceFeature);
    else if (f.geometry === null) unlocated.push(f as UnlocatedPlace);
    else if (f.geometry.type === "Point") places.push(f as PlaceFeature);
    else routes.push(f as RouteFeature);
  }
  return { places, unlocated, routes, claimed };
}

const NEAR_RADIANS = 60 / 6371;

/**
 * What frames the map: the routes, and the precise places and stated positions within 60 km of
 * them. Regions, countries and a distant capital (or a photo's position far away, listed in the
 * table) would zoom it out until the event's ground is a dot.
 */
export function framingFeatures(
  places: PlaceFeature[],
  routes: RouteFeature[],
  claimed: ClaimedPlaceFeature[] = [],
): FeatureCollection {
  const precise = [...places.filter((p) => (p.properties.precisionKm ?? 0) <= 10), ...claimed];
  if (routes.length === 0) return { type: "FeatureCollection", features: precise };
  const centre = geoCentroid({ type: "FeatureCollection", features: routes });
  const near = precise.filter(
    (p) => geoDistance(centre, p.geometry.coordinates as [number, number]) < NEAR_RADIANS,
  );
  return { type: "FeatureCollection", features: [...routes, ...near] };
}
