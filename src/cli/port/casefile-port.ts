/**
 * What the CLI needs from Casefile, whichever way it reaches it: the services in this process
 * (it holds the store) or the running server's API (the server holds the store).
 */

import type { CitationFormat } from "../../core/cite/citation.js";
import type { GradeFilter } from "../../core/figures/grade-filter.js";
import type { SourceMetadataPatch } from "../../core/source/source-metadata.js";
import type { ActivityPage, ActivityQuery } from "../../services/activity.service.js";
import type { GcReport } from "../../services/blob-gc.service.js";
import type { CaseService } from "../../services/case.service.js";
import type { CiteService } from "../../services/cite.service.js";
import type { NewClaimRequest } from "../../services/claim-create.js";
import type { ClaimQuery, ClaimsService, ReviewRequest } from "../../services/claims.service.js";
import type { FiguresService } from "../../services/figures.service.js";
import type { GradeRequest, GradesService } from "../../services/grades.service.js";
import type { IngestOutcome, IngestRequest } from "../../services/ingest.service.js";
import type { ClaimView } from "../../services/presenters/claim.presenter.js";
import type { SourceDetail, SourceSummary } from "../../services/presenters/source.presenter.js";
import type { ProvenanceRequest } from "../../services/provenance.service.js";
import type { SearchQuery, SearchService } from "../../services/search.service.js";
import type { SourceListQuery, SourcesService } from "../../services/sources.service.js";
import type { VerifyReport } from "../../services/verify.service.js";
import type { AccountsPort } from "./accounts-port.js";
import type { CapturePort } from "./capture-port.js";
import type { ChroniclePort, MemorialPort } from "./chronicle-port.js";
import type { JobsPort } from "./jobs-port.js";
import type { LegalPort } from "./legal-port.js";
import type { MediaPort } from "./media-port.js";
import type { ProtectionPort } from "./protection-port.js";
import type { RegistryPort } from "./registry-port.js";

export type FiguresView = Awaited<ReturnType<FiguresService["figures"]>>;
export type GradeView = Awaited<ReturnType<GradesService["history"]>>;
export type SearchView = Awaited<ReturnType<SearchService["search"]>>;
export type CasePart = "overview" | "timeline" | "places" | "recognitions" | "qualifications";
export type CaseView = Awaited<ReturnType<CaseService[CasePart]>>;

export type ClaimDetailView = Awaited<ReturnType<ClaimsService["get"]>>;
export type ReextractView = Awaited<ReturnType<ClaimsService["reextract"]>>;

export interface ClaimList {
  readonly items: ClaimView[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export type CitationView = Awaited<ReturnType<CiteService["format"]>>;

export type SourceHistoryView = Awaited<ReturnType<SourcesService["history"]>>;

export interface SourceList {
  readonly items: SourceSummary[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface CasefilePort
  extends RegistryPort,
    LegalPort,
    JobsPort,
    AccountsPort,
    MediaPort,
    ProtectionPort,
    ChroniclePort,
    MemorialPort,
    CapturePort {
  /** "local store in <dir>" or "server at <url>", for messages. */
  readonly via: string;
  ingestFile(req: IngestRequest): Promise<IngestOutcome>;
  listSources(query: SourceListQuery): Promise<SourceList>;
  getSource(id: string): Promise<SourceDetail>;
  editSource(
    id: string,
    patch: SourceMetadataPatch,
    reason: string | null,
    expectedVersion?: number,
  ): Promise<SourceSummary>;
  deleteSource(id: string, reason: string): Promise<void>;
  listClaims(query: ClaimQuery): Promise<ClaimList>;
  getClaim(id: string): Promise<ClaimDetailView>;
  reviewClaim(id: string, req: ReviewRequest): Promise<ClaimView>;
  createClaim(req: NewClaimRequest): Promise<ClaimView>;
  confirmClaims(ids: string[], reason: string | null): Promise<{ confirmed: number }>;
  reextract(sourceId: string): Promise<ReextractView>;
  setProvenance(id: string, req: ProvenanceRequest): Promise<ClaimView>;
  figures(caseId: string, measure?: string, filter?: GradeFilter): Promise<FiguresView>;
  grade(target: "source" | "claim", id: string, req: GradeRequest): Promise<GradeView>;
  gradeHistory(target: "source" | "claim", id: string): Promise<GradeView>;
  search(query: SearchQuery): Promise<SearchView>;
  caseView(caseId: string, part: CasePart): Promise<CaseView>;
  verify(onProgress?: (done: number, total: number) => void): Promise<VerifyReport>;
  gc(options: {
    graceMs: number;
    jobRetentionMs?: number;
    viewRetentionMs?: number;
    dryRun: boolean;
  }): Promise<GcReport>;
  /** The activity log through the access policy, filtered and paged. */
  log(query: ActivityQuery): Promise<ActivityPage>;
  sourceHistory(id: string): Promise<SourceHistoryView>;
  cite(id: string, format: CitationFormat): Promise<CitationView>;
  close(): Promise<void>;
}
