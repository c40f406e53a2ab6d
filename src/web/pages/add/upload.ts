/** One source file uploaded with progress, with the options of the Add sources view. */
import { postFormWithProgress } from "../../api/post-form.js";
import type { IngestOutcome } from "../../api/types.js";

export interface UploadOptions {
  kind: string;
  access: string;
  split: boolean;
  extract: boolean;
}

export function uploadFile(
  file: File,
  options: UploadOptions,
  onProgress: (fraction: number) => void,
): Promise<IngestOutcome> {
  const form = new FormData();
  if (options.kind) form.set("kind", options.kind);
  if (options.access) form.set("access", options.access);
  form.set("split", String(options.split));
  form.set("extract", String(options.extract));
  form.set("file", file, file.name);
  return postFormWithProgress<IngestOutcome>("/api/sources", form, onProgress);
}
