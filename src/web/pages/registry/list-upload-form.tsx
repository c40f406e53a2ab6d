/**
 * Uploads one CSV list of persons: its name, access (restricted unless chosen), and the columns as
 * the preview shows them, each mapped to a field or left out.
 */
import { type FormEvent, useState } from "react";
import { messageOf } from "../../api/client.js";
import { AccessSelect } from "../../components/access-select.js";
import { FileInput } from "../../components/file-input.js";
import { t } from "../../i18n/i18n.js";
import { ColumnPreview, detectedChoices, hasNameChoice } from "./column-preview.js";
import { type ColumnChoice, previewList, uploadList } from "./registry-actions.js";
import type { ListPreview } from "./registry-types.js";
import { UploadOutcome, type UploadState } from "./upload-outcome.js";

type PreviewState =
  | { state: "reading" }
  | { state: "read"; preview: ListPreview }
  | { state: "failed"; detail: string };

export function ListUploadForm({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [access, setAccess] = useState("restricted");
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const [choices, setChoices] = useState<ColumnChoice[]>([]);
  const [upload, setUpload] = useState<UploadState | null>(null);
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setChoices([]);
    if (!chosen) return;
    // A list is named after its file unless the operator names it.
    if (!name) setName(chosen.name.replace(/\.csv$/i, ""));
    setPreview({ state: "reading" });
    previewList(chosen).then(
      (p) => {
        setPreview({ state: "read", preview: p });
        setChoices(detectedChoices(p));
      },
      (error: unknown) => setPreview({ state: "failed", detail: messageOf(error) }),
    );
  };
  const read = preview?.state === "read" ? preview.preview : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !read) return;
    const listName = name;
    setUpload({ state: "sending", name: listName, progress: 0 });
    const header = read.columns.map((c) => c.header);
    uploadList(file, { name, access, choices, header }, (progress) =>
      setUpload({ state: "sending", name: listName, progress }),
    ).then(
      (outcome) => {
        setUpload({ state: "done", outcome });
        setFile(null);
        setPreview(null);
        setChoices([]);
        // Lists of persons are restricted unless each upload says otherwise.
        setName("");
        setAccess("restricted");
        onImported();
      },
      (error: unknown) => setUpload({ state: "failed", name: listName, detail: messageOf(error) }),
    );
  };
  return (
    <form className="registry-upload" onSubmit={submit} aria-label={t("registry.upload.title")}>
      <h3>{t("registry.upload.title")}</h3>
      <div className="filters">
        <label>
          {t("registry.upload.file")}
          <FileInput
            key={upload?.state === "done" ? upload.outcome.list.id : "file"}
            name="file"
            accept=".csv,text/csv"
            required
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t("registry.upload.name")}
          <input name="name" required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <AccessSelect label={t("registry.upload.access")} value={access} onChange={setAccess} />
      </div>
      <p className="muted small">{t("registry.upload.help")}</p>
      {preview?.state === "reading" && (
        <p className="muted">{t("registry.upload.preview.reading")}</p>
      )}
      {preview?.state === "failed" && (
        <p className="error" role="alert">
          {t("registry.upload.failed", { name: file?.name ?? "", detail: preview.detail })}
        </p>
      )}
      {read && <ColumnPreview preview={read} choices={choices} onChange={setChoices} />}
      <button
        type="submit"
        className="primary"
        disabled={!read || !hasNameChoice(choices) || upload?.state === "sending"}
      >
        {t("registry.upload.submit")}
      </button>
      <UploadOutcome upload={upload} />
    </form>
  );
}
