/** Web capture in the CLI port: the same operations in-process and over the API. */
import type { SourceMetadataPatch } from "../../core/source/source-metadata.js";
import type { Caller } from "../../services/caller.js";
import type { CaptureView } from "../../services/presenters/capture.presenter.js";
import type { JobView } from "../../services/presenters/job.presenter.js";
import type { Services } from "../../services/services.js";
import type { ApiCall } from "./registry-remote-port.js";

export interface CaptureJobRequest {
  readonly urls: readonly string[];
  readonly metadata: SourceMetadataPatch;
  readonly extract?: boolean | undefined;
}

export interface CapturePort {
  startCapture(req: CaptureJobRequest): Promise<JobView>;
  capturesOf(sourceId: string): Promise<CaptureView[]>;
}

export function localCapturePort(services: Services, me: Caller): CapturePort {
  return {
    startCapture: (req) => services.capture.start(me, req),
    capturesOf: (id) => services.capture.ofSource(me, id),
  };
}

export function remoteCapturePort(call: ApiCall): CapturePort {
  return {
    startCapture: (req) => call("POST", "/api/captures", JSON.stringify(req), "application/json"),
    capturesOf: (id) => call("GET", `/api/sources/${encodeURIComponent(id)}/captures`),
  };
}
