/**
 * Encoding a person table into typed arrays: names split and folded, sex, years and dates parsed,
 * places folded, identifiers normalised. Everything later works on these integers.
 */
import { foldText } from "../names/fold.js";
import { patronymicFather, splitFullName } from "../names/split-name.js";
import { Dictionary, MISSING } from "./dictionary.js";
import { type NameCodes, NameEncoder, NameForms } from "./encode-names.js";
import { parseDate, parseInteger, parseSex } from "./parse-values.js";
import type { PersonTable } from "./person-table.js";

export interface TextCodes {
  readonly key: Int32Array;
  readonly codes: Uint16Array;
  readonly offsets: Int32Array;
}

export interface EncodedRecords {
  readonly size: number;
  readonly listOf: Int32Array;
  readonly given?: NameCodes;
  readonly surname?: NameCodes;
  readonly patronymic?: NameCodes;
  /** 0 unknown, 1 male, 2 female. */
  readonly sex?: Int8Array;
  /** Birth year (from birth year, birth date, or age at `ageYear`); MISSING when unknown. */
  readonly year?: Int32Array;
  /** Age as written, for records whose birth year is unknown and no `ageYear` was given. */
  readonly age?: Int32Array;
  /** Full birth date as yyyymmdd; MISSING unless day and month are known. */
  readonly date?: Int32Array;
  readonly place?: TextCodes;
  readonly address?: TextCodes;
  readonly postcode?: Int32Array;
  readonly identifier?: Int32Array;
  readonly extra: ReadonlyArray<{ readonly name: string; readonly codes: TextCodes }>;
}

export interface EncodeOptions {
  /** Year in which ages were recorded (the event year); turns ages into birth years. */
  readonly ageYear?: number;
}

function encodeText(
  values: readonly (string | undefined)[] | undefined,
  size: number,
): TextCodes | undefined {
  if (!values) return undefined;
  const dict = new Dictionary();
  const key = new Int32Array(size).fill(MISSING);
  const cache = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const v = values[i];
    if (!v) continue;
    let id = cache.get(v);
    if (id === undefined) {
      id = dict.intern(foldText(v).replace(/ /g, ""));
      cache.set(v, id);
    }
    key[i] = id;
  }
  const frozen = dict.freeze();
  return { key, codes: frozen.codes, offsets: frozen.offsets };
}

function encodeExact(
  values: readonly (string | undefined)[] | undefined,
  size: number,
): Int32Array | undefined {
  if (!values) return undefined;
  const dict = new Dictionary();
  const key = new Int32Array(size).fill(MISSING);
  for (let i = 0; i < size; i++)
    key[i] = dict.intern((values[i] ?? "").replace(/[^\p{L}\p{N}]/gu, "").toUpperCase());
  return key;
}

const has = (table: PersonTable, ...fields: (keyof PersonTable["columns"])[]) =>
  fields.some((f) => table.columns[f] !== undefined);

/** Encodes every record of the table. Pure; cost is linear in the number of records. */
export function encodeRecords(table: PersonTable, options: EncodeOptions = {}): EncodedRecords {
  const size = table.ids.length;
  const c = table.columns;
  const names = has(table, "given", "surname", "patronymic", "full_name");
  const forms = new NameForms();
  const given = new NameEncoder(size, forms);
  const surname = new NameEncoder(size, forms);
  const patronymic = new NameEncoder(size, forms);
  const sex = new Int8Array(size);
  const year = new Int32Array(size).fill(MISSING);
  const age = new Int32Array(size).fill(MISSING);
  const date = new Int32Array(size).fill(MISSING);
  for (let i = 0; i < size; i++) {
    let g = c.given?.[i];
    let s = c.surname?.[i];
    let p = c.patronymic?.[i];
    let hint: "M" | "F" | undefined;
    const full = c.full_name?.[i];
    if (full && !g && !s) {
      const parts = splitFullName(full);
      g = parts.given;
      s = parts.surname;
      p = p || parts.patronymic;
      hint = parts.sex;
    } else if (p) {
      const father = patronymicFather(p);
      p = father.father;
      hint = father.sex;
    }
    let gid = forms.rawId(g);
    let sid = forms.rawId(s);
    // A surname in the given-name column and the other way round: swap them back.
    if (!forms.isSurname(sid) && sid !== MISSING && forms.isSurname(gid)) {
      [gid, sid] = [sid, gid];
    }
    given.set(i, gid);
    surname.set(i, sid);
    patronymic.set(i, forms.rawId(p));
    let sx = parseSex(c.sex?.[i]);
    if (sx === 0 && hint) sx = hint === "M" ? 1 : 2;
    if (sx === 0) sx = forms.sexOf(sid);
    sex[i] = sx;
    const d = parseDate(c.birth_date?.[i]);
    if (d && d.month > 0) date[i] = d.year * 10000 + d.month * 100 + d.day;
    const a = parseInteger(c.age?.[i], 0, 130);
    const y = parseInteger(c.birth_year?.[i], 1800, 2100) ?? d?.year;
    if (y !== undefined) year[i] = y;
    else if (a !== undefined && options.ageYear !== undefined) year[i] = options.ageYear - a - 1;
    if (a !== undefined) age[i] = a;
  }
  return {
    size,
    listOf: Int32Array.from(table.listOf),
    ...(names && {
      given: given.finish(),
      surname: surname.finish(),
      patronymic: patronymic.finish(),
    }),
    ...(has(table, "sex", "full_name", "patronymic", "surname") && { sex }),
    ...(has(table, "birth_year", "birth_date", "age") && { year }),
    ...(has(table, "age") && options.ageYear === undefined && { age }),
    ...(has(table, "birth_date") && { date }),
    ...optional("place", encodeText(c.place, size)),
    ...optional("address", encodeText(c.address, size)),
    ...optional("postcode", encodeExact(c.postcode, size)),
    ...optional("identifier", encodeExact(c.identifier, size)),
    extra: Object.entries(table.extra ?? {}).map(([name, values]) => ({
      name,
      codes: encodeText(values, size)!,
    })),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
