/** The reason field of a review queue (required to reject), reachable from the keyboard shortcuts. */
import type { RefObject } from "react";
import { t } from "../i18n/i18n.js";

export function ReasonInput({
  inputRef,
  value,
  onChange,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="inline-field grow">
      {t("review.reason")}
      <input
        ref={inputRef}
        name="reason"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
