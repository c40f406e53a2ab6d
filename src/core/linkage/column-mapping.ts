/**
 * Which CSV column holds which person field, guessed from header names in English, Azerbaijani
 * and Russian, and overridable by the user (`--map surname=Soyad`, `--ignore notes`).
 */
import { foldText } from "../names/fold.js";
import { PERSON_FIELDS, type PersonField } from "./person-table.js";

/**
 * Header spellings per field as people write them (English, Azerbaijani in either alphabet,
 * Russian); each is folded (see foldText), so case, diacritics, alphabet and spacing do not matter.
 */
const HEADER_WORDS: Readonly<Record<PersonField, readonly string[]>> = {
  given: [
    "given",
    "given name",
    "first name",
    "forename",
    "name first",
    "Ad",
    "Adı",
    "İsm",
    "Имя",
    "Imya",
  ],
  patronymic: [
    "patronymic",
    "father",
    "father name",
    "father's name",
    "middle name",
    "Ata adı",
    "Atasının adı",
    "Отчество",
    "Otchestvo",
  ],
  surname: ["surname", "last name", "family name", "Soyad", "Soyadı", "Фамилия", "Familiya"],
  full_name: [
    "full name",
    "name",
    "victim",
    "Ad soyad",
    "Soyad ad",
    "Soyadı, adı",
    "Adı, soyadı",
    "Soyadı, adı, atasının adı",
    "Ad soyad ata adı",
    "SAA",
    "ФИО",
    "Ф.И.О.",
    "Фамилия, имя, отчество",
    "Фамилия имя отчество",
  ],
  sex: ["sex", "gender", "Cins", "Cinsi", "Пол"],
  birth_date: [
    "birth date",
    "date of birth",
    "dob",
    "born",
    "Doğum tarixi",
    "Doğulduğu tarix",
    "Дата рождения",
  ],
  birth_year: ["birth year", "year of birth", "yob", "Doğum ili", "Doğulduğu il", "Год рождения"],
  age: ["age", "Yaş", "Yaşı", "Возраст"],
  place: [
    "place",
    "place of birth",
    "birthplace",
    "village",
    "settlement",
    "town",
    "residence",
    "Kənd",
    "Yaşayış yeri",
    "Doğulduğu yer",
    "Doğum yeri",
    "Место рождения",
    "Место жительства",
    "Населённый пункт",
    "Село",
  ],
  address: ["address", "Ünvan", "Адрес"],
  postcode: ["postcode", "postal code", "zip", "Poçt indeksi", "Почтовый индекс", "Индекс"],
  identifier: [
    "identifier",
    "passport",
    "national id",
    "pin",
    "fin",
    "document",
    "Sənəd",
    "Şəxsiyyət vəsiqəsi",
    "Паспорт",
    "Документ",
  ],
};

/** A header's key: folded, underscores and punctuation as spaces, then the spaces dropped. */
export function headerKey(header: string): string {
  return foldText(header.replace(/_/g, " ")).replace(/ /g, "");
}

/**
 * Azerbaijani marks a noun in a heading with a possessive ending (Soyad → Soyadı, Cins → Cinsi,
 * Yaş → Yaşı): a key not found as written is tried once more without it.
 */
function withoutPossessive(key: string): string | null {
  const m = /^(.{2,}?)(s?[iu])$/.exec(key);
  return m ? m[1]! : null;
}

const LOOKUP = new Map<string, PersonField>();
for (const field of PERSON_FIELDS) {
  LOOKUP.set(headerKey(field), field);
  for (const word of HEADER_WORDS[field]) LOOKUP.set(headerKey(word), field);
}

/** The person field a header names, or null when it names none we know. */
export function fieldOfHeader(header: string): PersonField | null {
  const key = headerKey(header);
  const stem = withoutPossessive(key);
  return LOOKUP.get(key) ?? (stem === null ? undefined : LOOKUP.get(stem)) ?? null;
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
  const folded = header.map(headerKey);
  const ignore = new Set((overrides.ignore ?? []).map(headerKey));
  const fields: { [F in PersonField]?: number } = {};
  const taken = new Set<number>();
  const idHeader = headerKey(overrides.id ?? "id");
  const idIndex = folded.indexOf(idHeader);
  if (overrides.id !== undefined && idIndex < 0)
    throw new Error(`no column "${overrides.id}" for record ids`);
  if (idIndex >= 0) taken.add(idIndex);
  for (const [field, name] of Object.entries(overrides.map ?? {}) as [PersonField, string][]) {
    const index = folded.indexOf(headerKey(name));
    if (index < 0) throw new Error(`no column "${name}" to map to ${field}`);
    fields[field] = index;
    taken.add(index);
  }
  folded.forEach((h, index) => {
    if (taken.has(index) || ignore.has(h)) return;
    const field = fieldOfHeader(header[index]!);
    if (field !== null && fields[field] === undefined) {
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
