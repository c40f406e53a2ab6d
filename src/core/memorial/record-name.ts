/**
 * The name a registry record gives, as one string: its full-name field, or given name,
 * patronymic and surname in that order. Empty when the record names nobody.
 * @example recordName({ surname: "Qəmbərova", given: "Aysel" }) === "Aysel Qəmbərova"
 */
export function recordName(fields: Readonly<Record<string, string>>): string {
  const full = fields.full_name?.trim();
  if (full) return full.replace(/\s+/g, " ");
  return [fields.given, fields.patronymic, fields.surname]
    .map((p) => p?.trim() ?? "")
    .filter((p) => p !== "")
    .join(" ");
}
