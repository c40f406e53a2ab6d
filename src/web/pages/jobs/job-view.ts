/** The job shape the API sends (see services/presenters/job.presenter.ts). */
export interface JobView {
  id: string;
  type: string;
  state: "queued" | "running" | "completed" | "failed" | "cancelled";
  startedBy: string;
  createdAt: string;
  progress: { done: number; failed: number; total: number; currentItem: string | null };
  result: unknown;
  error: string | null;
  url: string;
}

export interface JobList {
  items: JobView[];
  total: number;
}

export const isLive = (job: JobView) => job.state === "queued" || job.state === "running";

/** A short line for a finished job's result (counts of a batch, or the raw JSON). */
export function resultLine(job: JobView): string {
  if (job.error) return job.error;
  const r = job.result;
  if (r === null || r === undefined) return "";
  if (typeof r === "object" && !Array.isArray(r)) {
    return Object.entries(r as Record<string, unknown>)
      .filter(([, v]) => typeof v === "number")
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
  }
  return JSON.stringify(r);
}
