/**
 * Transcripts of recordings: a WebVTT or SRT file attached to a video or audio source is archived
 * under its SHA-256 and read as a text source of its own (same case, kind and access as the
 * recording, never wider: see part-access.ts; its own language when given), one passage per cue, so search finds its lines like any passage; each cue keeps its
 * moment, so a hit opens the recording there. A transcript is someone's reading of a recording:
 * it is kept beside the recording, never in its place.
 */
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../core/hash/sha256.js";
import { type Cue, parseTranscript, TranscriptError } from "../core/media/transcript.js";
import { applyMetadataPatch } from "../core/source/source-metadata.js";
import { insertAcquisition, insertBlobRecord } from "../store/blobs.repository.js";
import { appendLog } from "../store/log.repository.js";
import { getMediaFile } from "../store/media.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource, insertPassages, insertSource } from "../store/sources.repository.js";
import { cuesOf, insertTranscript, transcriptsOf } from "../store/transcripts.repository.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError, NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayWrite } from "./policies/access.policy.js";
import { assertMayChangeSource, maySeeSource } from "./source-access.js";
import type { UploadedFile } from "./uploaded-file.js";

/** A cue may end this much past the recording's measured duration (containers round it). */
const SLACK_SECONDS = 0.5;

/** A transcript file, and its language (BCP 47) when not the recording's, e.g. a translation. */
export interface AttachTranscript extends UploadedFile {
  readonly language?: string | undefined;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function cuesOfFile(bytes: Uint8Array, duration: number) {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError("a transcript must be UTF-8 text", "file", {
      code: "transcripts.not-utf8",
    });
  }
  let parsed: ReturnType<typeof parseTranscript>;
  try {
    parsed = parseTranscript(text);
  } catch (error) {
    if (error instanceof TranscriptError) throw new InvalidInputError(error.message, "file");
    throw error;
  }
  parsed.cues.forEach((c: Cue, i) => {
    if (c.end > duration + SLACK_SECONDS)
      throw new InvalidInputError(
        `cue ${i + 1} ends at ${c.end} s, past the recording's ${duration} s`,
        "file",
        { code: "transcripts.cue-past-end", params: { n: i + 1, end: c.end, duration: duration } },
      );
  });
  return parsed;
}

export function createTranscriptsService(store: Store, options: { tool: string }) {
  async function visibleRecording(caller: Caller, id: string, change = false) {
    const source = isUuid(id) ? await getSource(store.db, id) : null;
    if (!source || !(await maySeeSource(store.db, caller, source)))
      throw new NotFoundError(`source ${id}`, { code: "not-found.source", params: { id } });
    // Who may not change the source learns nothing more about it than that.
    if (change) await assertMayChangeSource(store.db, caller, source);
    const media = source.blobSha256 ? await getMediaFile(store.db, source.blobSha256) : null;
    if (!media || media.kind === "image" || media.durationSeconds === null)
      throw new InvalidInputError(
        `source ${id} is not a video or audio recording of known duration`,
        "source",
        { code: "transcripts.not-a-recording", params: { id } },
      );
    return { source, duration: media.durationSeconds };
  }

  return {
    async attach(caller: Caller, mediaSourceId: string, input: AttachTranscript) {
      assertMayWrite(caller);
      if (input.language !== undefined && !LANGUAGE_TAG.test(input.language))
        throw new InvalidInputError(
          `language "${input.language.slice(0, 40)}" is not a language tag such as en, az or ru`,
          "language",
          { code: "transcripts.language", params: { value: input.language.slice(0, 40) } },
        );
      const { source, duration } = await visibleRecording(caller, mediaSourceId, true);
      const { format, cues } = cuesOfFile(input.bytes, duration);
      const text = cues.map((c) => c.text).join("\n");
      let offset = 0;
      const passages = cues.map((c, i) => {
        const start = offset;
        offset += c.text.length + 1;
        return { id: randomUUID(), seq: i + 1, start, end: start + c.text.length, text: c.text };
      });
      const sha256 = sha256Hex(input.bytes);
      const id = randomUUID();
      const actor = actorName(caller);
      const at = new Date();
      const acquisitionId = randomUUID();
      // The transcript documents what its recording does: same case, same publisher.
      const metadata = applyMetadataPatch(source.metadata, {
        title: `Transcript: ${source.metadata.title}`.slice(0, 500),
        ...(input.language === undefined ? {} : { language: input.language }),
      });
      await store.blobs.put(input.bytes, sha256);
      await store.db.transaction(async (tx) => {
        await insertBlobRecord(
          tx,
          sha256,
          input.bytes.byteLength,
          format === "webvtt" ? "text/vtt" : "application/x-subrip",
          at,
        );
        await insertAcquisition(tx, {
          id: acquisitionId,
          blobSha256: sha256,
          acquiredBy: actor,
          acquiredAt: at,
          origin: input.origin,
          originalName: input.fileName,
          tool: options.tool,
        });
        await insertSource(tx, {
          id,
          blobSha256: sha256,
          acquisitionId,
          parent: null,
          format,
          text,
          textSha256: sha256Hex(text),
          metadata,
          createdAt: at,
          createdBy: actor,
        });
        await insertPassages(tx, id, passages);
        await insertTranscript(
          tx,
          { sourceId: id, mediaSourceId: source.id, format, createdAt: at, createdBy: actor },
          passages.map((p, i) => ({
            passageId: p.id,
            start: cues[i]?.start ?? 0,
            end: cues[i]?.end ?? 0,
          })),
        );
        await appendLog(
          tx,
          {
            actor,
            action: "source.ingest",
            targetType: "source",
            targetId: id,
            reason: null,
            data: {
              sha256,
              origin: input.origin,
              fileName: input.fileName,
              format,
              transcriptOf: source.id,
              cues: cues.length,
              acquisitionId,
            },
          },
          at,
        );
      });
      return { sourceId: id, mediaSourceId: source.id, format, cues: cues.length };
    },

    /** The transcripts of a recording the caller may see, each with its cues in time order. */
    async of(caller: Caller, mediaSourceId: string) {
      const { source } = await visibleRecording(caller, mediaSourceId);
      const out = [];
      for (const t of await transcriptsOf(store.db, source.id)) {
        const own = await getSource(store.db, t.sourceId);
        if (!own || !(await maySeeSource(store.db, caller, own))) continue;
        out.push({
          sourceId: t.sourceId,
          format: t.format,
          createdAt: t.createdAt.toISOString(),
          createdBy: t.createdBy,
          cues: await cuesOf(store.db, t.sourceId),
        });
      }
      return { mediaSourceId: source.id, transcripts: out };
    },
  };
}
export type TranscriptsService = ReturnType<typeof createTranscriptsService>;
