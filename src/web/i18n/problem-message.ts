/**
 * A problem from the server in the reader's words: its stable code (core/problems) chooses the
 * catalogue's message (`term.problem.<code>`), filled with the problem's values. A type's general
 * code has no specifics of its own, so the server's detail follows it; a code this build does
 * not know (a newer server) is shown as the server's detail alone. The words are the catalogue's
 * "problems" part (apiErrorOf fetches it); the catalogue test holds them to the list of codes,
 * so the list itself need not travel to the browser.
 */
import { currentLocale, formatNumber, type MessageKey, t, tMaybe } from "./i18n.js";

export function problemMessage(
  code: string | null,
  params: Readonly<Record<string, string | number>>,
  detail: string,
): string {
  if (code === null || tMaybe(`term.problem.${code}`) === null) return detail;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params))
    values[name] = typeof value === "number" ? formatNumber(value) : value;
  if (typeof params.type === "string")
    values.type = tMaybe(`term.jsonType.${params.type}`) ?? params.type;
  // Access levels and account roles arrive as codes; say them in the reader's words.
  for (const name of ["level", "source"] as const)
    if (typeof params[name] === "string")
      values[name] = tMaybe(`term.access.${params[name]}`) ?? params[name];
  if (typeof params.role === "string")
    values.role = tMaybe(`term.accountRole.${params.role}`) ?? params.role;
  const text = t(`term.problem.${code}` as MessageKey, values);
  if (code.includes(".")) return text;
  // A general code: English readers get the server's own sentence, others theirs and it.
  return currentLocale() === "en" ? detail : `${text} (${detail})`;
}
