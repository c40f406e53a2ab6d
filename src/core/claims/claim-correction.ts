/**
 * A reviewer's correction of a claim: any field may change, and the result is validated as a
 * whole, so that a corrected figure is as well-formed as an extracted one. A field the correction
 * does not name is kept as it was, the optional ones too (a place's stated coordinates, a time's
 * offset from UTC): a corrected GPS claim stays on the map.
 */
import { parseUtcOffset, validPosition } from "../media/media-metadata.js";
import {
  type ClaimFields,
  HEDGES,
  MEASURES,
  makeFigure,
  SUBGROUPS,
  UNITS,
} from "../model/claim.js";

export type FieldValue = string | number | boolean | null;

export class InvalidClaimError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = "InvalidClaimError";
  }
}

function oneOf<T extends string>(
  field: string,
  value: unknown,
  allowed: readonly T[],
  nullable = false,
): T | null {
  if (value === null && nullable) return null;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidClaimError(
      field,
      `must be one of ${allowed.join(", ")}${nullable ? " or null" : ""}, not ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

function numberOrNull(field: string, value: unknown): number | null {
  if (value === null) return null;
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new InvalidClaimError(field, `must be a number or null, not ${JSON.stringify(value)}`);
  return n;
}

function text(field: string, value: unknown, max = 500): string {
  if (typeof value !== "string" || value.trim() === "")
    throw new InvalidClaimError(field, "must be non-empty text");
  if (value.length > max) throw new InvalidClaimError(field, `longer than ${max} characters`);
  return value.trim();
}

/**
 * A position as a correction writes it: "lat, lon" in decimal degrees (or the stored object
 * unchanged); null removes it.
 */
function coordinates(value: unknown): { lat: number; lon: number } | null {
  if (value === null) return null;
  if (typeof value === "object" && value !== null && "lat" in value && "lon" in value) {
    const p = validPosition(Number(value.lat), Number(value.lon));
    if (p) return p;
  }
  const m =
    typeof value === "string"
      ? /^\s*(-?\d+(?:\.\d+)?)\s*[,\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value)
      : null;
  const p = m ? validPosition(Number(m[1]), Number(m[2])) : null;
  if (!p)
    throw new InvalidClaimError(
      "coordinates",
      `must be "latitude, longitude" in decimal degrees (−90…90, −180…180), or null, not ${JSON.stringify(value)}`,
    );
  return p;
}

function utcOffset(value: unknown): string | null {
  if (value === null) return null;
  const offset = typeof value === "string" ? parseUtcOffset(value) : null;
  if (offset === null)
    throw new InvalidClaimError(
      "utcOffset",
      `must be "Z" or ±hh:mm (at most ±14:00), or null, not ${JSON.stringify(value)}`,
    );
  return offset;
}

const ISO_TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/;

/**
 * Applies a correction to a claim's fields and validates the result; the kind never changes.
 * @example applyClaimCorrection(figure, { min: 613, max: 613, hedge: "exact" })
 */
export function applyClaimCorrection(
  current: ClaimFields,
  patch: Readonly<Record<string, FieldValue>>,
): ClaimFields {
  if ("kind" in patch && patch.kind !== current.kind)
    throw new InvalidClaimError(
      "kind",
      "a claim's kind cannot change; reject it and add a new claim",
    );
  const merged: Record<string, unknown> = { ...current, ...patch };
  switch (current.kind) {
    case "figure": {
      try {
        const figure = makeFigure({
          measure: oneOf("measure", merged.measure, MEASURES) as (typeof MEASURES)[number],
          min: numberOrNull("min", merged.min),
          max: numberOrNull("max", merged.max),
          hedge: oneOf("hedge", merged.hedge, HEDGES) as (typeof HEDGES)[number],
          subgroup: oneOf("subgroup", merged.subgroup, SUBGROUPS, true),
          unit: oneOf("unit", merged.unit, UNITS) as (typeof UNITS)[number],
        });
        return { kind: "figure", ...figure };
      } catch (error) {
        if (error instanceof InvalidClaimError) throw error;
        throw new InvalidClaimError("figure", (error as Error).message);
      }
    }
    case "time": {
      const startIso = text("startIso", merged.startIso, 40);
      const endIso = merged.endIso === null ? null : text("endIso", merged.endIso, 40);
      for (const [f, v] of [
        ["startIso", startIso],
        ["endIso", endIso],
      ] as const) {
        if (v !== null && !ISO_TIME.test(v))
          throw new InvalidClaimError(f, `not an ISO date or time: "${v}"`);
      }
      if (endIso !== null && endIso < startIso)
        throw new InvalidClaimError("endIso", "ends before it starts");
      const precision = oneOf("precision", merged.precision, [
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "night",
      ] as const) as "year";
      const offset = merged.utcOffset === undefined ? null : utcOffset(merged.utcOffset);
      return {
        kind: "time",
        startIso,
        endIso,
        precision,
        approximate: merged.approximate === true,
        ...(offset !== null ? { utcOffset: offset } : {}),
      };
    }
    case "place": {
      const position = merged.coordinates === undefined ? null : coordinates(merged.coordinates);
      return {
        kind: "place",
        placeId: merged.placeId === null ? null : text("placeId", merged.placeId, 100),
        name: text("name", merged.name),
        ...(position !== null ? { coordinates: position } : {}),
      };
    }
    case "actor":
      return {
        kind: "actor",
        actorType: oneOf("actorType", merged.actorType, [
          "organisation",
          "unit",
          "person",
          "state",
          "body",
        ] as const) as "person",
        name: text("name", merged.name),
      };
    case "qualification":
      return {
        kind: "qualification",
        qualification: text("qualification", merged.qualification, 100),
      };
    case "statement":
      return { kind: "statement", summary: text("summary", merged.summary, 2000) };
  }
}

/** The kind-specific fields of a claim without its anchor and claimant, for storage and display. */
export function claimFieldsOf(claim: ClaimFields & Record<string, unknown>): ClaimFields {
  const { start: _s, end: _e, text: _t, claimant: _c, ...fields } = claim;
  return fields as unknown as ClaimFields;
}
