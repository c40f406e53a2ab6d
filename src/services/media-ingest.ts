/**
 * Ingesting one photo, video or audio file: the original bytes archived unchanged under their
 * SHA-256; the derived files (thumbnail, web copy, keyframes) archived as blobs of their own and
 * recorded as derivatives naming the original, tool and settings; perceptual hashes; embedded
 * metadata proposed as claims. Blobs are written first, then one transaction records the rest
 * (and settles the job item that asked for it, if one did); the answer is what it wrote.
 */
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../core/hash/sha256.js";
import { type MediaType, sourceKindOfMedia } from "../core/media/media-format.js";
import { METADATA_CLAIMANT, metadataClaims } from "../core/media/metadata-claims.js";
import {
  applyMetadataPatch,
  defaultMetadata,
  InvalidMetadataError,
  type SourceMetadataPatch,
} from "../core/source/source-metadata.js";
import { readMedia } from "../ingest/media/read-media.js";
import {
  type AcquisitionRecord,
  insertAcquisition,
  insertBlobRecord,
} from "../store/blobs.repository.js";
import { insertClaims, type NewClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import { insertDerivatives, insertHashes, insertMediaFile } from "../store/media.repository.js";
import type { Store } from "../store/open-store.js";
import { insertSource, type NewSource, writtenSource } from "../store/sources.repository.js";
import { InvalidInputError } from "./errors.js";
import { presentSourceSummary, type SourceSummary } from "./presenters/source.presenter.js";

export interface MediaIngestInput {
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly type: MediaType;
  readonly fileName: string;
  readonly origin: string;
  readonly metadata: SourceMetadataPatch;
  readonly extract: boolean;
  readonly acquisition: AcquisitionRecord;
  readonly actor: string;
  readonly at: Date;
  /** Runs first inside the transaction that records the file, with what it will commit. */
  readonly settle?: ((tx: Queryable, written: MediaWritten) => Promise<void>) | undefined;
}

/** What a media ingest wrote: the source as stored, how many claims it proposed, its warnings. */
export interface MediaWritten {
  readonly source: SourceSummary;
  readonly claims: number;
  readonly warnings: readonly string[];
}

/** Stores the media source and answers with what it wrote. Throws ReadError for a corrupt file. */
export async function ingestMedia(store: Store, input: MediaIngestInput): Promise<MediaWritten> {
  const media = await readMedia(input.bytes, input.type);
  let metadata: ReturnType<typeof applyMetadataPatch>;
  try {
    const kind = input.metadata.kind ?? sourceKindOfMedia(media.type.kind);
    metadata = applyMetadataPatch(defaultMetadata(input.fileName), { ...input.metadata, kind });
  } catch (error) {
    if (error instanceof InvalidMetadataError)
      throw new InvalidInputError(error.message, error.field, error.coded);
    throw error;
  }
  const derived = media.derivatives.map((d) => ({ ...d, sha256: sha256Hex(d.bytes) }));
  await store.blobs.put(input.bytes, input.sha256);
  for (const d of derived) await store.blobs.put(d.bytes, d.sha256);
  const sourceId = randomUUID();
  const proposals = input.extract ? metadataClaims(media.metadata) : [];
  const claims: NewClaim[] = proposals.map((p) => ({
    id: randomUUID(),
    sourceId,
    passageId: null,
    start: 0,
    end: 0,
    exact: null,
    prefix: null,
    suffix: null,
    quoteSha256: null,
    fields: p.fields,
    claimant: { ...METADATA_CLAIMANT, ref: null },
    // A file's metadata names no basis and passes on no other claim.
    basis: "unstated",
    derivedFrom: null,
    caseRef: null,
    status: "proposed",
    origin: "extraction",
    createdAt: input.at,
    createdBy: input.actor,
    mediaLocator: p.selector,
  }));
  const source: NewSource = {
    id: sourceId,
    blobSha256: input.sha256,
    acquisitionId: input.acquisition.id,
    parent: null,
    format: media.type.format,
    text: "",
    textSha256: sha256Hex(""),
    metadata,
    createdAt: input.at,
    createdBy: input.actor,
  };
  // What was written is what is answered: the source is not read back after its commit.
  const written: MediaWritten = {
    source: presentSourceSummary(writtenSource(source, 0)),
    claims: claims.length,
    warnings: media.warnings,
  };
  await store.db.transaction(async (tx) => {
    await input.settle?.(tx, written);
    await insertBlobRecord(
      tx,
      input.sha256,
      input.bytes.byteLength,
      media.type.mediaType,
      input.at,
    );
    for (const d of derived)
      await insertBlobRecord(tx, d.sha256, d.bytes.byteLength, d.mediaType, input.at);
    await insertAcquisition(tx, input.acquisition);
    await insertSource(tx, source);
    await insertMediaFile(tx, {
      blobSha256: input.sha256,
      kind: media.type.kind,
      format: media.type.format,
      width: media.metadata.width,
      height: media.metadata.height,
      durationSeconds: media.metadata.durationSeconds,
      metadata: media.metadata,
      warnings: media.warnings,
      analysedAt: input.at,
    });
    await insertDerivatives(
      tx,
      derived.map((d) => ({
        originalSha256: input.sha256,
        role: d.role,
        seq: d.seq,
        atSeconds: d.atSeconds,
        blobSha256: d.sha256,
        mediaType: d.mediaType,
        tool: d.tool,
        settings: d.settings,
        createdAt: input.at,
      })),
    );
    await insertHashes(
      tx,
      media.hashes.flatMap((f) =>
        f.windows.map((hash, win) => ({
          blobSha256: input.sha256,
          frame: f.frame,
          atSeconds: f.atSeconds,
          win,
          hash,
        })),
      ),
    );
    await insertClaims(tx, claims);
    await appendLog(
      tx,
      {
        actor: input.actor,
        action: "source.ingest",
        targetType: "source",
        targetId: sourceId,
        reason: null,
        data: {
          sha256: input.sha256,
          origin: input.origin,
          fileName: input.fileName,
          format: media.type.format,
          mediaType: media.type.mediaType,
          title: metadata.title,
          kind: metadata.kind,
          access: metadata.access,
          derivatives: derived.map((d) => ({
            role: d.role,
            seq: d.seq,
            sha256: d.sha256,
            tool: d.tool,
          })),
          claimsProposed: claims.length,
          warnings: [...media.warnings],
          acquisitionId: input.acquisition.id,
        },
      },
      input.at,
    );
  });
  return written;
}
