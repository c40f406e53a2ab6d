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

export type PlaceFeature = Feature<Point, PlaceProps>;
/** A place the case names without known coordinates: listed, never drawn. */
export type UnlocatedPlace = Feature<null, PlaceProps>;
export type RouteFeature = Feature<LineString, RouteProps>;
export type PlacesCollection = FeatureCollection<
  Point | LineString | null,
  PlaceProps | RouteProps
>;

export function splitFeatures(c: PlacesCollection): {
  places: PlaceFeature[];
  unlocated: UnlocatedPlace[];
  routes: RouteFeature[];
} {
  const places: PlaceFeature[] = [];
  const unlocated: UnlocatedPlace[] = [];
  const routes: RouteFeature[] = [];
  for (const f of c.features) {
    if (f.geometry === null) unlocated.push(f as UnlocatedPlace);
    else if (f.geometry.type === "Point") places.push(f as PlaceFeature);
    else routes.push(f as RouteFeature);
  }
  return { places, unlocated, routes };
}

const NEAR_RADIANS = 60 / 6371;

/**
 * What frames the map: the routes, and the precise places within 60 km of them. Regions,
 * countries and a distant capital would zoom it out until the event's ground is a dot.
 */
export function framingFeatures(places: PlaceFeature[], routes: RouteFeature[]): FeatureCollection {
  const precise = places.filter((p) => (p.properties.precisionKm ?? 0) <= 10);
  if (routes.length === 0) return { type: "FeatureCollection", features: precise };
  const centre = geoCentroid({ type: "FeatureCollection", features: routes });
  const near = precise.filter(
    (p) => geoDistance(centre, p.geometry.coordinates as [number, number]) < NEAR_RADIANS,
  );
  return { type: "FeatureCollection", features: [...routes, ...near] };
}
