/** A web capture as it leaves the system: its URLs, time, status, warnings, and every file with its SHA-256 and address. */
import type { CaptureFileRole, CaptureRecord } from "../../store/captures.repository.js";

export interface CaptureFileView {
  readonly seq: number;
  readonly role: CaptureFileRole;
  readonly url: string | null;
  readonly httpStatus: number | null;
  readonly sha256: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sourceId: string | null;
  /** Where the API serves the file's bytes. */
  readonly href: string;
}

export interface CaptureView {
  readonly id: string;
  readonly url: string;
  readonly finalUrl: string;
  readonly httpStatus: number;
  readonly capturedAt: string;
  readonly capturedBy: string;
  readonly tool: string;
  readonly sourceId: string;
  readonly warnings: string[];
  readonly files: CaptureFileView[];
}

export function presentCapture(r: CaptureRecord): CaptureView {
  return {
    id: r.id,
    url: r.url,
    finalUrl: r.finalUrl,
    httpStatus: r.httpStatus,
    capturedAt: r.capturedAt.toISOString(),
    capturedBy: r.capturedBy,
    tool: r.tool,
    sourceId: r.sourceId,
    warnings: [...r.warnings],
    files: r.files.map((f) => ({
      seq: f.seq,
      role: f.role,
      url: f.url,
      httpStatus: f.httpStatus,
      sha256: f.blobSha256,
      mediaType: f.mediaType,
      size: f.size,
      sourceId: f.sourceId,
      href: `/api/captures/${r.id}/files/${f.seq}`,
    })),
  };
}
