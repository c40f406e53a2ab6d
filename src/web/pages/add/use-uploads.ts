/**
 * The files of the Add view and where each stands: its details being detected, then shown for
 * checking, then uploading, then added (or refused, with the server's complaint under the field
 * it names, so the person can correct it and send again).
 */
import { useRef, useState } from "react";
import { ApiError, messageOf } from "../../api/client.js";
import type { IngestOutcome } from "../../api/types.js";
import { EMPTY_DRAFT, type MetadataDraft } from "../../components/metadata-fields.js";
import { detectFile, draftOf, type UploadOptions, uploadFile } from "./upload.js";

export interface UploadRow {
  key: string;
  name: string;
  size: number;
  phase: "detecting" | "checking" | "uploading" | "done" | "failed";
  draft: MetadataDraft;
  /** Where each detected value came from ("properties", "text"). */
  detected: Record<string, string>;
  notes: string[];
  errors: Partial<Record<string, string>>;
  progress: number;
  outcome: IngestOutcome | null;
  error: string | null;
}

let counter = 0;

export function useUploads() {
  const [rows, setRows] = useState<UploadRow[]>([]);
  const files = useRef(new Map<string, File>());
  const patch = (key: string, change: Partial<UploadRow>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));

  /** Files chosen or dropped: each is read for its details, which are shown for checking. */
  const add = (chosen: FileList | null, caseId: string) => {
    for (const file of Array.from(chosen ?? [])) {
      const key = `u${++counter}`;
      files.current.set(key, file);
      const draft = { ...EMPTY_DRAFT, title: file.name, caseId };
      setRows((list) => [
        ...list,
        {
          key,
          name: file.name,
          size: file.size,
          phase: "detecting",
          draft,
          detected: {},
          notes: [],
          errors: {},
          progress: 0,
          outcome: null,
          error: null,
        },
      ]);
      detectFile(file).then(
        (d) =>
          patch(key, {
            phase: "checking",
            draft: draftOf(d, caseId),
            detected: d.found,
            notes: d.warnings,
          }),
        // A file that cannot be read says so again, by field, when it is sent.
        (error: unknown) => patch(key, { phase: "checking", notes: [messageOf(error)] }),
      );
    }
  };

  const edit = (key: string, draft: MetadataDraft) => patch(key, { draft });

  /** Sends one checked file with the view's options. */
  const send = (row: UploadRow, options: UploadOptions) => {
    const file = files.current.get(row.key);
    if (!file) return;
    patch(row.key, { phase: "uploading", errors: {}, error: null, progress: 0 });
    uploadFile(file, options, row.draft, (progress) => patch(row.key, { progress })).then(
      (outcome) => {
        files.current.delete(row.key);
        patch(row.key, { phase: "done", outcome, progress: 1 });
      },
      (error: unknown) =>
        error instanceof ApiError && error.field
          ? patch(row.key, { phase: "checking", errors: { [error.field]: messageOf(error) } })
          : patch(row.key, { phase: "failed", error: messageOf(error) }),
    );
  };

  return { rows, add, edit, send };
}
