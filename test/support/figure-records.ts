/**
 * Case records for the figures' unit tests, made up: a press source published on a day, a
 * claimant of an affiliation, and a confirmed figure claim with only what a test varies given.
 */
import type { CaseClaim, ClaimantRecord, SourceRecord } from "../../src/core/case/index.js";
import type { Affiliation } from "../../src/core/case/vocabulary.js";
import type { Basis, Measure, ProvenanceLink } from "../../src/core/model/index.js";

/** A file hash and a locator that point nowhere in particular. */
export const FILE = "0".repeat(64);
export const LOCATOR = { file: FILE, start: 0, end: 1, quoteSha256: FILE };

/** A press source that is its own publisher-claimant; the outlet is the id unless given. */
export function testSource(id: string, published: string, outlet = id): SourceRecord {
  return {
    id,
    kind: "press",
    title: id,
    outlet,
    author: null,
    publishedPlace: null,
    published: { iso: published, precision: "day" },
    notBefore: null,
    language: "en",
    originalLanguage: null,
    parent: null,
    locator: { file: FILE, start: 0, end: 1 },
    extraSpans: [],
    access: "public",
    affiliation: "press",
    publisherClaimant: id,
    note: null,
  };
}

export function testClaimant(
  id: string,
  affiliation: Affiliation = "azerbaijani_state",
): ClaimantRecord {
  return { id, name: `name of ${id}`, kind: "body", affiliation, note: null };
}

export interface TestFigure {
  readonly id: string;
  readonly source: string;
  readonly claimant: string;
  readonly value: number;
  readonly measure?: Measure;
  readonly aspect?: string | null;
  readonly scope?: "total" | "partial";
  readonly from?: ProvenanceLink | null;
  readonly basis?: Basis;
}

/** A confirmed, exact figure (killed people unless another measure is given). */
export function testFigure(f: TestFigure): CaseClaim {
  return {
    id: f.id,
    kind: "figure",
    sourceId: f.source,
    claimantId: f.claimant,
    basis: f.basis ?? "unstated",
    derivedFrom: f.from ?? null,
    locator: LOCATOR,
    status: "confirmed",
    reviewer: "t",
    reviewedAt: "2026-01-01",
    note: null,
    checkNotes: {},
    measure: f.measure ?? "killed",
    min: f.value,
    max: f.value,
    hedge: "exact",
    subgroup: null,
    unit: "people",
    aspect: f.aspect ?? null,
    scope: f.scope ?? "total",
  };
}
