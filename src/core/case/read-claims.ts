/** Reads claims.json (figure, time and qualification claims) and excluded.json. */
import {
  BASES,
  HEDGES,
  LINK_KINDS,
  MEASURES,
  makeFigure,
  type ProvenanceLink,
  SUBGROUPS,
  UNITS,
} from "../model/index.js";
import { FINDING_CLASSES } from "./case-check.js";
import type { CaseClaim, ExcludedFigure } from "./case-types.js";
import { ASPECTS } from "./figure-aspects.js";
import {
  asObject,
  bool,
  type Ctx,
  fail,
  isoTime,
  numOrNull,
  type Obj,
  oneOf,
  readList,
  str,
  strOrNull,
} from "./read-json.js";
import { readQuoteLocator } from "./read-locator.js";

/** A case file states reviewed or proposed claims; "awaiting" a second review is a store state only. */
const CASE_CLAIM_STATUSES = ["confirmed", "proposed", "rejected"] as const;

import { FIGURE_SCOPES, isOneOf, QUALIFICATIONS, TIME_PRECISIONS } from "./vocabulary.js";

const KINDS = ["figure", "time", "qualification"] as const;

/** `{"claim": id}`, `{"source": id}` or `{"claimant": id}`, or null. */
function readLink(ctx: Ctx, o: Obj, path: string): ProvenanceLink | null {
  const v = o.derivedFrom;
  if (v === null || v === undefined) return null;
  const link = asObject(ctx, v, `${path}.derivedFrom`);
  const keys = Object.keys(link);
  const kind = LINK_KINDS.find((k) => k === keys[0]);
  if (keys.length !== 1 || kind === undefined) {
    fail(
      ctx,
      `${path}.derivedFrom`,
      `expected one of {"claim": id}, {"source": id}, {"claimant": id}`,
    );
    return null;
  }
  return { kind, id: str(ctx, link, kind, `${path}.derivedFrom`) };
}

function readBase(ctx: Ctx, o: Obj, path: string) {
  const reviewedAt = str(ctx, o, "reviewedAt", path);
  if (reviewedAt !== "" && Number.isNaN(Date.parse(reviewedAt))) {
    fail(ctx, `${path}.reviewedAt`, "expected an ISO date");
  }
  return {
    id: str(ctx, o, "id", path),
    sourceId: str(ctx, o, "sourceId", path),
    claimantId: str(ctx, o, "claimantId", path),
    basis: oneOf(ctx, o, "basis", BASES, path),
    derivedFrom: readLink(ctx, o, path),
    locator: readQuoteLocator(ctx, o.locator, `${path}.locator`),
    status: oneOf(ctx, o, "status", CASE_CLAIM_STATUSES, path),
    reviewer: str(ctx, o, "reviewer", path),
    reviewedAt,
    note: strOrNull(ctx, o, "note", path),
    checkNotes: readCheckNotes(ctx, o, path),
  };
}

/** Optional `checkNotes`: finding class → a reviewer's explanation. */
function readCheckNotes(ctx: Ctx, o: Obj, path: string): Record<string, string> {
  if (o.checkNotes === undefined) return {};
  const notes = asObject(ctx, o.checkNotes, `${path}.checkNotes`);
  const out: Record<string, string> = {};
  for (const k of Object.keys(notes)) {
    if (!isOneOf(FINDING_CLASSES, k))
      fail(ctx, `${path}.checkNotes.${k}`, `not a finding class (${FINDING_CLASSES.join(", ")})`);
    else out[k] = str(ctx, notes, k, `${path}.checkNotes`);
  }
  return out;
}

function readFigure(ctx: Ctx, o: Obj, path: string): CaseClaim {
  const fields = {
    measure: oneOf(ctx, o, "measure", MEASURES, path),
    min: numOrNull(ctx, o, "min", path),
    max: numOrNull(ctx, o, "max", path),
    hedge: oneOf(ctx, o, "hedge", HEDGES, path),
    subgroup: o.subgroup === null ? null : oneOf(ctx, o, "subgroup", SUBGROUPS, path),
    unit: oneOf(ctx, o, "unit", UNITS, path),
  };
  try {
    makeFigure(fields);
  } catch (error) {
    fail(ctx, path, (error as Error).message);
  }
  const aspect =
    o.aspect === null || o.aspect === undefined ? null : oneOf(ctx, o, "aspect", ASPECTS, path);
  const scope = oneOf(ctx, o, "scope", FIGURE_SCOPES, path);
  return { ...readBase(ctx, o, path), kind: "figure", ...fields, aspect, scope };
}

function readClaim(ctx: Ctx, value: unknown, path: string): CaseClaim {
  const o = asObject(ctx, value, path);
  const kind = oneOf(ctx, o, "kind", KINDS, path);
  if (kind === "figure") return readFigure(ctx, o, path);
  const base = readBase(ctx, o, path);
  if (kind === "qualification") {
    return { ...base, kind, qualification: oneOf(ctx, o, "qualification", QUALIFICATIONS, path) };
  }
  return {
    ...base,
    kind,
    about: str(ctx, o, "about", path),
    startIso: isoTime(ctx, o, "startIso", path, false) ?? "",
    endIso: isoTime(ctx, o, "endIso", path, true),
    precision: oneOf(ctx, o, "precision", TIME_PRECISIONS, path),
    approximate: bool(ctx, o, "approximate", path),
  };
}

export function readClaims(ctx: Ctx, value: unknown): CaseClaim[] {
  return readList(ctx, value, readClaim);
}

function readExcludedFigure(ctx: Ctx, value: unknown, path: string): ExcludedFigure {
  const o = asObject(ctx, value, path);
  return {
    id: str(ctx, o, "id", path),
    sourceId: str(ctx, o, "sourceId", path),
    locator: readQuoteLocator(ctx, o.locator, `${path}.locator`),
    reason: str(ctx, o, "reason", path),
  };
}

export function readExcluded(ctx: Ctx, value: unknown): ExcludedFigure[] {
  return readList(ctx, value, readExcludedFigure);
}
