/**
 * Ingesting one file: archive the bytes, read the text, cut passages, and record source,
 * acquisition and log entry in one transaction, so that a failure leaves nothing of the file
 * behind but (possibly) its content-addressed bytes, which are harmless and re-used next time.
 */
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../core/hash/sha256.js";
import { sniffMedia } from "../core/media/media-format.js";
import {
  applyMetadataPatch,
  defaultMetadata,
  InvalidMetadataError,
  publisherName,
  type SourceMetadataPatch,
} from "../core/source/source-metadata.js";
import { splitCompilation } from "../core/split/split-compilation.js";
import { type ReadDocument, ReadError } from "../ingest/readers/read-document.js";
import { insertAcquisition, insertBlobRecord } from "../store/blobs.repository.js";
import { insertClaims } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { refreshSearchStatistics } from "../store/search-statistics.js";
import {
  findLiveSourceByBlob,
  insertPassages,
  insertSource,
  type NewSource,
  writtenSource,
} from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { draftClaims, passagesWithIds } from "./claim-proposals.js";
import { InvalidInputError, ServiceError, unreadable } from "./errors.js";
import type { JobsService } from "./jobs/jobs.service.js";
import { ingestMedia, type MediaWritten } from "./media-ingest.js";
import { assertMayWrite } from "./policies/access.policy.js";
import type { JobView } from "./presenters/job.presenter.js";
import { presentSourceSummary, type SourceSummary } from "./presenters/source.presenter.js";
import { assertKnownCase } from "./source-case.js";
import { detectMetadata } from "./source-detection.js";
import { insertParts, prepareParts } from "./split-parts.js";
import { readDocumentOffThread } from "./threads/off-thread.js";
import { type ArchiveOptions, assertWithinLimit, type UploadedFile } from "./uploaded-file.js";

export interface IngestRequest extends UploadedFile {
  readonly metadata: SourceMetadataPatch;
  /** Split a compilation into its constituent sources (stored as its children). */
  readonly split?: boolean | undefined;
  /** Propose claims from the text (default true). */
  readonly extract?: boolean | undefined;
  /**
   * Runs first inside the transaction that records the file, with the outcome it will commit (a
   * job item settling itself there with its result, so that a second delivery of the item cannot
   * ingest the file again).
   */
  readonly settle?: ((tx: Queryable, outcome: IngestOutcome) => Promise<void>) | undefined;
}

export interface IngestOutcome {
  readonly status: "created" | "duplicate";
  readonly source: SourceSummary;
  readonly acquisitionId: string;
  readonly parts: number;
  readonly claims: number;
  /** What a reviewer should know about how the file was read (e.g. ffmpeg missing). */
  readonly warnings?: string[];
}

const READ_ERROR_STATUS = {
  empty: 422,
  corrupt: 422,
  unreadable: 422,
  unsupported_type: 415,
  binary: 415,
  too_large: 413,
} as const;

function readFailure(error: ReadError, fileName: string): ServiceError {
  const status = READ_ERROR_STATUS[error.code];
  const type = status === 415 ? "unsupported-type" : status === 413 ? "too-large" : "unprocessable";
  return new ServiceError(
    type,
    status,
    `${fileName}: ${error.message}`,
    { file: fileName },
    unreadable(error.code, fileName),
  );
}

export interface BatchRequest {
  readonly files: readonly { bytes: Uint8Array; fileName: string; origin: string }[];
  readonly metadata: SourceMetadataPatch;
  readonly split?: boolean | undefined;
  readonly extract?: boolean | undefined;
}

/** How many files of a batch are archived at once before its job is queued. */
const PARALLEL_PUTS = 8;

export function createIngestService(store: Store, options: ArchiveOptions, jobs: JobsService) {
  return {
    /**
     * Archives the files' bytes and queues one job that ingests them (one item per file), so any
     * worker can take any file. Answers at once with the job; its progress is the job's.
     */
    async startBatch(caller: Caller, req: BatchRequest): Promise<JobView> {
      assertMayWrite(caller);
      if (req.files.length === 0)
        throw new InvalidInputError("no files given", "files", {
          code: "invalid-input.empty-list",
          params: { field: "files" },
        });
      for (const f of req.files) assertWithinLimit(f, options.maxBytes);
      const files = req.files.map((f) => ({
        bytes: f.bytes,
        sha256: sha256Hex(f.bytes),
        fileName: f.fileName,
        origin: f.origin,
      }));
      // Several at a time: each write waits for its file to reach the disk (fsync).
      for (let i = 0; i < files.length; i += PARALLEL_PUTS)
        await Promise.all(
          files.slice(i, i + PARALLEL_PUTS).map((f) => store.blobs.put(f.bytes, f.sha256)),
        );
      return jobs.start(caller, "ingest-batch", {
        files: files.map((f) => ({ sha256: f.sha256, fileName: f.fileName, origin: f.origin })),
        metadata: { ...req.metadata },
        ...(req.split !== undefined && { split: req.split }),
        ...(req.extract !== undefined && { extract: req.extract }),
      });
    },

    /** What the file says about itself, for the person adding it to check; nothing is stored. */
    async detect(caller: Caller, file: { bytes: Uint8Array; fileName: string }) {
      assertMayWrite(caller);
      assertWithinLimit(file, options.maxBytes);
      return detectMetadata(file.bytes, file.fileName, options.maxBytes);
    },

    async ingestFile(caller: Caller, req: IngestRequest): Promise<IngestOutcome> {
      assertMayWrite(caller);
      const actor = actorName(caller);
      assertWithinLimit(req, options.maxBytes);
      const sha256 = sha256Hex(req.bytes);
      const now = new Date();
      const acquisitionId = randomUUID();
      const acquisition = {
        id: acquisitionId,
        blobSha256: sha256,
        acquiredBy: actor,
        acquiredAt: now,
        origin: req.origin,
        originalName: req.fileName,
        tool: options.tool,
      };

      await assertKnownCase(store.db, req.metadata.caseId);
      const existing = await findLiveSourceByBlob(store.db, sha256);
      if (existing) {
        // Same bytes again: one blob, one source, one more link in its chain of custody.
        const outcome: IngestOutcome = {
          status: "duplicate",
          source: presentSourceSummary(existing),
          acquisitionId,
          parts: 0,
          claims: 0,
        };
        await store.db.transaction(async (tx) => {
          await req.settle?.(tx, outcome);
          await insertAcquisition(tx, acquisition);
          await appendLog(
            tx,
            {
              actor,
              action: "source.acquire_again",
              targetType: "source",
              targetId: existing.id,
              reason: null,
              data: { sha256, origin: req.origin, fileName: req.fileName, acquisitionId },
            },
            now,
          );
        });
        return outcome;
      }

      const mediaType = sniffMedia(req.bytes);
      if (mediaType !== null) {
        // Photos, video and audio: decided by content, whatever the name says.
        const outcomeOf = (media: MediaWritten): IngestOutcome => ({
          status: "created",
          source: media.source,
          acquisitionId,
          parts: 0,
          claims: media.claims,
          warnings: [...media.warnings],
        });
        const settle = req.settle;
        try {
          return outcomeOf(
            await ingestMedia(store, {
              bytes: req.bytes,
              sha256,
              type: mediaType,
              fileName: req.fileName,
              origin: req.origin,
              metadata: req.metadata,
              extract: req.extract ?? true,
              acquisition,
              actor,
              at: now,
              settle: settle && ((tx, media) => settle(tx, outcomeOf(media))),
            }),
          );
        } catch (error) {
          if (error instanceof ReadError) throw readFailure(error, req.fileName);
          throw error;
        }
      }
      let document: ReadDocument;
      try {
        // In a bounded worker thread: a hostile file costs its thread, never the event loop.
        document = await readDocumentOffThread(req.bytes, req.fileName, options.maxBytes);
      } catch (error) {
        if (error instanceof ReadError) throw readFailure(error, req.fileName);
        throw error;
      }
      let metadata: ReturnType<typeof applyMetadataPatch>;
      try {
        const patch =
          req.split && req.metadata.kind === undefined
            ? { ...req.metadata, kind: "compilation" }
            : req.metadata;
        metadata = applyMetadataPatch(defaultMetadata(document.title ?? req.fileName), patch);
      } catch (error) {
        if (error instanceof InvalidMetadataError)
          throw new InvalidInputError(error.message, error.field, error.coded);
        throw error;
      }
      const text = document.text;
      await store.blobs.put(req.bytes, sha256);
      const passages = passagesWithIds(text);
      const splitParts = req.split ? splitCompilation(text) : [];
      const extract = req.extract ?? true;
      const sourceId = randomUUID();
      // Everything but the writes happens before the transaction: extraction (in the worker
      // thread) must not hold a transaction open, and the embedded store runs one at a time.
      // The claims belong to the parts, each with its own publisher; a compilation holds none.
      const parts =
        splitParts.length > 1
          ? await prepareParts({
              parentId: sourceId,
              parentText: text,
              parentMetadata: metadata,
              blobSha256: sha256,
              acquisitionId,
              format: document.format,
              parts: splitParts,
              extract,
              actor,
              at: now,
            })
          : [];
      const claims =
        parts.length === 0 && extract
          ? await draftClaims({
              sourceId,
              text,
              passages,
              publisher: publisherName(metadata),
              reviewed: [],
              actor,
              at: now,
            })
          : [];
      const source: NewSource = {
        id: sourceId,
        blobSha256: sha256,
        acquisitionId,
        parent: null,
        format: document.format,
        text,
        textSha256: sha256Hex(text),
        metadata,
        createdAt: now,
        createdBy: actor,
      };
      const partIds = parts.map((p) => p.source.id);
      const proposed = claims.length + parts.reduce((n, p) => n + p.claims.length, 0);
      // What was written is what is answered: the source is not read back after its commit.
      const outcome: IngestOutcome = {
        status: "created",
        source: presentSourceSummary(writtenSource(source, passages.length)),
        acquisitionId,
        parts: partIds.length,
        claims: proposed,
      };
      await store.db.transaction(async (tx) => {
        await req.settle?.(tx, outcome);
        await insertBlobRecord(tx, sha256, req.bytes.byteLength, document.mediaType, now);
        await insertAcquisition(tx, acquisition);
        await insertSource(tx, source);
        await insertPassages(tx, sourceId, passages);
        await insertClaims(tx, claims);
        await insertParts(tx, parts);
        await appendLog(
          tx,
          {
            actor,
            action: "source.ingest",
            targetType: "source",
            targetId: sourceId,
            reason: null,
            data: {
              sha256,
              origin: req.origin,
              fileName: req.fileName,
              format: document.format,
              title: metadata.title,
              kind: metadata.kind,
              access: metadata.access,
              passages: passages.length,
              parts: partIds,
              claimsProposed: proposed,
              acquisitionId,
            },
          },
          now,
        );
      });
      // The embedded store has no autovacuum: the search's plan needs the statistics kept.
      await refreshSearchStatistics(store.db);
      return outcome;
    },
  };
}
export type IngestService = ReturnType<typeof createIngestService>;
