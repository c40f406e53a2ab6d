/** The SQL of full-text search over passages, ranked, with the filters of the search view. */
import type { AccessLevel } from "../core/model/access.js";
import type { Queryable } from "./db.js";

export interface SearchFilter {
  readonly tsquery: string;
  readonly access: readonly AccessLevel[];
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

export async function searchPassages(
  db: Queryable,
  f: SearchFilter,
): Promise<{ rows: SearchRow[]; total: number }> {
  const where = `p.tsv @@ q.query AND s.deleted_at IS NULL AND s.access = ANY($2)
    AND ($3::text IS NULL OR s.case_id = $3) AND ($4::text IS NULL OR s.kind = $4)
    AND ($5::text IS NULL OR ${PUBLISHED_START} >= $5) AND ($6::text IS NULL OR ${PUBLISHED_START} <= $6)
    AND ($7::text IS NULL OR s.affiliation = $7)
    AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM claims c WHERE c.passage_id = p.id AND c.measure = $8 AND c.status <> 'rejected'))
    AND ($9::text IS NULL OR p.tsv @@ to_tsquery('simple', $9))`;
  const params = [
    f.tsquery,
    f.access as string[],
    f.caseId ?? null,
    f.kind ?? null,
    f.from ?? null,
    f.to ?? null,
    f.affiliation ?? null,
    f.measure ?? null,
    f.placeTsquery ?? null,
  ];
  const from =
    "FROM passages p JOIN sources s ON s.id = p.source_id, to_tsquery('simple', $1) AS q(query)";
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n ${from} WHERE ${where}`,
    params,
  );
  const rows = await db.query<{
    id: string;
    source_id: string;
    seq: number;
    start_offset: number;
    end_offset: number;
    text: string;
    score: number;
    title: string;
    kind: string;
    published_date: string | null;
    published_precision: string | null;
  }>(
    `SELECT p.id, p.source_id, p.seq, p.start_offset, p.end_offset, p.text, ts_rank_cd(p.tsv, q.query, 32)::float8 AS score,
       s.title, s.kind, s.published_date, s.published_precision
     ${from} WHERE ${where}
     ORDER BY score DESC, s.published_date NULLS LAST, p.source_id, p.seq LIMIT $10 OFFSET $11`,
    [...params, f.limit, f.offset],
  );
  return {
    total: count?.n ?? 0,
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
