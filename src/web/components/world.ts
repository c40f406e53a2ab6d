/**
 * Country outlines from the bundled world-atlas, fetched on demand from this server as build
 * assets (so the overview never waits for them, and nothing comes from outside: no tiles, no CDN).
 */
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import detailedUrl from "world-atlas/countries-50m.json?url";
import worldUrl from "world-atlas/countries-110m.json?url";
import { getJson } from "../api/client.js";

export type Countries = FeatureCollection<Geometry, { name: string }>;

async function load(url: string): Promise<Countries> {
  const topology =
    await getJson<Topology<{ countries: GeometryCollection<{ name: string }> }>>(url);
  return feature(topology, topology.objects.countries) as Countries;
}

/** Detailed outlines (1:50m) for a case's region. */
export function detailedCountries(): Promise<Countries> {
  return load(detailedUrl);
}

/** Coarse outlines (1:110m) for the whole world. */
export function worldCountries(): Promise<Countries> {
  return load(worldUrl);
}
