/**
 * Media sources: their media record and derivatives, their bytes (through the media policy), and
 * their near-duplicates across the archive. The hash index lives in memory per store and is
 * rebuilt when the stored hashes change (checked on each search with one cheap query).
 */
import { HashIndex } from "../core/media/hash-index.js";
import { mediaTypeOfFormat } from "../core/media/media-format.js";
import {
  type IndexedWindow,
  type QueryFrame,
  searchNearDuplicates,
} from "../core/media/near-duplicate-search.js";
import {
  allHashes,
  derivativesOf,
  getMediaFile,
  hashesOf,
  hashesStamp,
  sourcesOfBlobs,
} from "../store/media.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource, type SourceRecord } from "../store/sources.repository.js";
import type { Caller } from "./caller.js";
import { NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { mayReceiveMedia } from "./policies/media.policy.js";
import { type NearDuplicateView, presentMedia } from "./presenters/media.presenter.js";
import { guardOfSource } from "./source-access.js";

const indexes = new WeakMap<Store, { stamp: string; index: HashIndex<IndexedWindow> }>();

async function hashIndex(store: Store): Promise<HashIndex<IndexedWindow>> {
  const stamp = await hashesStamp(store.db);
  const cached = indexes.get(store);
  if (cached && cached.stamp === stamp) return cached.index;
  const index = new HashIndex<IndexedWindow>();
  for (const h of await allHashes(store.db))
    index.add(h.hash, { original: h.blobSha256, frame: h.frame, atSeconds: h.atSeconds });
  indexes.set(store, { stamp, index });
  return index;
}

export interface MediaFileBytes {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly sha256: string;
}

export function createMediaService(store: Store) {
  /** A media source the caller may see and receive; otherwise "not found". */
  async function visibleMediaSource(
    caller: Caller,
    id: string,
  ): Promise<SourceRecord & { blobSha256: string }> {
    const source = isUuid(id) ? await getSource(store.db, id) : null;
    if (
      !source ||
      source.blobSha256 === null ||
      !mayReceiveMedia(caller, await guardOfSource(store.db, source))
    )
      throw new NotFoundError(`source ${id}`, { code: "not-found.source", params: { id } });
    return { ...source, blobSha256: source.blobSha256 };
  }

  return {
    async get(caller: Caller, sourceId: string) {
      const source = await visibleMediaSource(caller, sourceId);
      const media = await getMediaFile(store.db, source.blobSha256);
      if (!media)
        throw new NotFoundError(`media of source ${sourceId}`, {
          code: "not-found.media",
          params: { id: sourceId },
        });
      return presentMedia(sourceId, media, await derivativesOf(store.db, source.blobSha256));
    },

    /** The original bytes, or a derivative's ("thumbnail", "web_copy", "keyframe" with its number). */
    async file(
      caller: Caller,
      sourceId: string,
      role: "original" | "thumbnail" | "web_copy" | "keyframe",
      seq = 0,
    ): Promise<MediaFileBytes> {
      const source = await visibleMediaSource(caller, sourceId);
      const media = await getMediaFile(store.db, source.blobSha256);
      if (!media)
        throw new NotFoundError(`media of source ${sourceId}`, {
          code: "not-found.media",
          params: { id: sourceId },
        });
      if (role === "original")
        return {
          bytes: await store.blobs.read(source.blobSha256),
          mediaType: mediaTypeOfFormat(media.format),
          sha256: source.blobSha256,
        };
      const derivative = (await derivativesOf(store.db, source.blobSha256)).find(
        (d) => d.role === role && d.seq === seq,
      );
      if (!derivative)
        throw new NotFoundError(`${role} ${seq} of source ${sourceId}`, {
          code: "not-found.media",
          params: { id: sourceId },
        });
      return {
        bytes: await store.blobs.read(derivative.blobSha256),
        mediaType: derivative.mediaType,
        sha256: derivative.blobSha256,
      };
    },

    /** The archive's near-duplicates of a source's picture or keyframes that the caller may see, nearest first. */
    async similar(
      caller: Caller,
      sourceId: string,
    ): Promise<{ source: NearDuplicateView; matches: NearDuplicateView[] }> {
      const source = await visibleMediaSource(caller, sourceId);
      const rows = await hashesOf(store.db, source.blobSha256);
      const frames = new Map<number, string[]>();
      for (const r of rows) {
        const windows = frames.get(r.frame) ?? [];
        windows[r.win] = r.hash;
        frames.set(r.frame, windows);
      }
      const query: QueryFrame[] = [...frames].map(([frame, windows]) => ({
        frame,
        windows: windows.filter(Boolean),
      }));
      const hits =
        query.length === 0
          ? []
          : searchNearDuplicates(await hashIndex(store), query, source.blobSha256);
      const holders = await sourcesOfBlobs(store.db, [
        source.blobSha256,
        ...hits.map((h) => h.original),
      ]);
      // Each holder through the policy (levels and grants), as for the query source itself.
      const visible: typeof holders = [];
      for (const h of holders) {
        const record = await getSource(store.db, h.sourceId);
        if (record && mayReceiveMedia(caller, await guardOfSource(store.db, record)))
          visible.push(h);
      }
      const views: NearDuplicateView[] = [];
      const self = visible.find((v) => v.sourceId === sourceId);
      for (const hit of hits) {
        for (const v of visible.filter((s) => s.blobSha256 === hit.original)) {
          views.push({ ...viewOf(v, hit.score, hit.atSeconds) });
        }
      }
      if (!self)
        throw new NotFoundError(`source ${sourceId}`, {
          code: "not-found.source",
          params: { id: sourceId },
        });
      const all = [viewOf(self, 0, null), ...views];
      const earliest = all.reduce<NearDuplicateView | null>(
        (e, v) => (e === null || appearance(v) < appearance(e) ? v : e),
        null,
      );
      const mark = (v: NearDuplicateView) => ({ ...v, earliest: v === earliest });
      return { source: mark(all[0] ?? viewOf(self, 0, null)), matches: views.map(mark) };
    },
  };
}
export type MediaService = ReturnType<typeof createMediaService>;

function viewOf(
  v: {
    sourceId: string;
    blobSha256: string;
    title: string;
    kind: string;
    publishedDate: string | null;
    firstAcquiredAt: Date;
  },
  distance: number,
  atSeconds: number | null,
): NearDuplicateView {
  return {
    sourceId: v.sourceId,
    title: v.title,
    kind: v.kind,
    sha256: v.blobSha256,
    distance: Math.round(distance * 100) / 100,
    atSeconds,
    publishedDate: v.publishedDate,
    firstAcquiredAt: v.firstAcquiredAt.toISOString(),
    earliest: false,
  };
}

/** When a source first appeared: its publication date when known, else when the archive got it. */
const appearance = (v: NearDuplicateView): string => v.publishedDate ?? v.firstAcquiredAt;
