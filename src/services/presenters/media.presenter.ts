/** The shapes in which media facts leave the services: a source's media record and its near-duplicates. */
import type { DerivativeRecord, MediaFileRecord } from "../../store/media.repository.js";

export function presentDerivative(d: DerivativeRecord) {
  return {
    role: d.role,
    seq: d.seq,
    atSeconds: d.atSeconds,
    sha256: d.blobSha256,
    mediaType: d.mediaType,
    tool: d.tool,
    settings: { ...d.settings },
    createdAt: d.createdAt.toISOString(),
  };
}

export function presentMedia(
  sourceId: string,
  m: MediaFileRecord,
  derivatives: readonly DerivativeRecord[],
) {
  return {
    sourceId,
    sha256: m.blobSha256,
    kind: m.kind,
    format: m.format,
    width: m.width,
    height: m.height,
    durationSeconds: m.durationSeconds,
    metadata: m.metadata,
    warnings: [...m.warnings],
    derivatives: derivatives.map(presentDerivative),
  };
}
export type MediaView = ReturnType<typeof presentMedia>;

export interface NearDuplicateView {
  readonly sourceId: string;
  readonly title: string;
  readonly kind: string;
  readonly sha256: string;
  /** Mean Hamming distance of the best-matching windows (0 = identical pictures). */
  readonly distance: number;
  /** For a video: the moment of the matching keyframe in this source, else null. */
  readonly atSeconds: number | null;
  readonly publishedDate: string | null;
  readonly firstAcquiredAt: string;
  /** True for the earliest appearance among the query and its near-duplicates. */
  readonly earliest: boolean;
}
