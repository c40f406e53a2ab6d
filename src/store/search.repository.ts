import type { Queryable, SqlParam } from "./db.js";
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
  /** For a line of a transcript: the recording it transcribes and the line's moment. */
  readonly moment: {
    readonly sourceId: string;
    readonly start: number;
    readonly end: number;
  } | null;
}

const PUBLISHED_START = `(s.published_date || CASE s.published_precision WHEN 'year' THEN '-01-01' WHEN 'month' THEN '-01' ELSE '' END)`;

/**
 * Matches are counted exactly up to COUNT_CAP (past that, `total` is a lower bound) and ranked
 * among those counted. Ranking reads nothing but the narrow `passage_search` rows the count has
 * already read (migration 0013): `ts_rank` over their position-less vectors, normalised by the
 * passage's number of words (2|32), so a passage matching more of the query's words ranks first,
 * and among those the denser (shorter) passage; ties go by the source's date, the source and the
 * passage's order in it. Only the page's own rows are then read from the wide `passages`.
 */
export const COUNT_CAP = 10_000;

/** The search's one statement and its parameters (exported so that the bench can EXPLAIN it). */
export function searchStatement(f: SearchFilter): { text: string; params: SqlParam[] } {
  // The query is written out as to_tsquery('simple', $1), not taken from a CTE: the planner then
  // folds it to a constant and estimates it from the column's statistics, choosing a sequential
  // scan that stops at COUNT_CAP for a word in most passages (a bitmap of all 900,000 matches of
  // "the" took 0.6 s) and the GIN index for the rest.
  const tsq = "to_tsquery('simple', $1)";
  // The sources the caller may see and the filters admit are decided once per source, not per
  // matched passage.
  // A compilation's passage that lies mostly inside one of its parts the caller may see is the
  // same words as that part's passages (a compilation's paragraphs may run past a part's end):
  // only the part's hit is listed, as the part names its outlet and date. Only compilations with
  // parts pay for that check; the CASE keeps it a per-row probe of two indexes (written as an OR,
  // the planner hashed the whole passages table for it).
  // A filter on the sources' own fields (case, kind, dates, affiliation) admits a few of them:
  // their passages are then found through passage_search_source (migration 0027) and only theirs
  // are tested, instead of every match of the words (or every row of a scan) being tested against
  // the admitted sources. Without such a filter most sources are admitted and the list would cost
  // more than it spares.
  const narrowed =
    f.caseId || f.kind || f.from || f.to || f.affiliation
      ? "\n         AND ps.source_id::text = ANY (ARRAY(SELECT id::text FROM allowed))"
      : "";
  const text = `WITH allowed AS MATERIALIZED (
       SELECT s.id, s.published_date, EXISTS (SELECT 1 FROM sources c WHERE c.parent_id = s.id) AS has_parts
       FROM sources s
       WHERE s.deleted_at IS NULL AND ${sourceVisible(2)}
         AND ($3::text IS NULL OR s.case_id = $3) AND ($4::text IS NULL OR s.kind = $4)
         AND ($5::text IS NULL OR ${PUBLISHED_START} >= $5) AND ($6::text IS NULL OR ${PUBLISHED_START} <= $6)
         AND ($7::text IS NULL OR s.affiliation = $7)),
     matched AS MATERIALIZED (
       SELECT ps.passage_id, ps.source_id, a.published_date, ts_rank(ps.tsv, ${tsq}, 2|32)::float8 AS score
       FROM passage_search ps JOIN allowed a ON a.id = ps.source_id
       WHERE ps.tsv @@ ${tsq}${narrowed}
         AND ($8::text IS NULL OR EXISTS (SELECT 1 FROM claims c WHERE c.passage_id = ps.passage_id AND c.measure = $8 AND c.status <> 'rejected'))
         AND ($9::text IS NULL OR ps.tsv @@ to_tsquery('simple', $9))
         AND CASE WHEN a.has_parts THEN NOT EXISTS (
           SELECT 1 FROM passages p JOIN sources part ON part.parent_id = p.source_id
           WHERE p.id = ps.passage_id AND part.deleted_at IS NULL AND ${sourceVisible(2, "part")}
             AND 2 * (LEAST(p.end_offset, part.parent_end) - GREATEST(p.start_offset, part.parent_start)) > p.end_offset - p.start_offset)
           ELSE true END
       LIMIT ${COUNT_CAP + 1}),
     -- The page and every match tied with its last one on score, date and source: only those
     -- are read from passages, for their order within the source and their text.
     ahead AS (
       SELECT * FROM matched ORDER BY score DESC, published_date NULLS LAST, source_id
       FETCH FIRST ($10::int + $11::int) ROWS WITH TIES),
     page AS (
       SELECT p.id, p.source_id, p.seq, p.start_offset, p.end_offset, p.text, s.title, s.kind, s.published_date, s.published_precision,
         m.score, tr.media_source_id, tc.start_seconds, tc.end_seconds
       FROM ahead m JOIN passages p ON p.id = m.passage_id JOIN sources s ON s.id = p.source_id
         LEFT JOIN transcript_cues tc ON tc.passage_id = p.id
         LEFT JOIN transcripts tr ON tr.source_id = p.source_id
       ORDER BY m.score DESC, s.published_date NULLS LAST, p.source_id, p.seq
       LIMIT $10 OFFSET $11)
     SELECT r.*, (SELECT count(*)::int FROM matched) AS total
     FROM (SELECT 1) one LEFT JOIN page r ON true`;
  const params: SqlParam[] = [
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
  ];
  return { text, params };
}

export async function searchPassages(
  db: Queryable,
  f: SearchFilter,
): Promise<{ rows: SearchRow[]; total: number; capped: boolean }> {
  const { text, params } = searchStatement(f);
  const rows = await db.query<{
    id: string | null;
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
    media_source_id: string | null;
    start_seconds: number | null;
    end_seconds: number | null;
  }>(text, params);
  const counted = rows[0]?.total ?? 0;
  return {
    total: Math.min(counted, COUNT_CAP),
    capped: counted > COUNT_CAP,
    rows: rows.flatMap((r) =>
      r.id === null
        ? []
        : [
            {
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
              moment:
                r.media_source_id && r.start_seconds !== null
                  ? {
                      sourceId: r.media_source_id,
                      start: Number(r.start_seconds),
                      end: Number(r.end_seconds),
                    }
                  : null,
            },
          ],
    ),
  };
}
