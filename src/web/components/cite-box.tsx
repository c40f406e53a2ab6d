/**
 * The Cite action: a source, a passage or a claim as a citation in plain text, CSL-JSON or
 * BibTeX, fetched from the API only when opened, with a button that copies it.
 */
import { useState } from "react";
import { useApi } from "../api/use-api.js";
import { t } from "../i18n/i18n.js";
import { LoadState } from "./load-state.js";

const FORMATS = ["text", "csl-json", "bibtex"] as const;
type Format = (typeof FORMATS)[number];

function Citation({ id }: { id: string }) {
  const [format, setFormat] = useState<Format>("text");
  const [copied, setCopied] = useState(false);
  const loaded = useApi<{ text: string }>(`/api/cite/${encodeURIComponent(id)}?format=${format}`);
  return (
    <div className="cite-body">
      <label className="inline-field small">
        {t("cite.format")}
        <select
          value={format}
          onChange={(e) => {
            setFormat(e.target.value as Format);
            setCopied(false);
          }}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`cite.format.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <LoadState loaded={loaded}>
        {(c) => (
          <>
            <pre className="citation-text" data-testid="citation-text">
              {c.text}
            </pre>
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(c.text).then(() => setCopied(true));
              }}
            >
              {copied ? t("cite.copied") : t("cite.copy")}
            </button>
          </>
        )}
      </LoadState>
    </div>
  );
}

export function CiteBox({ id, label }: { id: string; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="cite-box"
      data-testid="cite-box"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{label}</summary>
      {open && <Citation id={id} />}
    </details>
  );
}
