/**
 * Adding sources: drop or choose files, check and correct the details each file gives of itself
 * (title, outlet, author, date, language) and add affiliation and case, set kind and access
 * (restricted unless public is chosen), split compilations, see what came of it.
 */

import { type DragEvent, useState } from "react";
import { Link } from "react-router";
import { SOURCE_KINDS } from "../../../core/model/source-kind.js";
import { useSession } from "../../api/auth.js";
import { AccessSelect } from "../../components/access-select.js";
import { FileInput } from "../../components/file-input.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { CaptureForm } from "./capture-form.js";
import type { UploadOptions } from "./upload.js";
import { UploadList } from "./upload-list.js";
import { useUploads } from "./use-uploads.js";

export function AddPage() {
  const session = useSession();
  const [options, setOptions] = useState<UploadOptions>({
    kind: "",
    // Public is a deliberate choice; a new upload is for signed-in readers until then.
    access: "restricted",
    split: false,
    extract: true,
  });
  const uploads = useUploads();
  const [over, setOver] = useState(false);
  useTitle(t("add.title"));
  // Each file is read for its details first; it is added when the person has checked them.
  const start = (files: FileList | null) => uploads.add(files, "");
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    start(e.dataTransfer.files);
  };

  return (
    <section>
      <h1>{t("add.title")}</h1>
      <p className="lede">{t("add.intro")}</p>
      {!session ? (
        <p className="notice">
          {t("add.signedOut")} <Link to="/sign-in?next=/add">{t("auth.signIn")}</Link>
        </p>
      ) : (
        <>
          <div className="filters">
            <label>
              {t("add.kind")}
              <select
                name="kind"
                value={options.kind}
                onChange={(e) => setOptions({ ...options, kind: e.target.value })}
              >
                <option value="">{t("add.kind.auto")}</option>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {term("sourceKind", k)}
                  </option>
                ))}
              </select>
            </label>
            <AccessSelect
              label={t("add.access")}
              value={options.access}
              onChange={(access) => setOptions({ ...options, access })}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                name="split"
                checked={options.split}
                onChange={(e) => setOptions({ ...options, split: e.target.checked })}
              />
              {t("add.split")}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                name="extract"
                checked={options.extract}
                onChange={(e) => setOptions({ ...options, extract: e.target.checked })}
              />
              {t("add.extract")}
            </label>
          </div>
          <label
            className={`dropzone${over ? " over" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={drop}
          >
            <span>{t("add.drop")}</span>
            <FileInput name="files" multiple onChange={(e) => start(e.target.files)} />
          </label>
          <UploadList
            rows={uploads.rows}
            access={options.access}
            onEdit={uploads.edit}
            onSend={(row) => uploads.send(row, options)}
          />
          <CaptureForm />
        </>
      )}
    </section>
  );
}
