import type { Queryable } from "./db.js";
import { sourceVisible } from "./visibility.sql.js";

export interface SearchFilter {
  readonly tsquery: string;
  /** The caller's visibility keys (policies/access.policy.ts). */
  readonly visibility: readonly string[];
  readonly caseId?: string | undefined;
  readonly kind?: string | undefined;
  /** Inclusive ISO dates compared with the first day a source's (partial) date can mean. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly affiliation?: string | undefined;
  readonly measure?: string | undefined;
  /** A tsquery the passage must also match (the aliases of a place). */
  readonly placeTsquery?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchRow {
  readonly passageId: string;
  readonly sourceId: string;
  readonly seq: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly score: number;
  readonly sourceTitle: string;
  readonly sourceKind: string;
  readonly publishedDate: string | null;
  readonly publishedPrecision: string | null;
}

const PUBLISHED_START = `(s.published_date || CASE s.published_precision WHEN 'year' THEN '-01-01' WHEN 'month' THEN '-01' ELSE '' END)`;

/**
 * Ranking reads every candidate's tsvector, so it is bounded: the first RANK_CAP matches (in the
 * index's order) are ranked and counted; past that, `total` is a lower bound. Searches of a
 * documented case stay exact; a word in half of a million passages still answers in tens of ms.
 */
export const RANK_CAP = 2000;

// A compilation's passage that lies mostly inside one of its parts the caller may see is the same
// words as that part's passages (a compilation's paragraphs may run past a part's end): only the
// part's hit is listed, as the part names its outlet and date.

export async function searchPassages(
  db: Queryable,
  f: SearchFilter,
): Promise<{ rows: SearchRow[]; total: number; capped: boolean }> {
  const where = `p.tsv @@ q.query AND s.deleted_at IS NULL AND ${sourceVisible(2)}
    AND ($3::text IS NULL OR s.case_id = $3) AND ($4::text IS NULL OR s.kind = $4)
    AND ($5::text IS NULL OR ${PUBLISHED_START} >= $5) AND ($6::text IS NULL OR ${PUBLISHED_START} <= $6)
    AND ($7::text IS NULL OR s.affiliation = $7)
    AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM claims c WHERE c.passage_id = p.id AND c.measure = $8 AND c.status <> 'rejected'))
    AND ($9::text IS NULL OR p.tsv @@ to_tsquery('simple', $9))
    AND NOT EXISTS (SELECT 1 FROM sources part WHERE part.parent_id = s.id AND part.deleted_at IS NULL
      AND ${sourceVisible(2, "part")}
      AND 2 * (LEAST(p.end_offset, part.parent_end) - GREATEST(p.start_offset, part.parent_start)) > p.end_offset - p.start_offset)`;
  const rows = await db.query<{
    id: string;
    source_id: string;
    seq: number;
    start_offset: number;
    end_offset: number;
    text: string;
    score: number;
    total: number;
    title: string;
    kind: string;
    published_date: string | null;
    published_precision: string | null;
  }>(
    `WITH q AS (SELECT to_tsquery('simple', $1) AS query),
     candidates AS (
       SELECT p.id, p.source_id, p.seq, p.start_offset, p.end_offset, p.text, p.tsv, s.title, s.kind, s.published_date, s.published_precision
       FROM passages p JOIN sources s ON s.id = p.source_id, q WHERE ${where} LIMIT ${RANK_CAP + 1})
     SELECT c.id, c.source_id, c.seq, c.start_offset, c.end_offset, c.text, c.title, c.kind, c.published_date, c.published_precision,
       ts_rank_cd(c.tsv, q.query, 32)::float8 AS score, (SELECT count(*)::int FROM candidates) AS total
     FROM candidates c, q
     ORDER BY score DESC, c.published_date NULLS LAST, c.source_id, c.seq LIMIT $10 OFFSET $11`,
    [
      f.tsquery,
      f.visibility as string[],
      f.caseId ?? null,
      f.kind ?? null,
      f.from ?? null,
      f.to ?? null,
      f.affiliation ?? null,
      f.measure ?? null,
      f.placeTsquery ?? null,
      f.limit,
      f.offset,
    ],
  );
  const counted = rows[0]?.total ?? 0;
  return {
    total: Math.min(counted, RANK_CAP),
    capped: counted > RANK_CAP,
    rows: rows.map((r) => ({
      passageId: r.id,
      sourceId: r.source_id,
      seq: r.seq,
      start: r.start_offset,
      end: r.end_offset,
      text: r.text,
      score: Number(r.score),
      sourceTitle: r.title,
      sourceKind: r.kind,
      publishedDate: r.published_date,
      publishedPrecision: r.published_precision,
    })),
  };
}
