/**
 * Attaching a transcript to a recording from its page: a WebVTT or SRT file chosen or its text
 * pasted, and the language it is written in when not the recording's. The server decides the
 * format by the text and names the line at fault; each problem is shown at its field.
 */
import { type FormEvent, useState } from "react";
import { ApiError, messageOf, postJson } from "../../../api/client.js";
import { FileInput } from "../../../components/file-input.js";
import { t } from "../../../i18n/i18n.js";
import { FieldError } from "../../review/correct-field.js";

/** The request fields the server may name, shown at the form's own fields. */
const AT_FIELD: Record<string, string> = { file: "text", text: "text", language: "language" };

export function TranscriptForm(p: { sourceId: string; onAttached: () => void }) {
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");
  const [language, setLanguage] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attached, setAttached] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    setAttached(null);
    if (text.trim() === "") {
      setErrors({ text: t("media.transcript.empty") });
      return;
    }
    setBusy(true);
    try {
      const out = await postJson<{ cues: number }>(
        `/api/sources/${encodeURIComponent(p.sourceId)}/transcripts`,
        {
          fileName: fileName || "pasted-transcript.txt",
          text,
          ...(language.trim() ? { language: language.trim() } : {}),
        },
      );
      setAttached(out.cues);
      setText("");
      setFileName("");
      p.onAttached();
    } catch (error) {
      const field = error instanceof ApiError ? (error.field ?? "") : "";
      setErrors({ [AT_FIELD[field] ?? ""]: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const invalid = (name: string) => (errors[name] ? "invalid" : undefined);
  const described = (name: string) => (errors[name] ? `error-${name}` : undefined);
  return (
    <form
      className="correct-form transcript-form"
      onSubmit={submit}
      aria-labelledby="transcript-add-h"
      noValidate
    >
      <h3 id="transcript-add-h">{t("media.transcript.add")}</h3>
      <label>
        {t("media.transcript.file")}
        <FileInput
          accept=".vtt,.srt,text/vtt,application/x-subrip,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileName(file.name);
            setText(await file.text());
          }}
        />
      </label>
      <label className={invalid("text")}>
        {t("media.transcript.text")}
        <textarea
          name="text"
          rows={6}
          value={text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={described("text")}
          onChange={(e) => setText(e.target.value)}
        />
        <FieldError name="text" error={errors.text} />
      </label>
      <label className={invalid("language")}>
        {t("media.transcript.language")}
        <input
          name="language"
          value={language}
          aria-invalid={errors.language ? true : undefined}
          aria-describedby={errors.language ? "error-language" : "transcript-language-hint"}
          onChange={(e) => setLanguage(e.target.value)}
        />
        <span id="transcript-language-hint" className="muted small">
          {t("media.transcript.language.hint")}
        </span>
        <FieldError name="language" error={errors.language} />
      </label>
      <FieldError name="" error={errors[""]} />
      <button type="submit" disabled={busy}>
        {t("media.transcript.submit")}
      </button>
      {attached !== null && (
        <p role="status" data-testid="transcript-attached">
          {t("media.transcript.attached", { n: attached })}
        </p>
      )}
    </form>
  );
}
