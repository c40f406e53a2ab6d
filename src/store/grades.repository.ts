/** SQL of reviewers' grades: every version kept, the newest is the current grade. */
import type { GradeTarget } from "../core/model/grade.js";
import type { Queryable } from "./db.js";

export interface GradeRecord {
  readonly version: number;
  /** null: returned to "ungraded" by a reviewer. */
  readonly grade: string | null;
  readonly reason: string;
  readonly by: string;
  readonly at: Date;
}

interface GradeRow {
  version: number;
  grade: string | null;
  reason: string;
  graded_by: string;
  graded_at: Date;
}

const toRecord = (r: GradeRow): GradeRecord => ({
  version: r.version,
  grade: r.grade,
  reason: r.reason,
  by: r.graded_by,
  at: r.graded_at,
});

export async function gradeHistory(
  db: Queryable,
  target: GradeTarget,
  id: string,
): Promise<GradeRecord[]> {
  const rows = await db.query<GradeRow>(
    "SELECT version, grade, reason, graded_by, graded_at FROM grades WHERE target_type = $1 AND target_id = $2 ORDER BY version",
    [target, id],
  );
  return rows.map(toRecord);
}

/** Adds the next version; the primary key refuses a concurrent writer of the same version. */
export async function insertGrade(
  tx: Queryable,
  target: GradeTarget,
  id: string,
  g: GradeRecord,
): Promise<void> {
  await tx.query(
    "INSERT INTO grades (target_type, target_id, version, grade, reason, graded_by, graded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    [target, id, g.version, g.grade, g.reason, g.by, g.at],
  );
}

/** The current grade of every graded target of a kind; ungraded targets are absent. */
export async function currentGrades(
  db: Queryable,
  target: GradeTarget,
): Promise<Map<string, string>> {
  const rows = await db.query<{ target_id: string; grade: string | null }>(
    `SELECT DISTINCT ON (target_id) target_id, grade FROM grades WHERE target_type = $1
     ORDER BY target_id, version DESC`,
    [target],
  );
  return new Map(rows.flatMap((r) => (r.grade === null ? [] : [[r.target_id, r.grade]])));
}

/** How many grade rows exist at all (a check that nothing but a reviewer writes them). */
export async function countGrades(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM grades");
  return row?.n ?? 0;
}
