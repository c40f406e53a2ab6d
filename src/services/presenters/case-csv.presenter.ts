/**
 * Sources, claims, persons and evidence links of a case snapshot as CSV tables (core/export/csv.ts
 * quotes by RFC 4180 and neutralises formula cells). Each row names its ids, so the tables join.
 */
import { type CsvCell, toCsv } from "../../core/export/csv.js";
import { type ClaimLocator, mediaFragment } from "../../core/model/locator.js";
import type { CaseTables } from "../../store/case-dump.repository.js";
import { byId, currentGrades, field, num, obj, strings, text } from "./dump-rows.js";

export const CSV_TABLES = ["sources", "claims", "persons", "links"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

function sources(t: CaseTables): string {
  const grades = currentGrades(t.grades);
  const header = [
    "id",
    "case_ref",
    "parent_id",
    "kind",
    "title",
    "authors",
    "organisation",
    "published_date",
    "published_place",
    "language",
    "url",
    "access",
    "format",
    "reliability",
    "blob_sha256",
    "text_sha256",
    "created_at",
    "created_by",
    "deleted_at",
  ];
  const rows = t.sources.map((s): CsvCell[] => [
    text(s, "id"),
    text(s, "case_ref"),
    text(s, "parent_id"),
    text(s, "kind"),
    text(s, "title"),
    strings(s, "authors").join("; "),
    text(s, "organisation"),
    text(s, "published_date"),
    text(s, "published_place"),
    text(s, "language"),
    text(s, "url"),
    text(s, "access"),
    text(s, "format"),
    grades.get(`source:${text(s, "id")}`) ?? null,
    text(s, "blob_sha256"),
    text(s, "text_sha256"),
    text(s, "created_at"),
    text(s, "created_by"),
    text(s, "deleted_at"),
  ]);
  return toCsv(header, rows);
}

function claims(t: CaseTables): string {
  const grades = currentGrades(t.grades);
  const source = byId(t.sources);
  const passage = byId(t.passages);
  const header = [
    "id",
    "case_ref",
    "source_id",
    "source_title",
    "passage_seq",
    "kind",
    "measure",
    "subgroup",
    "min",
    "max",
    "hedge",
    "unit",
    "aspect",
    "about",
    "start",
    "end",
    "qualification",
    "claimant_name",
    "claimant_role",
    "claimant_ref",
    "basis",
    "derived_from_kind",
    "derived_from_id",
    "status",
    "credibility",
    "reviewed_by",
    "reviewed_at",
    "exact",
    "quote_sha256",
    "start_offset",
    "end_offset",
    "locator",
  ];
  // A region or moment in W3C media-fragment form (xywh=…, t=…); a metadata field by its name.
  const locator = new Map(
    t.claim_media_locators.map((l) => {
      const selector = obj(l, "selector") as unknown as ClaimLocator;
      const where =
        selector.type === "MetadataFieldSelector"
          ? `metadata=${selector.field}`
          : mediaFragment(selector);
      return [text(l, "claim_id") ?? "", where];
    }),
  );
  const rows = t.claims.map((c): CsvCell[] => {
    const f = obj(c, "fields");
    const derived = obj(c, "derived_from");
    const p = passage.get(text(c, "passage_id") ?? "");
    return [
      text(c, "id"),
      text(c, "case_ref"),
      text(c, "source_id"),
      text(source.get(text(c, "source_id") ?? "") ?? {}, "title"),
      p ? num(p, "seq") : null,
      text(c, "kind"),
      text(c, "measure"),
      text(c, "subgroup"),
      field(f, "min"),
      field(f, "max"),
      field(f, "hedge"),
      field(f, "unit"),
      field(f, "aspect"),
      field(f, "about"),
      field(f, "startIso"),
      field(f, "endIso"),
      field(f, "qualification"),
      text(c, "claimant_name"),
      text(c, "claimant_role"),
      text(c, "claimant_ref"),
      text(c, "basis"),
      field(derived, "kind"),
      field(derived, "id"),
      text(c, "status"),
      grades.get(`claim:${text(c, "id")}`) ?? null,
      text(c, "reviewed_by"),
      text(c, "reviewed_at"),
      text(c, "exact"),
      text(c, "quote_sha256"),
      num(c, "start_offset"),
      num(c, "end_offset"),
      locator.get(text(c, "id") ?? "") ?? null,
    ];
  });
  return toCsv(header, rows);
}

function persons(t: CaseTables): string {
  const list = byId(t.person_lists);
  const keys = [...new Set(t.person_records.flatMap((r) => Object.keys(obj(r, "fields"))))].sort();
  const header = ["id", "list_id", "list_name", "row_number", "record_key", "access", ...keys];
  const rows = t.person_records.map((r): CsvCell[] => {
    const f = obj(r, "fields");
    return [
      text(r, "id"),
      text(r, "list_id"),
      text(list.get(text(r, "list_id") ?? "") ?? {}, "name"),
      num(r, "row_number"),
      text(r, "record_key"),
      text(r, "access"),
      ...keys.map((k) => field(f, k)),
    ];
  });
  return toCsv(header, rows);
}

function links(t: CaseTables): string {
  const header = [
    "id",
    "element_id",
    "law_version",
    "polarity",
    "weight",
    "status",
    "target_kind",
    "claim_id",
    "passage_id",
    "source_id",
    "rationale",
    "origin",
    "rule",
    "version",
    "created_by",
    "created_at",
    "reviewed_by",
    "reviewed_at",
    "review_reason",
  ];
  const rows = t.evidence_links.map((l): CsvCell[] => [
    text(l, "id"),
    text(l, "element_id"),
    text(l, "law_version"),
    text(l, "polarity"),
    num(l, "weight"),
    text(l, "status"),
    text(l, "target_kind"),
    text(l, "claim_id"),
    text(l, "passage_id"),
    text(l, "source_id"),
    text(l, "rationale"),
    text(l, "origin"),
    text(l, "rule"),
    num(l, "version"),
    text(l, "created_by"),
    text(l, "created_at"),
    text(l, "reviewed_by"),
    text(l, "reviewed_at"),
    text(l, "review_reason"),
  ]);
  return toCsv(header, rows);
}

const TABLES: Record<CsvTable, (t: CaseTables) => string> = { sources, claims, persons, links };

export function presentCsv(table: CsvTable, tables: CaseTables): string {
  return TABLES[table](tables);
}
