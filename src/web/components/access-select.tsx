/** The access-level choice of an upload form: public, restricted or confidential. */
import { ACCESS_LEVELS } from "../../core/model/access.js";

export function AccessSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select name="access" value={value} onChange={(e) => onChange(e.target.value)}>
        {ACCESS_LEVELS.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
    </label>
  );
}
