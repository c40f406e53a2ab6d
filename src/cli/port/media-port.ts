/** The media part of the CLI port: the same operations in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type { MediaService } from "../../services/media.service.js";
import type { TranscriptsService } from "../../services/transcripts.service.js";

type Result<K extends keyof MediaService> = Awaited<ReturnType<MediaService[K]>>;
export type MediaView = Result<"get">;
export type SimilarView = Result<"similar">;
export type AttachedTranscript = Awaited<ReturnType<TranscriptsService["attach"]>>;

export interface MediaPort {
  media(sourceId: string): Promise<MediaView>;
  similarMedia(sourceId: string): Promise<SimilarView>;
  /** Attaches a transcript file (its text, and its language when not the recording's). */
  attachTranscript(
    sourceId: string,
    fileName: string,
    text: string,
    language?: string,
  ): Promise<AttachedTranscript>;
}

export function localMediaPort(
  media: MediaService,
  transcripts: TranscriptsService,
  me: Caller,
): MediaPort {
  return {
    media: (id) => media.get(me, id),
    similarMedia: (id) => media.similar(me, id),
    attachTranscript: (id, fileName, text, language) =>
      transcripts.attach(me, id, {
        bytes: new TextEncoder().encode(text),
        fileName,
        origin: "cli",
        language,
      }),
  };
}

export function remoteMediaPort(
  call: <T>(method: string, path: string, body?: string, type?: string) => Promise<T>,
): MediaPort {
  return {
    attachTranscript: (id, fileName, text, language) =>
      call<AttachedTranscript>(
        "POST",
        `/api/sources/${encodeURIComponent(id)}/transcripts`,
        JSON.stringify({ fileName, text, language }),
        "application/json",
      ),
    media: (id) => call<MediaView>("GET", `/api/sources/${encodeURIComponent(id)}/media`),
    similarMedia: (id) =>
      call<SimilarView>("GET", `/api/sources/${encodeURIComponent(id)}/media/similar`),
  };
}
