/** Adding sources: drop or choose files, set kind and access, split compilations, see what came of it. */

import { type DragEvent, useState } from "react";
import { Link } from "react-router";
import { SOURCE_KINDS } from "../../../core/model/source-kind.js";
import { useSession } from "../../api/auth.js";
import { messageOf } from "../../api/client.js";
import { AccessSelect } from "../../components/access-select.js";
import { useTitle } from "../../components/use-title.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";
import { type UploadOptions, uploadFile } from "./upload.js";
import { UploadList, type UploadRow } from "./upload-list.js";

let counter = 0;

export function AddPage() {
  const session = useSession();
  const [options, setOptions] = useState<UploadOptions>({
    kind: "",
    // Public is a deliberate choice; a new upload is for signed-in readers until then.
    access: "restricted",
    split: false,
    extract: true,
  });
  const [rows, setRows] = useState<UploadRow[]>([]);
  const [over, setOver] = useState(false);
  useTitle(t("add.title"));
  const patch = (key: string, change: Partial<UploadRow>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const start = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const key = `u${++counter}`;
      setRows((list) => [
        ...list,
        { key, name: file.name, size: file.size, progress: 0, outcome: null, error: null },
      ]);
      // Files upload side by side, one request each, so each shows its own progress and result.
      uploadFile(file, options, (progress) => patch(key, { progress })).then(
        (outcome) => patch(key, { outcome, progress: 1 }),
        (error: unknown) => patch(key, { error: messageOf(error) }),
      );
    }
  };
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
            <input type="file" name="files" multiple onChange={(e) => start(e.target.files)} />
          </label>
          <UploadList rows={rows} />
        </>
      )}
    </section>
  );
}
