/**
 * The describing fields of a source — title, outlet, authors, date, language, affiliation, case —
 * shared by the add-sources form and the source page's edit form. Each shows the server's
 * complaint about it right under it, and says when its value was detected in the file, so the
 * person knows to check it.
 */
import { AFFILIATIONS } from "../../core/case/vocabulary.js";
import { t } from "../i18n/i18n.js";
import { term } from "../i18n/terms.js";
import { useCases } from "./case-context.js";

export interface MetadataDraft {
  title: string;
  organisation: string;
  /** Several separated by ";". */
  authors: string;
  published: string;
  language: string;
  affiliation: string;
  caseId: string;
}

export const EMPTY_DRAFT: MetadataDraft = {
  title: "",
  organisation: "",
  authors: "",
  published: "",
  language: "",
  affiliation: "",
  caseId: "",
};

/** The draft as the API takes it: empty text as null, authors as a list. */
export function draftPatch(d: MetadataDraft) {
  const text = (v: string) => (v.trim() === "" ? null : v.trim());
  return {
    title: d.title.trim(),
    organisation: text(d.organisation),
    authors: d.authors
      .split(";")
      .map((a) => a.trim())
      .filter(Boolean),
    published: text(d.published),
    language: text(d.language),
    affiliation: text(d.affiliation),
    caseId: text(d.caseId),
  };
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span className="field-error" role="alert" id={`${id}-error`}>
      {error}
    </span>
  );
}

type Key = keyof MetadataDraft;

export function MetadataFields({
  idPrefix,
  draft,
  onChange,
  errors,
  detected = {},
}: {
  idPrefix: string;
  draft: MetadataDraft;
  onChange: (draft: MetadataDraft) => void;
  /** The server's complaint per field (its problem's `field`). */
  errors: Partial<Record<string, string>>;
  /** Where a value came from when it was detected: "properties" or "text". */
  detected?: Record<string, string>;
}) {
  const cases = useCases();
  const set = (key: Key, value: string) => onChange({ ...draft, [key]: value });
  const common = (key: Key) => {
    const id = `${idPrefix}-${key}`;
    const error = errors[key];
    return {
      id,
      name: key,
      value: draft[key],
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${id}-error` : undefined,
    };
  };
  const note = (key: Key) => {
    const from = detected[key === "authors" ? "authors" : key];
    if (!from || from === "file name") return null;
    return (
      <span className="muted small detected" data-testid={`detected-${key}`}>
        {t(from === "text" ? "meta.detected.text" : "meta.detected.properties")}
      </span>
    );
  };
  const text = (key: Key, label: string, hint?: string) => (
    <label className={errors[key] ? "invalid" : undefined} htmlFor={`${idPrefix}-${key}`}>
      {label}
      <input {...common(key)} placeholder={hint} onChange={(e) => set(key, e.target.value)} />
      {note(key)}
      <FieldError id={`${idPrefix}-${key}`} error={errors[key]} />
    </label>
  );
  return (
    <div className="metadata-fields">
      {text("title", t("meta.title"))}
      {text("organisation", t("source.organisation"))}
      {text("authors", t("source.authors"), t("meta.authors.hint"))}
      {text("published", t("source.published"), t("meta.published.hint"))}
      {text("language", t("source.language"), t("meta.language.hint"))}
      <label className={errors.affiliation ? "invalid" : undefined}>
        {t("source.affiliation")}
        <select {...common("affiliation")} onChange={(e) => set("affiliation", e.target.value)}>
          <option value="">{t("meta.affiliation.none")}</option>
          {AFFILIATIONS.map((a) => (
            <option key={a} value={a}>
              {term("affiliation", a)}
            </option>
          ))}
        </select>
        <FieldError id={`${idPrefix}-affiliation`} error={errors.affiliation} />
      </label>
      <label className={errors.caseId ? "invalid" : undefined}>
        {t("meta.case")}
        <select {...common("caseId")} onChange={(e) => set("caseId", e.target.value)}>
          <option value="">{t("meta.case.none")}</option>
          {cases.state === "ready" &&
            cases.data.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
        </select>
        <FieldError id={`${idPrefix}-caseId`} error={errors.caseId} />
      </label>
    </div>
  );
}
