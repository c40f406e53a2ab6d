/**
 * A file input whose visible words are the page's: Chromium draws "Choose File" and "No file
 * chosen" in the browser's language, not the page's. The native input stays (keyboard, drop,
 * screen readers, tests), transparent over a button and the chosen files' names in the catalogue's
 * words; its label is the field's, as before.
 */
import { type InputHTMLAttributes, useState } from "react";
import { formatList, t } from "../i18n/i18n.js";

export function FileInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const [names, setNames] = useState<string[]>([]);
  return (
    <span className="file-input">
      <input
        {...props}
        type="file"
        onChange={(e) => {
          setNames(Array.from(e.currentTarget.files ?? [], (f) => f.name));
          props.onChange?.(e);
        }}
      />
      <span className="file-input-button" aria-hidden="true">
        {t(props.multiple ? "file.chooseMany" : "file.choose")}
      </span>
      <span className="file-input-chosen" aria-hidden="true">
        {names.length > 0 ? formatList(names) : t(props.multiple ? "file.noneMany" : "file.none")}
      </span>
    </span>
  );
}
