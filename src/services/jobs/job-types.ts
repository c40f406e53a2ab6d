/** Every job type Casefile knows. Add one by appending it here (see job-type.ts). */
import type { JobType } from "./job-type.js";
import { estimateJob } from "./types/estimate.job.js";
import { ingestBatchJob } from "./types/ingest-batch.job.js";
import { linkageJob } from "./types/linkage.job.js";
import { reextractJob } from "./types/reextract.job.js";

export const JOB_TYPES: readonly JobType[] = [
  ingestBatchJob,
  reextractJob,
  linkageJob,
  estimateJob,
];
