/** Uploads one CSV list of persons: its name, access (restricted unless chosen) and column map. */
import { type FormEvent, useState } from "react";
import { messageOf } from "../../api/client.js";
import { AccessSelect } from "../../components/access-select.js";
import { t } from "../../i18n/i18n.js";
import { type ListUploadFields, uploadList } from "./registry-actions.js";
import { UploadOutcome, type UploadState } from "./upload-outcome.js";

export function ListUploadForm({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState<ListUploadFields>({
    name: "",
    access: "restricted",
    map: "",
  });
  const [upload, setUpload] = useState<UploadState | null>(null);
  const choose = (chosen: File | null) => {
    setFile(chosen);
    // A list is named after its file unless the operator names it.
    if (chosen && !fields.name) setFields({ ...fields, name: chosen.name.replace(/\.csv$/i, "") });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const name = fields.name;
    setUpload({ state: "sending", name, progress: 0 });
    uploadList(file, fields, (progress) => setUpload({ state: "sending", name, progress })).then(
      (outcome) => {
        setUpload({ state: "done", outcome });
        setFile(null);
        // Lists of persons are restricted unless each upload says otherwise.
        setFields({ name: "", access: "restricted", map: "" });
        onImported();
      },
      (error: unknown) => setUpload({ state: "failed", name, detail: messageOf(error) }),
    );
  };
  return (
    <form className="registry-upload" onSubmit={submit} aria-label={t("registry.upload.title")}>
      <h3>{t("registry.upload.title")}</h3>
      <div className="filters">
        <label>
          {t("registry.upload.file")}
          <input
            key={upload?.state === "done" ? upload.outcome.list.id : "file"}
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t("registry.upload.name")}
          <input
            name="name"
            required
            value={fields.name}
            onChange={(e) => setFields({ ...fields, name: e.target.value })}
          />
        </label>
        <AccessSelect
          label={t("registry.upload.access")}
          value={fields.access}
          onChange={(access) => setFields({ ...fields, access })}
        />
        <label className="grow">
          {t("registry.upload.map")}
          <input
            name="map"
            placeholder="surname=Soyad,given=Ad"
            value={fields.map}
            onChange={(e) => setFields({ ...fields, map: e.target.value })}
          />
        </label>
      </div>
      <p className="muted small">{t("registry.upload.help")}</p>
      <button type="submit" className="primary" disabled={!file || upload?.state === "sending"}>
        {t("registry.upload.submit")}
      </button>
      <UploadOutcome upload={upload} />
    </form>
  );
}
