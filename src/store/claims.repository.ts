import type { Claimant, ClaimFields, ClaimStatus } from "../core/model/claim.js";
import type { MediaLocator } from "../core/model/locator.js";
import type { Basis, ProvenanceLink } from "../core/model/provenance.js";
import type { Queryable } from "./db.js";
import { insertColumns, queryColumns, unnestArrays } from "./insert-rows.js";
import { sourceVisible } from "./visibility.sql.js";

export interface ClaimRecord {
  readonly id: string;
  readonly sourceId: string;
  readonly passageId: string | null;
  readonly start: number;
  readonly end: number;
  readonly exact: string | null;
  readonly prefix: string | null;
  readonly suffix: string | null;
  readonly quoteSha256: string | null;
  readonly fields: ClaimFields;
  readonly claimant: Claimant & { ref: string | null };
  readonly basis: Basis;
  /** The claim or source (store ids) or claimant (case id or name) this claim passes on. */
  readonly derivedFrom: ProvenanceLink | null;
  readonly caseRef: string | null;
  /** The title of the claim's source, for lists that show claims of many sources. */
  readonly sourceTitle: string | null;
  readonly status: ClaimStatus;
  readonly origin: "extraction" | "manual" | "reference";
  readonly version: number;
  readonly createdAt: Date;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  readonly reviewReason: string | null;
  /** Where in a picture or recording the claim is (claim_media_locators); null for text. */
  readonly mediaLocator: MediaLocator | null;
}

interface ClaimRow {
  id: string;
  source_id: string;
  passage_id: string | null;
  start_offset: number;
  end_offset: number;
  exact: string | null;
  prefix: string | null;
  suffix: string | null;
  quote_sha256: string | null;
  fields: ClaimFields;
  claimant_name: string;
  claimant_role: Claimant["role"];
  claimant_ref: string | null;
  basis: Basis;
  derived_from: ProvenanceLink | null;
  case_ref: string | null;
  source_title?: string | null;
  status: ClaimStatus;
  origin: ClaimRecord["origin"];
  version: number;
  created_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_reason: string | null;
  media_selector?: MediaLocator | null;
}

function toRecord(r: ClaimRow): ClaimRecord {
  return {
    id: r.id,
    sourceId: r.source_id,
    passageId: r.passage_id,
    start: r.start_offset,
    end: r.end_offset,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    quoteSha256: r.quote_sha256,
    fields: r.fields,
    claimant: { name: r.claimant_name, role: r.claimant_role, ref: r.claimant_ref },
    basis: r.basis,
    derivedFrom: r.derived_from,
    caseRef: r.case_ref,
    sourceTitle: r.source_title ?? null,
    status: r.status,
    origin: r.origin,
    version: r.version,
    createdAt: r.created_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    reviewReason: r.review_reason,
    mediaLocator: r.media_selector ?? null,
  };
}

export type NewClaim = Omit<
  ClaimRecord,
  "version" | "reviewedBy" | "reviewedAt" | "reviewReason" | "sourceTitle" | "mediaLocator"
> & {
  readonly createdBy: string;
  readonly mediaLocator?: MediaLocator | null | undefined;
  /** A claim that arrives already reviewed (from a reference case). */
  readonly review?: { by: string; at: Date; reason: string | null } | undefined;
};

const figureColumns = (f: ClaimFields) =>
  f.kind === "figure" ? [f.measure, f.subgroup] : [null, null];

/** The claims table's columns with their types, for the arrays `insertClaims` sends. */
const CLAIM_COLUMNS: readonly (readonly [string, string])[] = [
  ["id", "uuid"],
  ["source_id", "uuid"],
  ["passage_id", "uuid"],
  ["kind", "text"],
  ["start_offset", "int"],
  ["end_offset", "int"],
  ["exact", "text"],
  ["prefix", "text"],
  ["suffix", "text"],
  ["quote_sha256", "text"],
  ["fields", "jsonb"],
  ["measure", "text"],
  ["subgroup", "text"],
  ["claimant_name", "text"],
  ["claimant_role", "text"],
  ["claimant_ref", "text"],
  ["basis", "text"],
  ["derived_from", "jsonb"],
  ["case_ref", "text"],
  ["status", "text"],
  ["origin", "text"],
  ["created_at", "timestamptz"],
  ["reviewed_by", "text"],
  ["reviewed_at", "timestamptz"],
  ["review_reason", "text"],
];
/** Beside the claim's own columns, what its first version records and the claims table does not. */
const FIRST_VERSION_COLUMNS: readonly (readonly [string, string])[] = [
  ["created_by", "text"],
  ["locator", "jsonb"],
];
const INPUT_COLUMNS = [...CLAIM_COLUMNS, ...FIRST_VERSION_COLUMNS];

/**
 * A claim and its first version in one statement from one set of arrays: version 1 of every claim
 * is the state it arrived in, so its fields (JSON the store parses) are sent and parsed once, and
 * the store gets one statement instead of two (the version's foreign key is checked at the end of
 * the statement, when the claims are written).
 */
const INSERT_CLAIMS_SQL = `WITH input AS (
    SELECT * FROM unnest(${unnestArrays(INPUT_COLUMNS)}) AS t(${INPUT_COLUMNS.map(([name]) => name).join(", ")})
  ), written AS (
    INSERT INTO claims (${CLAIM_COLUMNS.map(([name]) => name).join(", ")}, version)
    SELECT ${CLAIM_COLUMNS.map(([name]) => name).join(", ")}, 1 FROM input
  )
  INSERT INTO claim_versions (claim_id, version, status, fields, claimant, basis, derived_from, created_at, created_by, reason, locator)
  SELECT id, 1, status, fields, jsonb_build_object('name', claimant_name, 'role', claimant_role, 'ref', claimant_ref),
    basis, derived_from, created_at, created_by, NULL, locator
  FROM input`;

const linkJson = (l: ProvenanceLink | null) => (l === null ? null : JSON.stringify(l));

const claimantJson = (c: Claimant & { ref: string | null }) =>
  JSON.stringify({ name: c.name, role: c.role, ref: c.ref });

export async function insertClaims(tx: Queryable, claims: readonly NewClaim[]): Promise<void> {
  await queryColumns(
    tx,
    INSERT_CLAIMS_SQL,
    INPUT_COLUMNS,
    claims.map((c) => [
      c.id,
      c.sourceId,
      c.passageId,
      c.fields.kind,
      c.start,
      c.end,
      c.exact,
      c.prefix,
      c.suffix,
      c.quoteSha256,
      JSON.stringify(c.fields),
      ...figureColumns(c.fields),
      c.claimant.name,
      c.claimant.role,
      c.claimant.ref,
      c.basis,
      linkJson(c.derivedFrom),
      c.caseRef,
      c.status,
      c.origin,
      c.createdAt.toISOString(),
      c.review?.by ?? null,
      c.review?.at.toISOString() ?? null,
      c.review?.reason ?? null,
      c.createdBy,
      locatorJson(c.mediaLocator ?? null),
    ]),
  );
  const located = claims.filter((c) => c.mediaLocator);
  await insertColumns(
    tx,
    "claim_media_locators",
    [
      ["claim_id", "uuid"],
      ["selector", "jsonb"],
    ],
    located.map((c) => [c.id, locatorJson(c.mediaLocator ?? null)]),
  );
}

const locatorJson = (l: MediaLocator | null) => (l === null ? null : JSON.stringify(l));

async function insertClaimVersion(tx: Queryable, id: string, u: ReviewUpdate): Promise<void> {
  await tx.query(
    "INSERT INTO claim_versions (claim_id, version, status, fields, claimant, basis, derived_from, created_at, created_by, reason, locator) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    [
      id,
      u.version,
      u.status,
      JSON.stringify(u.fields),
      claimantJson(u.claimant),
      u.basis,
      linkJson(u.derivedFrom),
      u.at,
      u.by,
      u.reason,
      locatorJson(u.mediaLocator),
    ],
  );
}

/** A claim's whole reviewed state: every review decision writes all of it as a new version. */
export interface ReviewUpdate {
  readonly status: ClaimStatus;
  readonly fields: ClaimFields;
  readonly claimant: Claimant & { ref: string | null };
  readonly basis: Basis;
  readonly derivedFrom: ProvenanceLink | null;
  readonly version: number;
  readonly by: string;
  readonly at: Date;
  readonly reason: string | null;
  readonly mediaLocator: MediaLocator | null;
  /** A corrected text span, re-anchored in the source's text; absent when the span stays. */
  readonly textAnchor?: TextAnchorUpdate | undefined;
}

export interface TextAnchorUpdate {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly passageId: string | null;
}

/** Writes a review as the claim's new current state; fails (returns false) if someone reviewed it meanwhile. */
export async function updateReviewedClaim(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  u: ReviewUpdate,
): Promise<boolean> {
  const [m, s] = figureColumns(u.fields);
  const rows = await tx.query<{ id: string }>(
    `UPDATE claims SET status = $3, fields = $4, measure = $5, subgroup = $6, claimant_name = $7, claimant_role = $8, claimant_ref = $9,
       version = $10, reviewed_by = $11, reviewed_at = $12, review_reason = $13, basis = $14, derived_from = $15
     WHERE id = $1 AND version = $2 RETURNING id`,
    [
      id,
      expectedVersion,
      u.status,
      JSON.stringify(u.fields),
      m,
      s,
      u.claimant.name,
      u.claimant.role,
      u.claimant.ref,
      u.version,
      u.by,
      u.at,
      u.reason,
      u.basis,
      linkJson(u.derivedFrom),
    ],
  );
  if (rows.length === 0) return false;
  if (u.textAnchor) {
    const a = u.textAnchor;
    await tx.query(
      "UPDATE claims SET start_offset = $2, end_offset = $3, exact = $4, prefix = $5, suffix = $6, passage_id = $7 WHERE id = $1",
      [id, a.start, a.end, a.exact, a.prefix, a.suffix, a.passageId],
    );
  }
  await tx.query("DELETE FROM claim_media_locators WHERE claim_id = $1", [id]);
  if (u.mediaLocator)
    await tx.query("INSERT INTO claim_media_locators (claim_id, selector) VALUES ($1, $2)", [
      id,
      locatorJson(u.mediaLocator),
    ]);
  await insertClaimVersion(tx, id, u);
  return true;
}

export interface ClaimFilter {
  /** The caller's visibility keys (policies/access.policy.ts). */
  readonly visibility: readonly string[];
  readonly ids?: readonly string[] | undefined;
  readonly sourceId?: string | undefined;
  readonly caseId?: string | undefined;
  readonly status?: ClaimStatus | undefined;
  readonly kind?: string | undefined;
  readonly measure?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listClaims(
  db: Queryable,
  f: ClaimFilter,
): Promise<{ items: ClaimRecord[]; total: number }> {
  const where = `s.deleted_at IS NULL AND ${sourceVisible(1)} AND ($2::uuid IS NULL OR c.source_id = $2)
    AND ($3::text IS NULL OR c.status = $3) AND ($4::text IS NULL OR c.kind = $4) AND ($5::text IS NULL OR c.measure = $5)
    AND ($6::text IS NULL OR s.case_id = $6) AND ($7::uuid[] IS NULL OR c.id = ANY($7))`;
  const params = [
    f.visibility as string[],
    f.sourceId ?? null,
    f.status ?? null,
    f.kind ?? null,
    f.measure ?? null,
    f.caseId ?? null,
    (f.ids as string[] | undefined) ?? null,
  ];
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM claims c JOIN sources s ON s.id = c.source_id WHERE ${where}`,
    params,
  );
  const rows = await db.query<ClaimRow>(
    `SELECT c.*, s.title AS source_title, l.selector AS media_selector FROM claims c JOIN sources s ON s.id = c.source_id
       LEFT JOIN claim_media_locators l ON l.claim_id = c.id WHERE ${where}
     ORDER BY c.created_at, c.source_id, c.start_offset, c.id LIMIT $8 OFFSET $9`,
    [...params, f.limit, f.offset],
  );
  return { items: rows.map(toRecord), total: count?.n ?? 0 };
}

export async function getClaim(db: Queryable, id: string): Promise<ClaimRecord | null> {
  const rows = await db.query<ClaimRow>(
    `SELECT c.*, s.title AS source_title, l.selector AS media_selector FROM claims c JOIN sources s ON s.id = c.source_id
       LEFT JOIN claim_media_locators l ON l.claim_id = c.id WHERE c.id = $1`,
    [id],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

/** One stored version of a claim, as claim_versions holds it. */
interface ClaimVersionRow {
  version: number;
  status: ClaimStatus;
  fields: ClaimFields;
  claimant: Claimant;
  basis: Basis;
  derived_from: ProvenanceLink | null;
  created_at: Date;
  created_by: string;
  reason: string | null;
}

export async function claimVersions(db: Queryable, id: string) {
  return db.query<ClaimVersionRow & { locator: MediaLocator | null }>(
    "SELECT version, status, fields, claimant, basis, derived_from, created_at, created_by, reason, locator FROM claim_versions WHERE claim_id = $1 ORDER BY version",
    [id],
  );
}

/** Removes a source's unreviewed extraction proposals before re-extraction; reviewed claims stay. */
export async function deleteUnreviewedProposals(tx: Queryable, sourceId: string): Promise<number> {
  await tx.query(
    "DELETE FROM claim_versions WHERE claim_id IN (SELECT id FROM claims WHERE source_id = $1 AND origin = 'extraction' AND status = 'proposed' AND reviewed_by IS NULL)",
    [sourceId],
  );
  const rows = await tx.query<{ id: string }>(
    "DELETE FROM claims WHERE source_id = $1 AND origin = 'extraction' AND status = 'proposed' AND reviewed_by IS NULL RETURNING id",
    [sourceId],
  );
  return rows.length;
}

/**
 * Gives the source's untouched proposals that speak in the publisher's voice (`from`) the
 * publisher's new name, each as a new version by `who`; returns their ids. Reviewed claims, claims
 * filed by hand and claims attributed to someone named in the text keep their claimant.
 */
export async function reattributeProposals(
  tx: Queryable,
  sourceId: string,
  from: string,
  to: string,
  who: { readonly actor: string; readonly at: Date; readonly reason: string },
): Promise<string[]> {
  const moved = await tx.query<{ id: string }>(
    `UPDATE claims SET claimant_name = $3, version = version + 1
      WHERE source_id = $1 AND origin = 'extraction' AND status = 'proposed' AND reviewed_by IS NULL
        AND claimant_role = 'publisher' AND claimant_name = $2 AND claimant_ref IS NULL
      RETURNING id`,
    [sourceId, from, to],
  );
  const ids = moved.map((r) => r.id);
  await tx.query(
    `INSERT INTO claim_versions (claim_id, version, status, fields, claimant, basis, derived_from, created_at, created_by, reason, locator)
     SELECT c.id, c.version, c.status, c.fields,
            jsonb_build_object('name', c.claimant_name, 'role', c.claimant_role, 'ref', c.claimant_ref),
            c.basis, c.derived_from, $2, $3, $4, l.selector
       FROM claims c LEFT JOIN claim_media_locators l ON l.claim_id = c.id
      WHERE c.id = ANY($1::uuid[])`,
    [ids, who.at, who.actor, who.reason],
  );
  return ids.sort();
}

/** The spans of a source's reviewed claims, so that re-extraction does not propose them again. */
export async function reviewedSpans(
  db: Queryable,
  sourceId: string,
): Promise<{ kind: string; start: number; end: number }[]> {
  return db.query<{ kind: string; start: number; end: number }>(
    "SELECT kind, start_offset AS start, end_offset AS \"end\" FROM claims WHERE source_id = $1 AND (status <> 'proposed' OR reviewed_by IS NOT NULL OR origin <> 'extraction')",
    [sourceId],
  );
}

/** Every claim-to-claim derivedFrom link in the store: only these can close a cycle. */
export async function claimToClaimLinks(db: Queryable): Promise<{ id: string; target: string }[]> {
  return db.query<{ id: string; target: string }>(
    "SELECT id, derived_from ->> 'id' AS target FROM claims WHERE derived_from ->> 'kind' = 'claim'",
  );
}

/** Every version of every claim of a source (for the source's history), oldest first per claim. */
export async function claimVersionsOfSource(db: Queryable, sourceId: string) {
  return db.query<ClaimVersionRow & { claim_id: string; exact: string | null; kind: string }>(
    `SELECT v.claim_id, c.exact, c.kind, v.version, v.status, v.fields, v.claimant, v.basis, v.derived_from,
       v.created_at, v.created_by, v.reason
     FROM claim_versions v JOIN claims c ON c.id = v.claim_id
     WHERE c.source_id = $1 ORDER BY v.claim_id, v.version`,
    [sourceId],
  );
}
