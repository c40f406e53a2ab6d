/** The shape a job leaves the system in (API, CLI --json, web jobs panel). */
import type { Json } from "../../core/hash/canonical-json.js";
import type { JobRow } from "../../store/jobs.repository.js";

export interface JobView {
  readonly id: string;
  readonly type: string;
  readonly state: string;
  readonly startedBy: string;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly progress: {
    readonly done: number;
    readonly failed: number;
    readonly total: number;
    readonly currentItem: string | null;
  };
  readonly result: Json;
  readonly error: string | null;
  /** Where to follow it over the API. */
  readonly url: string;
}

export function presentJob(job: JobRow): JobView {
  return {
    id: job.id,
    type: job.type,
    state: job.state,
    startedBy: job.startedBy,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    progress: {
      done: job.done,
      failed: job.failed,
      total: job.total,
      currentItem: job.currentItem,
    },
    result: job.result ?? null,
    error: job.error,
    url: `/api/jobs/${job.id}`,
  };
}
