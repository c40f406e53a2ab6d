/** The media part of the CLI port: the same operations in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type { MediaService } from "../../services/media.service.js";

type Result<K extends keyof MediaService> = Awaited<ReturnType<MediaService[K]>>;
export type MediaView = Result<"get">;
export type SimilarView = Result<"similar">;

export interface MediaPort {
  media(sourceId: string): Promise<MediaView>;
  similarMedia(sourceId: string): Promise<SimilarView>;
}

export function localMediaPort(media: MediaService, me: Caller): MediaPort {
  return {
    media: (id) => media.get(me, id),
    similarMedia: (id) => media.similar(me, id),
  };
}

export function remoteMediaPort(call: <T>(method: string, path: string) => Promise<T>): MediaPort {
  return {
    media: (id) => call<MediaView>("GET", `/api/sources/${encodeURIComponent(id)}/media`),
    similarMedia: (id) =>
      call<SimilarView>("GET", `/api/sources/${encodeURIComponent(id)}/media/similar`),
  };
}
