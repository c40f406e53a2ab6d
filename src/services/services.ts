/** Wires every use case to one store. The CLI and the HTTP server both call these, never the store directly. */
import type { Store } from "../store/open-store.js";
import { createAccountsService } from "./accounts.service.js";
import { createActivityService } from "./activity.service.js";
import { createBlobGcService } from "./blob-gc.service.js";
import { createCaptureService } from "./capture.service.js";
import { createCaseService } from "./case.service.js";
import { createChronicleService } from "./chronicle.service.js";
import { createCiteService } from "./cite.service.js";
import { createClaimsService } from "./claims.service.js";
import { createFiguresService } from "./figures.service.js";
import { createFourEyesService } from "./four-eyes.service.js";
import { createGradesService } from "./grades.service.js";
import { createGrantsService } from "./grants.service.js";
import { createIngestService } from "./ingest.service.js";
import { JOB_TYPES } from "./jobs/job-types.js";
import { createJobsService } from "./jobs/jobs.service.js";
import { createLegalServices } from "./legal-services.js";
import { createLogService } from "./log.service.js";
import { createMediaService } from "./media.service.js";
import { createMemorialService } from "./memorial.service.js";
import { createPeopleService } from "./people.service.js";
import { createProtectionService } from "./protection.service.js";
import { createProvenanceService } from "./provenance.service.js";
import { createRegistryService } from "./registry.service.js";
import { createSearchService } from "./search.service.js";
import { createSignInService } from "./sign-in.service.js";
import { createSourcesService } from "./sources.service.js";
import { createTokensService } from "./tokens.service.js";
import { createTranscriptsService } from "./transcripts.service.js";
import { createVerifyService } from "./verify.service.js";
import { CASEFILE_VERSION } from "./version.js";
import { createViewLogService } from "./view-log.service.js";

export { CASEFILE_VERSION };
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ServicesOptions {
  /** Which door the changes come through, recorded in each acquisition ("cli", "api"). */
  readonly door: string;
  readonly maxFileBytes?: number | undefined;
  /** Where outside tools are found (CASEFILE_CHROMIUM for PDF briefs); process.env by default. */
  readonly env?: NodeJS.ProcessEnv | undefined;
}

export function createServices(store: Store, options: ServicesOptions) {
  const jobs = createJobsService(store, JOB_TYPES);
  const people = createPeopleService(store);
  const chronicle = createChronicleService(store);
  const search = createSearchService(store);
  const ingest = createIngestService(
    store,
    {
      tool: `casefile-${options.door}/${CASEFILE_VERSION}`,
      maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    },
    jobs,
  );
  return {
    store,
    ingest,
    sources: createSourcesService(store),
    claims: createClaimsService(store),
    cases: createCaseService(store),
    figures: createFiguresService(store),
    search,
    activity: createActivityService(store),
    people,
    verify: createVerifyService(store),
    blobGc: createBlobGcService(store),
    registry: createRegistryService(store, {
      tool: `casefile-${options.door}/${CASEFILE_VERSION}`,
      maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    }),
    log: createLogService(store),
    media: createMediaService(store),
    transcripts: createTranscriptsService(store, {
      tool: `casefile-${options.door}/${CASEFILE_VERSION}`,
    }),
    provenance: createProvenanceService(store),
    ...createLegalServices(store, options.env ?? process.env),
    jobs,
    grades: createGradesService(store),
    cite: createCiteService(store),
    accounts: createAccountsService(store),
    signIn: createSignInService(store),
    tokens: createTokensService(store),
    grants: createGrantsService(store),
    fourEyes: createFourEyesService(store),
    protection: createProtectionService(store, people),
    views: createViewLogService(store),
    capture: createCaptureService(store, ingest, jobs, {
      tool: `casefile-capture-${options.door}/${CASEFILE_VERSION}`,
      maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      env: options.env ?? process.env,
    }),
    chronicle,
    memorial: createMemorialService(store, { chronicle, search }),
  };
}
export type Services = ReturnType<typeof createServices>;
