/** Every job type Casefile knows. Add one by appending it here (see job-type.ts). */
import type { JobType } from "./job-type.js";
import { captureJob } from "./types/capture.job.js";
import { estimateJob } from "./types/estimate.job.js";
import { exportJob } from "./types/export.job.js";
import { ingestBatchJob } from "./types/ingest-batch.job.js";
import { linkageJob } from "./types/linkage.job.js";
import { reextractJob } from "./types/reextract.job.js";
import { reportJob } from "./types/report.job.js";

export const JOB_TYPES: readonly JobType[] = [
  ingestBatchJob,
  reextractJob,
  linkageJob,
  estimateJob,
  exportJob,
  reportJob,
  captureJob,
];
