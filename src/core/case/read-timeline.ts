/** Reads events.json, routes.json and recognitions.json. */

import type { CaseEvent, FlightRoute, Recognition } from "./case-types.js";
import {
  asArray,
  asObject,
  bool,
  type Ctx,
  fail,
  isoTime,
  oneOf,
  partialDate,
  readList,
  str,
  strList,
  strOrNull,
} from "./read-json.js";
import { readTranslations } from "./read-translations.js";
import {
  EVENT_PHASES,
  INSTRUMENTS,
  ISSUERS,
  isOneOf,
  JURISDICTION_LEVELS,
  QUALIFICATIONS,
  type Qualification,
  TIME_PRECISIONS,
} from "./vocabulary.js";

function readEvent(ctx: Ctx, value: unknown, path: string): CaseEvent {
  const o = asObject(ctx, value, path);
  const w = asObject(ctx, o.when, `${path}.when`);
  const wp = `${path}.when`;
  return {
    id: str(ctx, o, "id", path),
    phase: oneOf(ctx, o, "phase", EVENT_PHASES, path),
    when: {
      start: isoTime(ctx, w, "start", wp, false) ?? "",
      end: isoTime(ctx, w, "end", wp, true),
      precision: oneOf(ctx, w, "precision", TIME_PRECISIONS, wp),
      approximate: bool(ctx, w, "approximate", wp),
    },
    where: strList(ctx, o, "where", path),
    what: str(ctx, o, "what", path),
    translations: readTranslations(ctx, o, path, ["what"], (t, at) => ({
      what: str(ctx, t, "what", at),
    })),
    claimIds: strList(ctx, o, "claimIds", path),
    sourceIds: strList(ctx, o, "sourceIds", path),
  };
}

export function readEvents(ctx: Ctx, value: unknown): CaseEvent[] {
  return readList(ctx, value, readEvent);
}

function readRoute(ctx: Ctx, value: unknown, path: string): FlightRoute {
  const o = asObject(ctx, value, path);
  return {
    id: str(ctx, o, "id", path),
    description: str(ctx, o, "description", path),
    translations: readTranslations(ctx, o, path, ["description"], (t, at) => ({
      description: str(ctx, t, "description", at),
    })),
    places: strList(ctx, o, "places", path),
    claimIds: strList(ctx, o, "claimIds", path),
    sourceIds: strList(ctx, o, "sourceIds", path),
  };
}

export function readRoutes(ctx: Ctx, value: unknown): FlightRoute[] {
  return readList(ctx, value, readRoute);
}

function readRecognition(ctx: Ctx, value: unknown, path: string): Recognition {
  const o = asObject(ctx, value, path);
  const j = asObject(ctx, o.jurisdiction, `${path}.jurisdiction`);
  const jp = `${path}.jurisdiction`;
  const quals = asArray(ctx, o.qualifications, `${path}.qualifications`);
  return {
    id: str(ctx, o, "id", path),
    body: str(ctx, o, "body", path),
    jurisdiction: {
      name: strOrNull(ctx, j, "name", jp),
      level: oneOf(ctx, j, "level", JURISDICTION_LEVELS, jp),
      iso3166: strOrNull(ctx, j, "iso3166", jp),
    },
    date: partialDate(ctx, o, "date", path),
    instrument: oneOf(ctx, o, "instrument", INSTRUMENTS, path),
    issuer: oneOf(ctx, o, "issuer", ISSUERS, path),
    qualifications: quals.filter((q, i) => {
      if (isOneOf(QUALIFICATIONS, q)) return true;
      fail(ctx, `${path}.qualifications[${i}]`, `expected one of ${QUALIFICATIONS.join(", ")}`);
      return false;
    }) as Qualification[],
    sourceId: str(ctx, o, "sourceId", path),
    note: strOrNull(ctx, o, "note", path),
  };
}

export function readRecognitions(ctx: Ctx, value: unknown): Recognition[] {
  return readList(ctx, value, readRecognition);
}
