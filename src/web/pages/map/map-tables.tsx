/** The tables behind the map: every place with its spellings, every route with its sources. */

import { Link } from "react-router";
import { CaseText } from "../../components/case-texts.js";
import { claimHref, sourceHref } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { routeColour } from "./case-map.js";
import type {
  ClaimedPlaceFeature,
  PlaceFeature,
  RouteFeature,
  UnlocatedPlace,
} from "./places-types.js";

function coordinatesOf(p: PlaceFeature | UnlocatedPlace): string {
  if (p.geometry === null) return t("map.noCoordinates");
  const [lon, lat] = p.geometry.coordinates;
  const precision = p.properties.precisionKm !== null ? ` ±${p.properties.precisionKm} km` : "";
  return `${lat?.toFixed(2)}, ${lon?.toFixed(2)}${precision}`;
}

export function PlacesTable({
  places,
  unlocated,
}: {
  places: PlaceFeature[];
  unlocated: UnlocatedPlace[];
}) {
  const rows = [...places, ...unlocated].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name),
  );
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("map.col.place")}</th>
            <th scope="col">{t("map.col.kind")}</th>
            <th scope="col">{t("map.col.aliases")}</th>
            <th scope="col">{t("map.col.coordinates")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            return (
              <tr key={String(p.id)} id={`place-${String(p.id)}`}>
                <td>
                  <Link
                    to={`/search?q=${encodeURIComponent(p.properties.name)}`}
                    data-testid="place-link"
                  >
                    {p.properties.name}
                  </Link>
                </td>
                <td>{term("placeKind", p.properties.placeKind)}</td>
                <td className="small">{p.properties.aliases.join(", ")}</td>
                <td className="small num">{coordinatesOf(p)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function RoutesTable({
  routes,
  names,
  titles,
}: {
  routes: RouteFeature[];
  names: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
}) {
  return (
    <ol className="routes">
      {routes.map((r, i) => (
        <li key={r.properties.description} id={`route-${i + 1}`}>
          <span className="swatch" style={{ background: routeColour(i) }} aria-hidden="true" />
          <CaseText
            text={r.properties.description}
            translations={Object.fromEntries(
              Object.entries(r.properties.translations ?? {}).map(([l, tr]) => [
                l,
                tr?.description,
              ]),
            )}
            originalLanguage={undefined}
          />
          <div className="muted small">
            {r.properties.places.map((p) => names.get(p) ?? p).join(" → ")}
          </div>
          <div className="small">
            {r.properties.sourceIds.map((s) => (
              <Link key={s} to={sourceHref(s)} className="route-source">
                {titles.get(s) ?? t("timeline.source")}
              </Link>
            ))}
            {r.properties.claimIds.map((c) => (
              <Link key={c} to={`/claims/${c}`} className="route-source">
                {t("map.claim")}
              </Link>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Positions single claims state, each linked to its claim where its source states it. */
export function ClaimedPlacesTable({ claimed }: { claimed: ClaimedPlaceFeature[] }) {
  return (
    <div className="table-scroll">
      <table data-testid="claimed-places">
        <thead>
          <tr>
            <th scope="col">{t("map.col.place")}</th>
            <th scope="col">{t("map.col.coordinates")}</th>
            <th scope="col">{t("map.col.statedIn")}</th>
            <th scope="col">{t("map.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {claimed.map((p) => {
            const [lon, lat] = p.geometry.coordinates;
            const { claimId, sourceId, sourceTitle, status, name } = p.properties;
            return (
              <tr key={claimId} id={`claimed-${claimId}`}>
                <td>{name}</td>
                <td className="small num">{`${lat?.toFixed(5)}, ${lon?.toFixed(5)}`}</td>
                <td>
                  <Link to={claimHref(sourceId, claimId)} data-testid="claimed-link">
                    {sourceTitle ?? t("timeline.source")}
                  </Link>
                </td>
                <td>{term("status", status)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
