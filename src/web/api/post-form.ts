/**
 * POSTs a multipart form with upload progress. fetch() cannot report upload progress, so this
 * uses XMLHttpRequest, with the same bearer token as every other call; any 2xx answer resolves,
 * anything else rejects with the problem's detail.
 */
import { authHeaders } from "./auth.js";
import { ApiError } from "./client.js";
import type { Problem } from "./types.js";

export function postFormWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        const problem = body as Problem | null;
        reject(
          new ApiError(
            xhr.status,
            problem?.detail ?? `${xhr.status} ${xhr.statusText}`,
            typeof problem?.field === "string" ? problem.field : null,
          ),
        );
      }
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(form);
  });
}
