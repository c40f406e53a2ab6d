/** Countries with a recognition document shaded on a bundled world map (subnational bodies count for their country). */
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Recognition } from "../../api/types.js";
import { numericCountry } from "../../components/iso-numeric.js";
import { usePromise } from "../../components/use-promise.js";
import { useWidth } from "../../components/use-width.js";
import { worldCountries } from "../../components/world.js";
import { count, t } from "../../i18n/i18n.js";

export function WorldMap({ items }: { items: readonly Recognition[] }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const countries = usePromise(worldCountries);
  const counts = new Map<string, number>();
  for (const r of items) {
    const n = r.jurisdiction.iso3166 ? numericCountry(r.jurisdiction.iso3166) : null;
    if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
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
        <title id="world-title">{t("recognition.map", { n: counts.size })}</title>
        <path d={path({ type: "Sphere" }) ?? ""} className="sea" />
        {countries?.features.map((c) => {
          const n = counts.get(String(c.id));
          return (
            <path
              key={String(c.id ?? c.properties.name)}
              d={path(c) ?? ""}
              className={n ? "country shaded" : "country"}
            >
              {n && (
                <title>
                  {t("recognition.map.country", {
                    name: c.properties.name,
                    documents: count("documents", n),
                  })}
                </title>
              )}
            </path>
          );
        })}
      </svg>
    </div>
  );
}
