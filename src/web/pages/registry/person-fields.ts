/** Person fields in the order a reader expects them (given name before surname, then dates). */
import { PERSON_FIELDS } from "../../../core/linkage/person-table.js";
import { tMaybe } from "../../i18n/i18n.js";

const rank = (f: string) => {
  const i = (PERSON_FIELDS as readonly string[]).indexOf(f);
  return i < 0 ? PERSON_FIELDS.length : i;
};

/** Distinct fields, known ones in PERSON_FIELDS order, any other after them by name. */
export function inFieldOrder(fields: readonly string[]): string[] {
  return [...new Set(fields)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A field's label; a column the importer kept under its own header is shown as that header. */
export function fieldLabel(field: string): string {
  return tMaybe(`registry.field.${field}`) ?? field;
}
