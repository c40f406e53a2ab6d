/**
 * The access-level choice of an upload or edit form. Each level is named in the reader's words
 * with who may read it, so choosing public is a deliberate act with its consequence in view.
 */
import { ACCESS_LEVELS } from "../../core/model/access.js";
import { type MessageKey, t } from "../i18n/i18n.js";
import { term } from "../i18n/terms.js";

export function AccessSelect({
  label,
  value,
  onChange,
  name = "access",
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's name, and the prefix of its explanation's id (two choices may share a page). */
  name?: string;
}) {
  return (
    <label>
      {label}
      <select
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${name}-who`}
      >
        {ACCESS_LEVELS.map((a) => (
          <option key={a} value={a}>
            {term("access", a)}
          </option>
        ))}
      </select>
      <span id={`${name}-who`} className="muted small" data-testid={`${name}-who`}>
        {t(`access.who.${value}` as MessageKey)}
      </span>
    </label>
  );
}
