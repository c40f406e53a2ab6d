/**
 * Editing a source's details: the describing fields, kind and access, with a reason kept in the
 * history. The edit names the version it was made on, so a newer version saved meanwhile by
 * someone else is reported (409) rather than overwritten; the server's complaint about a field is
 * shown under that field. After a conflict, "Reload the source" keeps the form open but disabled
 * until the newer version has arrived; the page then makes the form again from it (it is keyed by
 * the version), so a quick edit never sends the stale version.
 */
import { type FormEvent, useState } from "react";
import { SOURCE_KINDS } from "../../../core/model/source-kind.js";
import { ApiError, messageOf, patchJson } from "../../api/client.js";
import type { SourceDetail, SourceSummary } from "../../api/types.js";
import { AccessSelect } from "../../components/access-select.js";
import {
  draftPatch,
  FieldError,
  type MetadataDraft,
  MetadataFields,
} from "../../components/metadata-fields.js";
import { t } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

function draftOf(s: SourceDetail): MetadataDraft {
  return {
    title: s.title,
    organisation: s.organisation ?? "",
    authors: s.authors.join("; "),
    published: s.published?.iso ?? "",
    language: s.language ?? "",
    affiliation: s.affiliation ?? "",
    caseId: s.caseId ?? "",
  };
}

type State =
  | { kind: "editing" }
  | { kind: "saving" }
  | { kind: "conflict" }
  | { kind: "reloading" }
  | { kind: "failed"; message: string };

export function SourceEdit({
  source,
  onClose,
  onSaved,
  onReload,
}: {
  source: SourceDetail;
  onClose: () => void;
  /** After a save, with the version saved: the page reads the source again. */
  onSaved: (version: number) => void;
  /** After a conflict: the page reads the source again, and makes this form anew from it. */
  onReload: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(source));
  const [kind, setKind] = useState(source.kind);
  const [access, setAccess] = useState(source.access);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [state, setState] = useState<State>({ kind: "editing" });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setState({ kind: "saving" });
    try {
      const saved = await patchJson<SourceSummary>(
        `/api/sources/${encodeURIComponent(source.id)}`,
        {
          ...draftPatch(draft),
          kind,
          access,
          reason: reason.trim() || null,
          version: source.version,
        },
      );
      onSaved(saved.version);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setState({ kind: "conflict" });
      else if (error instanceof ApiError && error.field) {
        setErrors({ [error.field]: messageOf(error) });
        setState({ kind: "editing" });
      } else setState({ kind: "failed", message: messageOf(error) });
    }
  };

  const busy = state.kind === "saving" || state.kind === "reloading";
  return (
    <form
      className="source-edit"
      onSubmit={save}
      data-testid="source-edit"
      aria-busy={busy}
      noValidate
    >
      <h3>{t("edit.title")}</h3>
      {/* One switch for every field while the form waits for the server (display: contents). */}
      <fieldset disabled={state.kind === "reloading"}>
        <MetadataFields idPrefix="edit" draft={draft} onChange={setDraft} errors={errors} />
        <label className={errors.kind ? "invalid" : undefined}>
          {t("source.kind")}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {term("sourceKind", k)}
              </option>
            ))}
          </select>
          <FieldError id="edit-kind" error={errors.kind} />
        </label>
        <AccessSelect label={t("source.access")} value={access} onChange={setAccess} />
        <FieldError id="edit-access" error={errors.access} />
        <label>
          {t("edit.reason")}
          <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      </fieldset>
      {state.kind === "conflict" && (
        <p className="error" role="alert" data-testid="edit-conflict">
          {t("edit.conflict")}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setState({ kind: "reloading" });
              onReload();
            }}
          >
            {t("edit.reload")}
          </button>
        </p>
      )}
      {state.kind === "failed" && (
        <p className="error" role="alert">
          {t("edit.failed", { detail: state.message })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {state.kind === "saving"
            ? t("edit.saving")
            : state.kind === "reloading"
              ? t("state.loading")
              : t("edit.save")}
        </button>
        <button type="button" onClick={onClose}>
          {t("edit.cancel")}
        </button>
      </div>
    </form>
  );
}
