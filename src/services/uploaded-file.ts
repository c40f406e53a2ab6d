/** What every service that archives a file is handed, and how it is set up. */
import { ServiceError } from "./errors.js";

/** A file for the archive: its bytes, its name, and where it came from. */
export interface UploadedFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Where the bytes came from: a path, a URL, or "upload". */
  readonly origin: string;
}

/** The tool an archiving service records in each acquisition, and the largest file it takes. */
export interface ArchiveOptions {
  readonly tool: string;
  readonly maxBytes: number;
}

/** Refuses a file larger than `maxBytes` (413), naming the file and the limit. */
export function assertWithinLimit(
  file: { readonly bytes: Uint8Array; readonly fileName: string },
  maxBytes: number,
): void {
  if (file.bytes.byteLength <= maxBytes) return;
  throw new ServiceError(
    "too-large",
    413,
    `${file.fileName}: ${file.bytes.byteLength} bytes is over the limit of ${maxBytes}`,
    { file: file.fileName },
    { code: "too-large.file-limit", params: { file: file.fileName, limit: maxBytes } },
  );
}
