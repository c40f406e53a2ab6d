/**
 * Reviewers grade sources (reliability, A–F) and claims (credibility, 1–6) on the Admiralty
 * scale, each with a reason; every change is a new version and a log entry. Nothing else in the
 * system calls this: no loader, extractor or computation ever grades, and "ungraded" is a state
 * of its own (a reviewer may return a target to it), never a default grade.
 */
import {
  GRADE_TARGETS,
  type GradeTarget,
  gradesFor,
  isGrade,
  UNGRADED,
} from "../core/model/grade.js";
import { getClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { gradeHistory, insertGrade } from "../store/grades.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource } from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError, NotFoundError, ServiceError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayReview } from "./policies/access.policy.js";
import { assertMayChangeSource, maySeeSource } from "./source-access.js";

export interface GradeRequest {
  /** A–F for a source, 1–6 for a claim, or "ungraded". */
  readonly grade: string;
  readonly reason: string;
}

function checkTarget(target: string): GradeTarget {
  if (!(GRADE_TARGETS as readonly string[]).includes(target))
    throw new InvalidInputError(`grades are given to ${GRADE_TARGETS.join(" or ")}`, "target", {
      code: "invalid-input.enum",
      params: { field: "target", allowed: GRADE_TARGETS.join(", ") },
    });
  return target as GradeTarget;
}

/** The target if it exists and the caller may see it; "not found" otherwise. */
async function assertVisible(
  db: Queryable,
  caller: Caller,
  target: GradeTarget,
  id: string,
  change = false,
) {
  let sourceId: string | null = id;
  if (target === "claim")
    sourceId = isUuid(id) ? ((await getClaim(db, id))?.sourceId ?? null) : null;
  const source = sourceId && isUuid(sourceId) ? await getSource(db, sourceId) : null;
  if (!source || !(await maySeeSource(db, caller, source)))
    throw new NotFoundError(`${target} ${id}`, {
      code: target === "claim" ? "not-found.claim" : "not-found.source",
      params: { id },
    });
  if (change) await assertMayChangeSource(db, caller, source);
}

const present = (g: {
  version: number;
  grade: string | null;
  reason: string;
  by: string;
  at: Date;
}) => ({
  version: g.version,
  grade: g.grade,
  reason: g.reason,
  by: g.by,
  at: g.at.toISOString(),
});

export function createGradesService(store: Store) {
  return {
    /** The current grade (null when ungraded) and every version before it. */
    async history(caller: Caller, targetName: string, id: string) {
      const target = checkTarget(targetName);
      await assertVisible(store.db, caller, target, id);
      const versions = (await gradeHistory(store.db, target, id)).map(present);
      return { target, id, grade: versions.at(-1)?.grade ?? null, versions };
    },

    async grade(caller: Caller, targetName: string, id: string, req: GradeRequest) {
      assertMayReview(caller);
      const target = checkTarget(targetName);
      const value = req.grade === UNGRADED ? null : req.grade;
      if (value !== null && !isGrade(target, value))
        throw new InvalidInputError(
          `a ${target}'s grade is one of ${gradesFor(target).join(", ")} or ${UNGRADED}, not "${req.grade}"`,
          "grade",
          {
            code: "invalid-input.enum",
            params: { field: "grade", allowed: [...gradesFor(target), UNGRADED].join(", ") },
          },
        );
      const reason = req.reason?.trim() ?? "";
      if (reason === "")
        throw new InvalidInputError("a grade needs a reason", "reason", {
          code: "invalid-input.reason-needed",
        });
      const at = new Date();
      const actor = actorName(caller);
      await store.db.transaction(async (tx) => {
        await assertVisible(tx, caller, target, id, true);
        const versions = await gradeHistory(tx, target, id);
        const current = versions.at(-1)?.grade ?? null;
        if (current === value)
          throw new ServiceError(
            "conflict",
            409,
            `${target} ${id} is already ${value === null ? UNGRADED : `graded ${value}`}`,
            {},
            {
              code: "conflict.grade-unchanged",
              params: { value: value === null ? UNGRADED : String(value) },
            },
          );
        const version = versions.length + 1;
        await insertGrade(tx, target, id, { version, grade: value, reason, by: actor, at });
        await appendLog(
          tx,
          {
            actor,
            action: "grade.set",
            targetType: target,
            targetId: id,
            reason,
            data: { version, from: current ?? UNGRADED, to: value ?? UNGRADED },
          },
          at,
        );
      });
      return this.history(caller, target, id);
    },
  };
}
export type GradesService = ReturnType<typeof createGradesService>;
