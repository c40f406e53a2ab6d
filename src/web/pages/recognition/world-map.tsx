/**
 * Countries on a bundled world map, shaded by the weightiest standing among their documents that
 * name the event (core/case/recognition-standing.ts): a national act, a regional or local act,
 * or only remarks of individual members. Countries whose documents name it as nothing are outlined,
 * not coloured. Subnational bodies count for their country.
 */
import { geoEqualEarth, geoPath } from "d3-geo";
import {
  type CountryStanding,
  countryStandings,
  STANDINGS,
  type Standing,
} from "../../../core/case/recognition-standing.js";
import type { Recognition } from "../../api/types.js";
import { numericCountry } from "../../components/iso-numeric.js";
import { usePromise } from "../../components/use-promise.js";
import { useWidth } from "../../components/use-width.js";
import { worldCountries } from "../../components/world.js";
import { countryName } from "../../i18n/display-name.js";
import { currentLocale, t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

function describe(name: string, c: CountryStanding): string {
  const lines = STANDINGS.filter((s) => c.counts[s].stated + c.counts[s].unstated > 0).map((s) =>
    t("recognition.map.standing", {
      standing: term("standing", s),
      stated: c.counts[s].stated,
      unstated: c.counts[s].unstated,
    }),
  );
  return `${name}: ${lines.join("; ")}`;
}

/** The key of the map: one swatch per standing, and the outline of "not stated" when drawn. */
function MapLegend({ present }: { present: ReadonlySet<Standing | null> }) {
  return (
    <ul className="legend map-legend" aria-label={t("recognition.legend")}>
      {STANDINGS.map((s) => (
        <li key={s} data-standing={s}>
          <svg width="18" height="12" aria-hidden="true">
            <rect width="18" height="12" className={`country shade-${s}`} />
          </svg>{" "}
          {term("standing", s)}
        </li>
      ))}
      {present.has(null) && (
        <li data-standing="unstated">
          <svg width="18" height="12" aria-hidden="true">
            <rect x="1" y="1" width="16" height="10" className="country unstated" />
          </svg>{" "}
          {t("recognition.legend.unstated")}
        </li>
      )}
    </ul>
  );
}

export function WorldMap({ items }: { items: readonly Recognition[] }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const countries = usePromise(worldCountries);
  const byNumeric = new Map<string, CountryStanding>();
  for (const c of countryStandings(items)) {
    const n = numericCountry(c.country);
    if (n) byNumeric.set(n, c);
  }
  const named = [...byNumeric.values()].filter((c) => c.shade !== null).length;
  const height = Math.round(width * 0.5);
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection);
  return (
    <div ref={ref} className="chart map">
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby="world-title"
        data-testid="world-map"
      >
        <title id="world-title">{t("recognition.map", { n: named })}</title>
        <path d={path({ type: "Sphere" }) ?? ""} className="sea" />
        {countries?.features.map((c) => {
          const found = byNumeric.get(String(c.id));
          const shade = found ? (found.shade ? `shade-${found.shade}` : "unstated") : "";
          return (
            <path
              key={String(c.id ?? c.properties.name)}
              d={path(c) ?? ""}
              className={`country ${shade}`.trim()}
              data-country={found?.country}
            >
              {found && (
                <title>
                  {describe(
                    countryName(found.country, currentLocale()) ?? c.properties.name,
                    found,
                  )}
                </title>
              )}
            </path>
          );
        })}
      </svg>
      <MapLegend present={new Set([...byNumeric.values()].map((c) => c.shade))} />
    </div>
  );
}
