/**
 * Comparison levels per field, Fellegi–Sunter style: each comparator maps a record pair to one of
 * a few ordered levels (agreement to disagreement), or to "missing" (index = levels.length) when
 * either record lacks the field. Everything reads typed arrays; nothing allocates per pair.
 */
import { MISSING } from "./dictionary.js";
import type { EncodedRecords, TextCodes } from "./encode.js";
import type { NameCodes } from "./encode-names.js";
import { jaroWinkler } from "./jaro-winkler.js";
import { termWeights } from "./term-frequencies.js";

export interface Comparator {
  /** Field name, as blocking rules and reports refer to it. */
  readonly field: string;
  /** Labels of the valid levels, most similar first. */
  readonly levels: readonly string[];
  level(i: number, j: number): number;
  /**
   * Term-frequency adjustment of this pair's weight at this level, in nats (see
   * term-frequencies.ts): how much rarer or commoner than average the value they agree on is; 0
   * at levels that are not an agreement on one value.
   */
  termWeight?(i: number, j: number, level: number): number;
}

/** Level of name a[i] against name b[j] (two fields of one table share their forms). */
function nameLevel(a: NameCodes, i: number, b: NameCodes, j: number): number {
  const ki = a.key[i]!;
  const kj = b.key[j]!;
  if (ki === MISSING || kj === MISSING) return 6;
  if (a.raw[i] === b.raw[j]) return 0;
  if (ki === kj) return 1;
  if (a.phon[i] === b.phon[j]) return 2;
  const { codes, offsets } = a;
  const jw = jaroWinkler(codes, offsets[ki]!, offsets[ki + 1]!, offsets[kj]!, offsets[kj + 1]!);
  return jw >= 0.92 ? 3 : jw >= 0.85 ? 4 : 5;
}

/**
 * Whether record j has given name and surname the other way round from record i (a clerk's
 * swap the encoder could not undo: both forms look like given names, or both like surnames).
 */
function reversed(surname: NameCodes, given: NameCodes, i: number, j: number): boolean {
  return nameLevel(surname, i, given, j) <= 4 && nameLevel(given, i, surname, j) <= 4;
}

/**
 * Names: exact, same fold, same phonetic key, Jaro–Winkler bands on the fold, different. An
 * agreement is weighed by how common the name is: the fold's share where the folds agree, the
 * phonetic key's share (every spelling of the name together) where only the keys agree. Of the
 * two records, the commoner reading counts. `swapWith` is the other field of a given name and
 * surname pair: where both disagree but agree crosswise, the crosswise level counts (Splink's
 * "columns reversed" level), without a frequency weight.
 */
export function nameComparator(
  field: string,
  n: NameCodes,
  sex?: Int8Array,
  swap?: { readonly surname: NameCodes; readonly given: NameCodes },
): Comparator {
  const { key, phon } = n;
  const other = swap && (swap.surname === n ? swap.given : swap.surname);
  const keyWeight = termWeights(key, sex);
  const phonWeight = termWeights(phon, sex);
  return {
    field,
    levels: ["exact", "transliteration", "phonetic", "jw>=0.92", "jw>=0.85", "different"],
    level(i, j) {
      const direct = nameLevel(n, i, n, j);
      if (direct < 4 || direct === 6 || !swap || !other) return direct;
      if (!reversed(swap.surname, swap.given, i, j)) return direct;
      return nameLevel(n, i, other, j);
    },
    termWeight(i, j, level) {
      if (level <= 1) return key[i] === key[j] ? Math.min(keyWeight[i]!, keyWeight[j]!) : 0;
      if (level === 2) return phon[i] === phon[j] ? Math.min(phonWeight[i]!, phonWeight[j]!) : 0;
      return 0;
    },
  };
}

function datesNear(a: number, b: number): boolean {
  const ma = ((a / 100) | 0) % 100;
  const mb = ((b / 100) | 0) % 100;
  const da = a % 100;
  const db = b % 100;
  const sameYear = ((a / 10000) | 0) === ((b / 10000) | 0);
  const transposed = sameYear && ma === db && da === mb;
  return transposed || (sameYear ? 1 : 0) + (ma === mb ? 1 : 0) + (da === db ? 1 : 0) === 2;
}

/**
 * Birth, as precisely as both records know it: full dates (equal, or one part off/transposed);
 * else birth years within age noise; else ages. One comparator, because a date that agrees
 * agrees on its year too and counting both would count the same evidence twice.
 */
export function birthComparator(
  year: Int32Array | undefined,
  date: Int32Array | undefined,
  age: Int32Array | undefined,
): Comparator {
  // Registries heap on some dates and years (1 January, round ages): agreeing there says less.
  const dateWeight = date && termWeights(date, undefined);
  const yearWeight = year && termWeights(year, undefined);
  return {
    field: "birth",
    levels: [
      "same date",
      "near date",
      "same year",
      "1 year apart",
      "2 years apart",
      "3 years apart",
      "different",
    ],
    level(i, j) {
      if (date) {
        const a = date[i]!;
        const b = date[j]!;
        if (a !== MISSING && b !== MISSING) return a === b ? 0 : datesNear(a, b) ? 1 : 6;
      }
      let a = year ? year[i]! : MISSING;
      let b = year ? year[j]! : MISSING;
      if ((a === MISSING || b === MISSING) && age) {
        a = age[i]!;
        b = age[j]!;
      }
      if (a === MISSING || b === MISSING) return 7;
      const d = a > b ? a - b : b - a;
      // Ages are written with a year or two of noise, and turning an age into a birth year adds
      // one more: three apart is still weak evidence of the same person.
      return d <= 3 ? 2 + d : 6;
    },
    termWeight(i, j, level) {
      if (level === 0 && dateWeight) return Math.min(dateWeight[i]!, dateWeight[j]!);
      // "Same year" from birth years (not from ages, whose years the weights do not cover).
      if (level === 2 && yearWeight && year![i] === year![j])
        return Math.min(yearWeight[i]!, yearWeight[j]!);
      return 0;
    },
  };
}

export function sexComparator(sex: Int8Array): Comparator {
  return {
    field: "sex",
    levels: ["same", "different"],
    level(i, j) {
      const a = sex[i]!;
      const b = sex[j]!;
      if (a === 0 || b === 0) return 2;
      return a === b ? 0 : 1;
    },
  };
}

/** Free text (place, address, unmapped columns): same fold, close fold, different. */
export function textComparator(field: string, t: TextCodes): Comparator {
  const { key, codes, offsets } = t;
  // The town most victims came from is weak evidence; a village few lived in is strong.
  const weight = termWeights(key, undefined);
  return {
    field,
    levels: ["exact", "jw>=0.88", "different"],
    level(i, j) {
      const a = key[i]!;
      const b = key[j]!;
      if (a === MISSING || b === MISSING) return 3;
      if (a === b) return 0;
      return jaroWinkler(codes, offsets[a]!, offsets[a + 1]!, offsets[b]!, offsets[b + 1]!) >= 0.88
        ? 1
        : 2;
    },
    termWeight(i, j, level) {
      return level === 0 ? Math.min(weight[i]!, weight[j]!) : 0;
    },
  };
}

/** Identifiers and postcodes: equal or not. */
export function exactComparator(field: string, key: Int32Array): Comparator {
  return {
    field,
    levels: ["exact", "different"],
    level(i, j) {
      const a = key[i]!;
      const b = key[j]!;
      if (a === MISSING || b === MISSING) return 2;
      return a === b ? 0 : 1;
    },
  };
}

/** The comparators for whatever fields the encoded records have. */
export function comparatorsFor(e: EncodedRecords): Comparator[] {
  const out: Comparator[] = [];
  const swap = e.surname && e.given && { surname: e.surname, given: e.given };
  if (e.surname) out.push(nameComparator("surname", e.surname, e.sex, swap || undefined));
  if (e.given) out.push(nameComparator("given", e.given, e.sex, swap || undefined));
  if (e.patronymic) out.push(nameComparator("patronymic", e.patronymic, e.sex));
  if (e.sex) out.push(sexComparator(e.sex));
  if (e.year || e.date || e.age) out.push(birthComparator(e.year, e.date, e.age));
  if (e.place) out.push(textComparator("place", e.place));
  if (e.address) out.push(textComparator("address", e.address));
  if (e.postcode) out.push(exactComparator("postcode", e.postcode));
  if (e.identifier) out.push(exactComparator("identifier", e.identifier));
  for (const x of e.extra) out.push(textComparator(`extra:${x.name}`, x.codes));
  return out;
}
