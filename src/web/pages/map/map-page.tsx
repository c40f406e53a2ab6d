/** Where it happened: places and flight routes on an offline map, with their tables. */
import { useParams } from "react-router";
import type { Page, SourceSummary } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { type PlaceNamer, usePlaceNames } from "../../components/case-texts.js";
import { LoadState } from "../../components/load-state.js";
import { TableLink } from "../../components/table-link.js";
import { useTitle } from "../../components/use-title.js";
import { formatList, t } from "../../i18n/i18n.js";
import { CaseMap } from "./case-map.js";
import { ClaimedPlacesTable, PlacesTable, RoutesTable } from "./map-tables.js";
import { type PlaceProps, type PlacesCollection, splitFeatures } from "./places-types.js";

function named<F extends { id?: string | number; properties: PlaceProps }>(
  feature: F,
  placeName: PlaceNamer,
): F {
  const name = placeName(String(feature.id), feature.properties.name);
  return { ...feature, properties: { ...feature.properties, name } };
}

export function MapPage() {
  const { id = "" } = useParams();
  const loaded = useApi<PlacesCollection>(`/api/cases/${encodeURIComponent(id)}/places`);
  const sources = useApi<Page<SourceSummary>>("/api/sources?limit=500");
  const titles = new Map(
    sources.state === "ready" ? sources.data.items.map((s) => [s.id, s.title]) : [],
  );
  const placeName = usePlaceNames(id);
  useTitle(t("map.title"));
  return (
    <section>
      <h1>{t("map.title")}</h1>
      <p className="lede">{t("map.intro")}</p>
      <LoadState loaded={loaded}>
        {(collection) => {
          const split = splitFeatures(collection);
          // Place names in the reader's language (the case's translation, or their script).
          const places = split.places.map((p) => named(p, placeName));
          const unlocated = split.unlocated.map((p) => named(p, placeName));
          const { routes, claimed } = split;
          const names = new Map(
            [...places, ...unlocated].map((p) => [String(p.id), p.properties.name]),
          );
          return (
            <>
              <CaseMap places={places} routes={routes} claimed={claimed} />
              <TableLink target="places-h" label={t("map.tableLink")} />
              <p className="muted small">{t("map.note")}</p>
              {unlocated.length > 0 && (
                <p className="muted small" data-testid="unlocated">
                  {t("map.unlocated", {
                    names: formatList(unlocated.map((p) => p.properties.name)),
                  })}
                </p>
              )}
              <h2>{t("map.routes")}</h2>
              <RoutesTable routes={routes} names={names} titles={titles} />
              <h2 id="places-h">{t("map.places")}</h2>
              <PlacesTable places={places} unlocated={unlocated} />
              {claimed.length > 0 && (
                <>
                  <h2 id="claimed-h">{t("map.claimed")}</h2>
                  <p className="muted small">{t("map.claimed.note")}</p>
                  <ClaimedPlacesTable claimed={claimed} />
                </>
              )}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}
