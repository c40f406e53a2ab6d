/** The case's places and flight routes over bundled country outlines, drawn offline with d3-geo. */

import { type GeoProjection, geoDistance, geoMercator, geoPath } from "d3-geo";
import { affiliationColour } from "../../components/affiliation.js";
import { moveBetweenMarks, rovingTabIndex } from "../../components/svg-keys.js";
import { usePromise } from "../../components/use-promise.js";
import { useWidth } from "../../components/use-width.js";
import { detailedCountries } from "../../components/world.js";
import { currentLocale, t } from "../../i18n/i18n.js";
import {
  type ClaimedPlaceFeature,
  framingFeatures,
  type PlaceFeature,
  type RouteFeature,
} from "./places-types.js";

const ROUTE_COLOURS = [
  "#b3261e",
  "#0b5cad",
  "#1f6f43",
  "#9a5b00",
  "#a3207a",
  "#00677f",
  "#5a3fa0",
  "#4d5b6a",
  "#5c6300",
  "#2b2b2b",
];

export function routeColour(i: number): string {
  return ROUTE_COLOURS[i % ROUTE_COLOURS.length] ?? affiliationColour(null);
}

/** Regions and countries are named, not pinned: a dot would claim a precision they lack. */
const AREAS = new Set(["region", "country", "district", "area"]);

/** A scale bar of a round number of kilometres, about a fifth of the map's width. */
function scaleBar(projection: GeoProjection, width: number, height: number) {
  const centre = projection.invert?.([width / 2, height / 2]) ?? [0, 0];
  const east = projection.invert?.([width / 2 + 100, height / 2]) ?? [0, 0];
  const kmPer100px = geoDistance(centre, east) * 6371;
  const target = (kmPer100px * width) / 500;
  const km = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((k) => k >= target) ?? 1000;
  return { km, px: (km / kmPer100px) * 100, x: 16, y: height - 16 };
}

export function CaseMap({
  places,
  routes,
  claimed,
}: {
  places: PlaceFeature[];
  routes: RouteFeature[];
  claimed: ClaimedPlaceFeature[];
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const countries = usePromise(detailedCountries);
  // A phone's narrow screen gets a taller map; labels need room on the right.
  const narrow = width < 600;
  const height = narrow ? Math.round(width * 1.15) : Math.min(560, Math.round(width * 0.7));
  const labelRoom = narrow ? 80 : 110;
  const projection = geoMercator().fitExtent(
    [
      [narrow ? 16 : 60, 40],
      [width - labelRoom, height - 40],
    ],
    framingFeatures(places, routes, claimed),
  );
  const path = geoPath(projection);
  const scale = scaleBar(projection, width, height);
  return (
    <div ref={ref} className="chart map">
      <svg
        width={width}
        height={height}
        aria-labelledby="map-title"
        data-testid="case-map"
        onKeyDown={moveBetweenMarks}
      >
        <title id="map-title">{t("map.chart")}</title>
        <rect width={width} height={height} className="sea" />
        {countries?.features.map((c) => (
          <path key={c.id ?? c.properties.name} d={path(c) ?? ""} className="country" />
        ))}
        {routes.map((r, i) => (
          <a
            className="mark"
            tabIndex={rovingTabIndex(i)}
            key={r.properties.description}
            href={`#route-${i + 1}`}
          >
            <title>{`${i + 1}. ${r.properties.translations?.[currentLocale()]?.description ?? r.properties.description}`}</title>
            <path d={path(r) ?? ""} className="route" stroke={routeColour(i)} />
          </a>
        ))}
        {places.map((p, i) => {
          const xy = projection(p.geometry.coordinates as [number, number]);
          if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) return null;
          return (
            <a
              className="mark"
              tabIndex={routes.length === 0 ? rovingTabIndex(i) : -1}
              key={String(p.id)}
              href={`#place-${String(p.id)}`}
            >
              <title>{p.properties.name}</title>
              {!AREAS.has(p.properties.placeKind) && (
                <circle
                  cx={xy[0]}
                  cy={xy[1]}
                  r={p.properties.placeKind === "village" ? 4 : 5.5}
                  className="place"
                />
              )}
              <text
                x={xy[0] + 8}
                y={xy[1] + 4}
                className={AREAS.has(p.properties.placeKind) ? "place-label area" : "place-label"}
              >
                {p.properties.name}
              </text>
            </a>
          );
        })}
        {claimed.map((p) => {
          const xy = projection(p.geometry.coordinates as [number, number]);
          if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) return null;
          // A diamond, not a dot: a position one source states, not a place of the gazetteer.
          return (
            <a
              className="mark"
              tabIndex={-1}
              key={p.properties.claimId}
              href={`#claimed-${p.properties.claimId}`}
              data-testid="claimed-mark"
            >
              <title>{`${p.properties.name} — ${p.properties.sourceTitle ?? ""}`}</title>
              <rect
                x={xy[0] - 5}
                y={xy[1] - 5}
                width={10}
                height={10}
                transform={`rotate(45 ${xy[0]} ${xy[1]})`}
                className={`claimed-place claim-${p.properties.status}`}
              />
            </a>
          );
        })}
        <g className="scale-bar" transform={`translate(${scale.x},${scale.y})`}>
          <line x1={0} x2={scale.px} y1={0} y2={0} />
          <text x={scale.px / 2} y={-6} textAnchor="middle">
            {t("map.km", { km: scale.km })}
          </text>
        </g>
      </svg>
    </div>
  );
}
