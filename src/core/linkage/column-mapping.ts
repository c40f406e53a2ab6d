/**
 * Which CSV column holds which person field, guessed from header names in English, Azerbaijani
 * and Russian, and overridable by the user (`--map surname=Soyad`, `--ignore notes`).
 */
import { foldText } from "../names/fold.js";
import { PERSON_FIELDS, type PersonField } from "./person-table.js";

/** Header spellings per field, as they appear folded (see foldText). */
const HEADER_WORDS: Readonly<Record<PersonField, readonly string[]>> = {
  given: [
    "given",
    "given name",
    "first name",
    "firstname",
    "forename",
    "name first",
    "ad",
    "imya",
    "ism",
  ],
  patronymic: [
    "patronymic",
    "father",
    "father name",
    "fathers name",
    "ata adi",
    "otcestvo",
    "middle name",
  ],
  surname: [
    "surname",
    "last name",
    "lastname",
    "family name",
    "soiad",
    "soyad",
    "familiia",
    "familia",
  ],
  full_name: [
    "full name",
    "fullname",
    "name",
    "fio",
    "ad soiad",
    "ad soyad",
    "soyad ad",
    "ad soiad ata adi",
    "victim",
  ],
  sex: ["sex", "gender", "cins", "pol"],
  birth_date: ["birth date", "date of birth", "dob", "dogum tarixi", "data rojdeniia", "born"],
  birth_year: ["birth year", "year of birth", "yob", "dogum ili", "god rojdeniia"],
  age: ["age", "yaw", "yas", "vozrast"],
  place: [
    "place",
    "village",
    "settlement",
    "town",
    "residence",
    "kand",
    "yawayiw yeri",
    "mesto",
    "naselennii punkt",
  ],
  address: ["address", "unvan", "adres"],
  postcode: ["postcode", "postal code", "zip", "pocht indeks", "indeks"],
  identifier: ["identifier", "passport", "national id", "pin", "fin", "document", "sanad"],
};

const LOOKUP = new Map<string, PersonField>();
for (const field of PERSON_FIELDS) {
  LOOKUP.set(field.replace("_", " "), field);
  for (const word of HEADER_WORDS[field]) LOOKUP.set(foldText(word), field);
}

export interface ColumnMapping {
  /** Field → column index. */
  readonly fields: { readonly [F in PersonField]?: number };
  /** Columns compared as generic text: header → index. */
  readonly extra: Readonly<Record<string, number>>;
  /** Column holding the record identifier, when there is one. */
  readonly id?: number;
}

export interface MappingOverrides {
  /** field → header, e.g. { surname: "Soyad" }. */
  readonly map?: Readonly<Partial<Record<PersonField, string>>>;
  readonly ignore?: readonly string[];
  /** Header of the identifier column; default "id" when present. */
  readonly id?: string;
  /** Keep unmapped columns as generic text fields (default false: ignore them). */
  readonly keepUnmapped?: boolean;
}

/**
 * Maps header names to person fields. Explicit overrides win; then exact header spellings in the
 * three languages; columns left over are ignored or kept as generic text.
 */
export function mapColumns(
  header: readonly string[],
  overrides: MappingOverrides = {},
): ColumnMapping {
  const folded = header.map((h) => foldText(h.replace(/_/g, " ")));
  const ignore = new Set((overrides.ignore ?? []).map((h) => foldText(h)));
  const fields: { [F in PersonField]?: number } = {};
  const taken = new Set<number>();
  const idHeader = foldText(overrides.id ?? "id");
  const idIndex = folded.indexOf(idHeader);
  if (overrides.id !== undefined && idIndex < 0)
    throw new Error(`no column "${overrides.id}" for record ids`);
  if (idIndex >= 0) taken.add(idIndex);
  for (const [field, name] of Object.entries(overrides.map ?? {}) as [PersonField, string][]) {
    const index = folded.indexOf(foldText(name));
    if (index < 0) throw new Error(`no column "${name}" to map to ${field}`);
    fields[field] = index;
    taken.add(index);
  }
  folded.forEach((h, index) => {
    if (taken.has(index) || ignore.has(h)) return;
    const field = LOOKUP.get(h);
    if (field !== undefined && fields[field] === undefined) {
      fields[field] = index;
      taken.add(index);
    }
  });
  const extra: Record<string, number> = {};
  if (overrides.keepUnmapped) {
    folded.forEach((h, index) => {
      if (!taken.has(index) && !ignore.has(h)) extra[header[index]!] = index;
    });
  }
  return idIndex >= 0 ? { fields, extra, id: idIndex } : { fields, extra };
}
