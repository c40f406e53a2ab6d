/** The registry's writes: a CSV list uploaded with progress, a linkage run, a link reviewed. */
import { authHeaders } from "../../api/auth.js";
import { postJson } from "../../api/client.js";
import type { Problem } from "../../api/types.js";
import type { LinkageRun, ListImport, PersonLink } from "./registry-types.js";

export interface ListUploadFields {
  name: string;
  access: string;
  map: string;
}

/** fetch() cannot report upload progress, so this uses XMLHttpRequest with the session's token. */
export function uploadList(
  file: File,
  fields: ListUploadFields,
  onProgress: (fraction: number) => void,
): Promise<ListImport> {
  const form = new FormData();
  form.set("name", fields.name.trim());
  form.set("access", fields.access);
  if (fields.map.trim()) form.set("map", fields.map.trim());
  form.set("file", file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/lists");
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
      if (xhr.status === 201) resolve(body as ListImport);
      else reject(new Error((body as Problem | null)?.detail ?? `${xhr.status} ${xhr.statusText}`));
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.send(form);
  });
}

export function runLinkage(lists: string[], threshold: number, dedupe: boolean) {
  return postJson<LinkageRun>("/api/linkage", { lists, threshold, dedupe });
}

export function reviewLink(id: string, action: "confirm" | "reject", reason: string) {
  return postJson<PersonLink>(`/api/links/${encodeURIComponent(id)}/review`, {
    action,
    reason: reason.trim() || null,
  });
}
