/** The registry's writes: a CSV list uploaded with progress, a linkage run, a link reviewed. */
import { postJson } from "../../api/client.js";
import { postFormWithProgress } from "../../api/post-form.js";
import type { LinkageRun, ListImport, PersonLink } from "./registry-types.js";

export interface ListUploadFields {
  name: string;
  access: string;
  map: string;
}

/** A CSV list of persons, uploaded with progress. */
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
  return postFormWithProgress<ListImport>("/api/lists", form, onProgress);
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
