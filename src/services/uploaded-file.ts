/** What every service that archives a file is handed, and how it is set up. */

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
