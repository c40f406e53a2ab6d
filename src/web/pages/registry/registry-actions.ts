/**
 * The registry's writes: a CSV list uploaded with progress, a linkage run, a link reviewed, made
 * by hand or unlinked.
 */
import { postJson } from "../../api/client.js";
import { postFormWithProgress } from "../../api/post-form.js";
import type { LinkageRun, ListImport, ListPreview, PersonLink } from "./registry-types.js";

/** Per column of the file: a person field, ID (the record's id) or "" (left out). */
export type ColumnChoice = string;
export const ID_CHOICE = "#id";

export interface ListUploadFields {
  name: string;
  access: string;
  /** Chosen in the preview, one per column; empty before the preview has come. */
  choices: readonly ColumnChoice[];
  header: readonly string[];
}

/** The mapping the choices make, exactly: every column without a field is left out. */
function setMapping(form: FormData, fields: Pick<ListUploadFields, "choices" | "header">) {
  if (fields.choices.length === 0) return;
  const map: Record<string, string> = {};
  const ignore: string[] = [];
  fields.header.forEach((header, i) => {
    const choice = fields.choices[i] ?? "";
    if (choice === ID_CHOICE) form.set("id", header);
    else if (choice) map[choice] = header;
    else ignore.push(header);
  });
  // JSON keeps headers that hold commas whole.
  form.set("map", JSON.stringify(map));
  if (ignore.length > 0) form.set("ignore", JSON.stringify(ignore));
}

/** What the server would read from the file: columns as detected, first rows; nothing stored. */
export function previewList(file: File): Promise<ListPreview> {
  const form = new FormData();
  form.set("file", file, file.name);
  return postFormWithProgress<ListPreview>("/api/lists/preview", form, () => undefined);
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
  setMapping(form, fields);
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

/** Two records linked by hand (no model probability). */
export function linkByHand(left: string, right: string, reason: string) {
  return postJson<PersonLink>("/api/links", { left, right, reason: reason.trim() || null });
}

/** A link of any origin undone; the reason is optional. */
export function unlinkLink(id: string, reason: string) {
  return postJson<PersonLink>(`/api/links/${encodeURIComponent(id)}/unlink`, {
    reason: reason.trim() || null,
  });
}
