/** The one error a web capture throws: a code the service maps to a problem, and a message naming the URL and the problem. */

export type CaptureErrorCode =
  | "invalid_url"
  | "scheme"
  | "private_address"
  | "too_large"
  | "timeout"
  | "network"
  | "redirects"
  | "http_status";

export class CaptureError extends Error {
  override readonly name = "CaptureError";
  constructor(
    readonly code: CaptureErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
