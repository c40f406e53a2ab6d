/**
 * A day typed as the page's language writes it (26.02.1992 in az and ru, 1992-02-26 in en),
 * with the form said beside the field. A browser's date input follows the browser's locale
 * instead of the page's, so a reader of the Azerbaijani page could get an English calendar.
 */
import { useEffect, useId, useState } from "react";
import { type DayOrder, formatDayEntry, parseDayEntry } from "../../core/model/day-entry.js";
import { currentLocale, t } from "../i18n/i18n.js";
import type { Locale } from "../i18n/locales.js";

const ORDER: Readonly<Record<Locale, DayOrder>> = { en: "ymd", az: "dmy", ru: "dmy" };

/**
 * `value` is an ISO day or ""; `onChange` gets the ISO day, "" when the field is emptied, or null
 * while the text is no day (the field then says so when the reader leaves it).
 */
export function DayField(p: {
  name: string;
  label: string;
  value: string;
  onChange: (day: string | null) => void;
  /** A complaint from the server about this field, shown under it. */
  error?: string | undefined;
  /** The complaint's element is `error-<errorName>` (default: the name), as the other fields'. */
  errorName?: string | undefined;
}) {
  const order = ORDER[currentLocale()];
  const [text, setText] = useState(formatDayEntry(p.value, order));
  const [wrong, setWrong] = useState(false);
  const id = useId();
  const errorId = `error-${p.errorName ?? p.name}`;
  // A value changed from outside (the address, a reset after saving) replaces what is shown.
  useEffect(() => {
    setText((shown) =>
      parseDayEntry(shown, order) === p.value ? shown : formatDayEntry(p.value, order),
    );
  }, [p.value, order]);
  const read = (typed: string) => (typed.trim() === "" ? "" : parseDayEntry(typed, order));
  const error = wrong ? t("day.invalid", { text: text.trim() }) : p.error;
  return (
    <label className="day-field">
      {p.label}
      <input
        name={p.name}
        className="day-input"
        autoComplete="off"
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${errorId}` : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const day = read(e.target.value);
          if (day !== null) setWrong(false);
          p.onChange(day);
        }}
        onBlur={() => setWrong(read(text) === null)}
        onKeyDown={(e) => {
          if (e.key === "Enter") setWrong(read(text) === null);
        }}
      />
      <span id={`${id}-hint`} className="muted small day-hint">
        {t(`day.hint.${order}`)}
      </span>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
