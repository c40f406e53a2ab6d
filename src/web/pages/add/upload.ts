/**
 * One source file: first what it says about itself (detected, nothing stored), then, once the
 * person has checked those details, the upload with progress and the options of the Add view.
 */
import { postForm } from "../../api/client.js";
import { postFormWithProgress } from "../../api/post-form.js";
import type { DetectedMetadata, IngestOutcome } from "../../api/types.js";
import { draftPatch, type MetadataDraft } from "../../components/metadata-fields.js";

export interface UploadOptions {
  kind: string;
  access: string;
  split: boolean;
  extract: boolean;
}

export function detectFile(file: File): Promise<DetectedMetadata> {
  const form = new FormData();
  form.set("file", file, file.name);
  return postForm<DetectedMetadata>("/api/sources/detect", form);
}

/** The details as the form first shows them: what was detected, for checking. */
export function draftOf(d: DetectedMetadata, caseId: string): MetadataDraft {
  return {
    title: d.title,
    organisation: d.organisation ?? "",
    authors: d.authors.join("; "),
    published: d.published ?? "",
    language: d.language ?? "",
    affiliation: "",
    caseId,
  };
}

export function uploadFile(
  file: File,
  options: UploadOptions,
  draft: MetadataDraft,
  onProgress: (fraction: number) => void,
): Promise<IngestOutcome> {
  const form = new FormData();
  if (options.kind) form.set("kind", options.kind);
  form.set("access", options.access);
  form.set("split", String(options.split));
  form.set("extract", String(options.extract));
  for (const [name, value] of Object.entries(draftPatch(draft))) {
    const text = Array.isArray(value) ? value.join(";") : value;
    if (text) form.set(name, text);
  }
  form.set("file", file, file.name);
  return postFormWithProgress<IngestOutcome>("/api/sources", form, onProgress);
}
