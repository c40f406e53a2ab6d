/** Jobs in the CLI port: the same operations in-process and over the API. */
import type { BatchRequest } from "../../services/ingest.service.js";
import type { JobRunner } from "../../services/jobs/job-runner.js";
import type { JobsService } from "../../services/jobs/jobs.service.js";
import type { JobView } from "../../services/presenters/job.presenter.js";
import type { Services } from "../../services/services.js";
import type { ApiCall } from "./registry-remote-port.js";

export type JobDetailView = Awaited<ReturnType<JobsService["get"]>>;
export type JobListView = Awaited<ReturnType<JobsService["list"]>>;

export interface JobsPort {
  startBatch(req: BatchRequest): Promise<JobView>;
  startJob(type: string, input: unknown): Promise<JobView>;
  getJob(id: string): Promise<JobDetailView>;
  listJobs(q: { state?: string; limit?: number; offset?: number }): Promise<JobListView>;
  cancelJob(id: string): Promise<JobView>;
  /**
   * While the CLI holds the store itself, it also works the queue while it waits for a job
   * (nobody else may open an embedded store); through a server, the server's workers do.
   */
  workWhileWaiting(): Promise<JobRunner | null>;
}

export function localJobsPort(
  services: Services,
  me: Parameters<JobsService["list"]>[0],
): JobsPort {
  return {
    startBatch: (req) => services.ingest.startBatch(me, req),
    startJob: (type, input) => services.jobs.start(me, type, input),
    getJob: (id) => services.jobs.get(me, id),
    listJobs: (q) => services.jobs.list(me, q),
    cancelJob: (id) => services.jobs.cancel(me, id),
    // Loaded on use: the remote port shares this file and must not load the job handlers.
    async workWhileWaiting() {
      const [{ startJobRunner }, { JOB_TYPES }] = await Promise.all([
        import("../../services/jobs/job-runner.js"),
        import("../../services/jobs/job-types.js"),
      ]);
      return startJobRunner(services, JOB_TYPES, { concurrency: 1 });
    },
  };
}

export function remoteJobsPort(call: ApiCall): JobsPort {
  return {
    startBatch(req) {
      const form = new FormData();
      for (const [name, value] of Object.entries(req.metadata)) {
        if (value === undefined || value === null) continue;
        form.append(name, Array.isArray(value) ? value.join(";") : String(value));
      }
      if (req.split !== undefined) form.append("split", String(req.split));
      if (req.extract !== undefined) form.append("extract", String(req.extract));
      for (const f of req.files) form.append("file", new Blob([Buffer.from(f.bytes)]), f.fileName);
      return call("POST", "/api/jobs/ingest", form);
    },
    startJob: (type, input) =>
      call("POST", "/api/jobs", JSON.stringify({ type, input }), "application/json"),
    getJob: (id) => call("GET", `/api/jobs/${encodeURIComponent(id)}`),
    listJobs: (q) => {
      const params = new URLSearchParams();
      if (q.state) params.set("state", q.state);
      if (q.limit !== undefined) params.set("limit", String(q.limit));
      if (q.offset !== undefined) params.set("offset", String(q.offset));
      const s = params.toString();
      return call("GET", `/api/jobs${s ? `?${s}` : ""}`);
    },
    cancelJob: (id) => call("POST", `/api/jobs/${encodeURIComponent(id)}/cancel`),
    workWhileWaiting: async () => null,
  };
}
