/**
 * What the CLI needs from Casefile, whichever way it reaches it: the services in this process
 * (it holds the store) or the running server's API (the server holds the store).
 */
import type { IngestOutcome, IngestRequest } from "../../services/ingest.service.js";
import type { LogService } from "../../services/log.service.js";
import type { SourceDetail, SourceSummary } from "../../services/presenters/source.presenter.js";
import type { SourceListQuery } from "../../services/sources.service.js";
import type { VerifyReport } from "../../services/verify.service.js";
import type { SourceMetadataPatch } from "../../core/source/source-metadata.js";

export type LogEntryView = Awaited<ReturnType<LogService["list"]>>[number];

export interface SourceList {
  readonly items: SourceSummary[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface CasefilePort {
  /** "local store in <dir>" or "server at <url>", for messages. */
  readonly via: string;
  ingestFile(req: IngestRequest): Promise<IngestOutcome>;
  listSources(query: SourceListQuery): Promise<SourceList>;
  getSource(id: string): Promise<SourceDetail>;
  editSource(id: string, patch: SourceMetadataPatch, reason: string | null): Promise<SourceSummary>;
  deleteSource(id: string, reason: string): Promise<void>;
  verify(onProgress?: (done: number, total: number) => void): Promise<VerifyReport>;
  log(query: { limit?: number; before?: number; targetId?: string }): Promise<LogEntryView[]>;
  close(): Promise<void>;
}
