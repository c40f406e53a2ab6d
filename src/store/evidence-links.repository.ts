/** SQL of evidence links and their versions. Access filtering joins the link's source. */
import type { LinkStatus, LinkTargetKind, Polarity } from "../core/law/index.js";
import type { Queryable } from "./db.js";
import { type ColumnValue, insertColumns } from "./insert-rows.js";
import { sourceVisible } from "./visibility.sql.js";

export interface EvidenceLinkRecord {
  readonly id: string;
  readonly caseId: string;
  readonly targetKind: LinkTargetKind;
  readonly sourceId: string;
  readonly passageId: string | null;
  readonly claimId: string | null;
  readonly elementId: string;
  readonly lawVersion: string;
  readonly polarity: Polarity;
  readonly weight: number;
  readonly rationale: string;
  readonly status: LinkStatus;
  readonly origin: "proposal" | "manual";
  readonly rule: string | null;
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  readonly reviewReason: string | null;
  /**
   * Whether a reviewer's correction replaced the rationale the link was made with (read from its
   * first version), so that a proposal's rule still speaks for a rationale nobody rewrote.
   */
  readonly rationaleRewritten: boolean;
}

interface LinkRow {
  id: string;
  case_id: string;
  target_kind: LinkTargetKind;
  source_id: string;
  passage_id: string | null;
  claim_id: string | null;
  element_id: string;
  law_version: string;
  polarity: Polarity;
  weight: number;
  rationale: string;
  status: LinkStatus;
  origin: "proposal" | "manual";
  rule: string | null;
  version: number;
  created_by: string;
  created_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_reason: string | null;
  rationale_rewritten: boolean;
}

/** The links' columns and whether their rationale differs from their first version's. */
const SELECT_LINKS = `SELECT l.*, EXISTS (
  SELECT 1 FROM evidence_link_versions v
  WHERE v.link_id = l.id AND v.version = 1 AND v.rationale <> l.rationale) AS rationale_rewritten
FROM evidence_links l`;

function toRecord(r: LinkRow): EvidenceLinkRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    targetKind: r.target_kind,
    sourceId: r.source_id,
    passageId: r.passage_id,
    claimId: r.claim_id,
    elementId: r.element_id,
    lawVersion: r.law_version,
    polarity: r.polarity,
    weight: Number(r.weight),
    rationale: r.rationale,
    status: r.status,
    origin: r.origin,
    rule: r.rule,
    version: r.version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    reviewReason: r.review_reason,
    rationaleRewritten: r.rationale_rewritten,
  };
}

const COLUMNS: readonly (readonly [string, string])[] = [
  ["id", "uuid"],
  ["case_id", "text"],
  ["target_kind", "text"],
  ["source_id", "uuid"],
  ["passage_id", "uuid"],
  ["claim_id", "uuid"],
  ["element_id", "text"],
  ["law_version", "text"],
  ["polarity", "text"],
  ["weight", "smallint"],
  ["rationale", "text"],
  ["status", "text"],
  ["origin", "text"],
  ["rule", "text"],
  ["version", "integer"],
  ["created_by", "text"],
  ["created_at", "timestamptz"],
  ["reviewed_by", "text"],
  ["reviewed_at", "timestamptz"],
  ["review_reason", "text"],
];

export interface LinkVersionRecord {
  readonly linkId: string;
  readonly version: number;
  readonly status: LinkStatus;
  readonly elementId: string;
  readonly polarity: Polarity;
  readonly weight: number;
  readonly rationale: string;
  readonly at: Date;
  readonly by: string;
  readonly reason: string | null;
}

const VERSION_COLUMNS: readonly (readonly [string, string])[] = [
  ["link_id", "uuid"],
  ["version", "integer"],
  ["status", "text"],
  ["element_id", "text"],
  ["polarity", "text"],
  ["weight", "smallint"],
  ["rationale", "text"],
  ["created_at", "timestamptz"],
  ["created_by", "text"],
  ["reason", "text"],
];

const versionRow = (v: LinkVersionRecord): ColumnValue[] => [
  v.linkId,
  v.version,
  v.status,
  v.elementId,
  v.polarity,
  v.weight,
  v.rationale,
  v.at,
  v.by,
  v.reason,
];

/** Inserts links as they stand; with `versions` omitted, version 1 of each is its current state. */
export async function insertEvidenceLinks(
  tx: Queryable,
  links: readonly EvidenceLinkRecord[],
  versions?: readonly LinkVersionRecord[],
): Promise<void> {
  if (links.length === 0) return;
  await insertColumns(
    tx,
    "evidence_links",
    COLUMNS,
    links.map((l) => [
      l.id,
      l.caseId,
      l.targetKind,
      l.sourceId,
      l.passageId,
      l.claimId,
      l.elementId,
      l.lawVersion,
      l.polarity,
      l.weight,
      l.rationale,
      l.status,
      l.origin,
      l.rule,
      l.version,
      l.createdBy,
      l.createdAt,
      l.reviewedBy,
      l.reviewedAt,
      l.reviewReason,
    ]),
  );
  const rows =
    versions ??
    links.map((l) => ({
      linkId: l.id,
      version: l.version,
      status: l.status,
      elementId: l.elementId,
      polarity: l.polarity,
      weight: l.weight,
      rationale: l.rationale,
      at: l.createdAt,
      by: l.createdBy,
      reason: null,
    }));
  if (rows.length > 0)
    await insertColumns(tx, "evidence_link_versions", VERSION_COLUMNS, rows.map(versionRow));
}

export interface LinkFilter {
  readonly caseId: string;
  /** The caller's visibility keys (policies/access.policy.ts). */
  readonly visibility: readonly string[];
  readonly status?: LinkStatus | undefined;
  readonly polarity?: Polarity | undefined;
  readonly elementIds?: readonly string[] | undefined;
  readonly claimId?: string | undefined;
}

export async function listEvidenceLinks(
  db: Queryable,
  f: LinkFilter,
): Promise<EvidenceLinkRecord[]> {
  const rows = await db.query<LinkRow>(
    `${SELECT_LINKS} JOIN sources s ON s.id = l.source_id
     WHERE l.case_id = $1 AND s.deleted_at IS NULL AND ${sourceVisible(2)}
       AND ($3::text IS NULL OR l.status = $3) AND ($4::text IS NULL OR l.polarity = $4)
       AND ($5::text[] IS NULL OR l.element_id = ANY($5)) AND ($6::uuid IS NULL OR l.claim_id = $6)
     ORDER BY l.created_at, l.element_id, l.id`,
    [
      f.caseId,
      f.visibility as string[],
      f.status ?? null,
      f.polarity ?? null,
      (f.elementIds as string[] | undefined) ?? null,
      f.claimId ?? null,
    ],
  );
  return rows.map(toRecord);
}

export async function getEvidenceLink(
  db: Queryable,
  id: string,
): Promise<EvidenceLinkRecord | null> {
  const rows = await db.query<LinkRow>(`${SELECT_LINKS} WHERE l.id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** The (claim, element) pairs a case already has links for, so proposing again adds none twice. */
export async function linkedClaimElements(db: Queryable, caseId: string): Promise<Set<string>> {
  const rows = await db.query<{ claim_id: string; element_id: string }>(
    "SELECT claim_id, element_id FROM evidence_links WHERE case_id = $1 AND claim_id IS NOT NULL",
    [caseId],
  );
  return new Set(rows.map((r) => `${r.claim_id} ${r.element_id}`));
}

export async function linkVersions(
  db: Queryable,
  linkIds: readonly string[],
): Promise<LinkVersionRecord[]> {
  if (linkIds.length === 0) return [];
  const rows = await db.query<{
    link_id: string;
    version: number;
    status: LinkStatus;
    element_id: string;
    polarity: Polarity;
    weight: number;
    rationale: string;
    created_at: Date;
    created_by: string;
    reason: string | null;
  }>("SELECT * FROM evidence_link_versions WHERE link_id = ANY($1) ORDER BY link_id, version", [
    linkIds as string[],
  ]);
  return rows.map((r) => ({
    linkId: r.link_id,
    version: r.version,
    status: r.status,
    elementId: r.element_id,
    polarity: r.polarity,
    weight: Number(r.weight),
    rationale: r.rationale,
    at: r.created_at,
    by: r.created_by,
    reason: r.reason,
  }));
}

export interface LinkReviewUpdate {
  readonly status: LinkStatus;
  readonly elementId: string;
  readonly lawVersion: string;
  readonly polarity: Polarity;
  readonly weight: number;
  readonly rationale: string;
  readonly version: number;
  readonly by: string;
  readonly at: Date;
  readonly reason: string | null;
}

/** Writes a review as the link's new state; false when someone reviewed it meanwhile. */
export async function updateReviewedLink(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  u: LinkReviewUpdate,
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE evidence_links SET status = $3, element_id = $4, law_version = $5, polarity = $6, weight = $7,
       rationale = $8, version = $9, reviewed_by = $10, reviewed_at = $11, review_reason = $12
     WHERE id = $1 AND version = $2 RETURNING id`,
    [
      id,
      expectedVersion,
      u.status,
      u.elementId,
      u.lawVersion,
      u.polarity,
      u.weight,
      u.rationale,
      u.version,
      u.by,
      u.at,
      u.reason,
    ],
  );
  if (rows.length === 0) return false;
  await insertColumns(tx, "evidence_link_versions", VERSION_COLUMNS, [
    versionRow({
      linkId: id,
      version: u.version,
      status: u.status,
      elementId: u.elementId,
      polarity: u.polarity,
      weight: u.weight,
      rationale: u.rationale,
      at: u.at,
      by: u.by,
      reason: u.reason,
    }),
  ]);
  return true;
}

/** The source a passage belongs to, or null when there is no such passage. */
export async function passageSourceId(db: Queryable, passageId: string): Promise<string | null> {
  const rows = await db.query<{ source_id: string }>(
    "SELECT source_id FROM passages WHERE id = $1",
    [passageId],
  );
  return rows[0]?.source_id ?? null;
}
