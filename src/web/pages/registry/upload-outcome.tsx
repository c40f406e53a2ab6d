/** What came of an upload: its progress, then the records imported and the rows left out by line. */
import { formatNumber } from "../../components/format.js";
import { t } from "../../i18n/i18n.js";
import type { ListImport } from "./registry-types.js";

export type UploadState =
  | { state: "sending"; name: string; progress: number }
  | { state: "done"; outcome: ListImport }
  | { state: "failed"; name: string; detail: string };

export function UploadOutcome({ upload }: { upload: UploadState | null }) {
  if (!upload) return null;
  if (upload.state === "sending")
    return (
      <progress
        max={1}
        value={upload.progress}
        aria-label={t("registry.upload.progress", { name: upload.name })}
      />
    );
  if (upload.state === "failed")
    return (
      <p className="error" role="alert">
        {t("registry.upload.failed", { name: upload.name, detail: upload.detail })}
      </p>
    );
  const { list, badRows } = upload.outcome;
  return (
    <div data-testid="registry-upload-result" aria-live="polite">
      <p className="ok">
        {t("registry.upload.done", {
          name: list.name,
          n: formatNumber(list.recordCount),
          access: list.access,
        })}
      </p>
      {badRows.length > 0 && (
        <>
          <p className="error">{t("registry.upload.bad", { n: badRows.length })}</p>
          <ul className="bad-rows" data-testid="registry-bad-rows">
            {badRows.map((b) => (
              <li key={b.line}>
                {t("registry.upload.badRow", { line: b.line, reason: b.reason })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
