/** The capture shapes the API sends (see services/presenters/capture.presenter.ts). */
export interface CaptureFile {
  seq: number;
  role: "warc" | "page" | "screenshot" | "pdf" | "media";
  url: string | null;
  httpStatus: number | null;
  sha256: string;
  mediaType: string;
  size: number;
  sourceId: string | null;
  href: string;
}

export interface CaptureView {
  id: string;
  url: string;
  finalUrl: string;
  httpStatus: number;
  capturedAt: string;
  capturedBy: string;
  tool: string;
  sourceId: string;
  warnings: string[];
  files: CaptureFile[];
}

/** A capture job's items as GET /api/jobs/:id gives them. */
export interface CaptureJob {
  id: string;
  state: "queued" | "running" | "completed" | "failed" | "cancelled";
  progress: { done: number; total: number };
  items?: { seq: number; label: string; state: string; result: unknown; error: string | null }[];
}
