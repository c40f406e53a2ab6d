/** Shortening of one-line labels (titles) without cutting a word or a surrogate pair in half. */
import { isWhitespaceCode } from "./whitespace.js";

/**
 * `text` when it fits in `maxChars`, else cut at the last space that leaves at least half of
 * the budget (else hard) and ended with "…"; the result never exceeds `maxChars`.
 * @example truncateLabel("The events in Khojaly", 12) // "The events…"
 */
export function truncateLabel(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = maxChars - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  for (let i = cut; i > maxChars / 2; i--) {
    if (isWhitespaceCode(text.charCodeAt(i))) {
      cut = i;
      break;
    }
  }
  let end = cut;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}
