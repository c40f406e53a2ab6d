/**
 * POSTs a multipart form with upload progress. fetch() cannot report upload progress, so this
 * uses XMLHttpRequest, with the same bearer token as every other call; any 2xx answer resolves,
 * anything else rejects with the problem (its code, field and detail).
 */
import { authHeaders } from "./auth.js";
import { apiErrorOf } from "./client.js";

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
        void apiErrorOf(xhr.status, body, `${xhr.status} ${xhr.statusText}`).then(reject);
      }
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(form);
  });
}
