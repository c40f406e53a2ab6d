/**
 * One file upload with progress. fetch() cannot report upload progress, so this uses
 * XMLHttpRequest, with the same bearer token as every other call.
 */
import { authHeaders } from "../../api/auth.js";
import type { IngestOutcome, Problem } from "../../api/types.js";

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
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/sources");
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: reported below with the status text.
      }
      if (xhr.status === 200 || xhr.status === 201) resolve(body as IngestOutcome);
      else reject(new Error((body as Problem | null)?.detail ?? `${xhr.status} ${xhr.statusText}`));
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(form);
  });
}
