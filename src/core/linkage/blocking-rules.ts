/**
 * Blocking rules: only records that agree on every part of some rule are compared. Several rules
 * are unioned so that an error in one field (a typo, a year off by one) does not hide a match.
 * Years are blocked in four-year bins on two grids offset by two, so that births two years apart
 * always share a bin in one of them.
 */
import { MISSING } from "./dictionary.js";
import type { EncodedRecords } from "./encode.js";

export type BlockPart =
  | "surname"
  | "given"
  | "patronymic"
  | "surname_key"
  | "given_key"
  | "patronymic_key"
  /** Given name and surname as an unordered pair of sounds: the same for a record whose clerk
   * swapped the two columns (Memmedov Ramilali / Ramilali Memadov). */
  | "names"
  | "year_bin"
  | "year_bin_shifted"
  | "birth_date"
  | "place"
  | "identifier";

export interface BlockingRule {
  readonly name: string;
  readonly parts: readonly BlockPart[];
  /** Blocks larger than this are skipped; rules on common names alone need a small cap. */
  readonly maxBlockSize?: number;
  /**
   * A rule meant for records that lack this part pairs only those records (with any record):
   * pairs where both have it are met, or rightly not met, by the rules that use it. Left open,
   * such a rule compares every namesake born in the same years (29 M extra pairs at 1,000,000
   * records, for a few hundred true pairs) and its flood drowns the estimates.
   */
  readonly forRecordsWithout?: BlockPart;
}

/** The comparison fields each block part constrains (for EM sessions that leave them out). */
export const PART_FIELDS: Readonly<Record<BlockPart, readonly string[]>> = {
  surname: ["surname"],
  given: ["given"],
  patronymic: ["patronymic"],
  surname_key: ["surname"],
  given_key: ["given"],
  patronymic_key: ["patronymic"],
  names: ["given", "surname"],
  year_bin: ["birth"],
  year_bin_shifted: ["birth"],
  birth_date: ["birth"],
  place: ["place"],
  identifier: ["identifier"],
};

const rule = (...parts: BlockPart[]): BlockingRule => ({ name: parts.join("+"), parts });
const capped = (maxBlockSize: number, ...parts: BlockPart[]): BlockingRule => ({
  name: parts.join("+"),
  parts,
  maxBlockSize,
});

/** A rule for records that lack `part`: it pairs only those, each with any record. */
const without = (part: BlockPart, r: BlockingRule): BlockingRule => ({
  ...r,
  name: `${r.name} (without ${part})`,
  forRecordsWithout: part,
});

export const DEFAULT_RULES: readonly BlockingRule[] = [
  rule("surname", "given", "year_bin"),
  rule("surname", "given", "year_bin_shifted"),
  rule("given", "patronymic", "year_bin"),
  rule("given", "patronymic", "year_bin_shifted"),
  rule("surname", "patronymic", "year_bin"),
  rule("surname", "patronymic", "year_bin_shifted"),
  rule("surname_key", "given_key", "patronymic_key"),
  rule("surname", "given", "patronymic"),
  rule("surname", "given", "birth_date"),
  rule("identifier"),
  rule("given", "birth_date"),
  rule("surname", "birth_date"),
  // Given name and surname both misspelt, or swapped between columns: the father and the date.
  rule("patronymic", "birth_date"),
  // Records without year or patronymic meet only here; common names are left out by the cap.
  capped(100, "surname", "given"),
  // A record without a given name meets its pair by surname sound and a birth year within two:
  // the phonetic surname key crosses alphabets (Həsənov, Гасанов, Gasanov share it).
  without("given", capped(200, "surname", "year_bin")),
  without("given", capped(200, "surname", "year_bin_shifted")),
  // A record without a birth year meets its pair by surname and father's name, so that a
  // misspelt given name does not hide it: every other rule needs the year or the given name.
  // (At 300,000 generated records: recall 0.944 -> 0.949, precision 0.977 -> 0.976, 7% more pairs.)
  without("year_bin", capped(200, "surname", "patronymic")),
  capped(100, "given", "patronymic"),
  // Given name and surname swapped between the columns: no rule above meets such a pair unless
  // the two names sound alike (a third of the true pairs blocking missed at 300,000 records).
  // Pairs written the normal way are claimed by the first rule, so this costs few new pairs.
  rule("names", "year_bin"),
  rule("names", "patronymic"),
];

/** Rules without years or patronymics, for lists that have only names. */
export const NAME_ONLY_RULES: readonly BlockingRule[] = [
  capped(2000, "surname", "given"),
  rule("given", "surname_key"),
];

function bin(year: Int32Array, shift: number): Int32Array {
  return year.map((y) => (y === MISSING ? MISSING : Math.floor((y + shift) / 4)));
}

/** One id per record for the unordered pair (a, b); MISSING when either is missing. */
function unorderedPair(a: Int32Array, b: Int32Array): Int32Array {
  return a.map((x, i) => {
    const y = b[i]!;
    if (x === MISSING || y === MISSING) return MISSING;
    const [lo, hi] = x < y ? [x, y] : [y, x];
    // Collisions only put unrelated records in one block, where they are compared in vain.
    const h = Math.imul(lo, 0x9e3779b1) ^ hi;
    return h === MISSING ? 0 : h;
  });
}

/** The integer column behind a block part, or undefined when the records lack it. */
export function partColumn(e: EncodedRecords, part: BlockPart): Int32Array | undefined {
  switch (part) {
    case "surname":
      return e.surname?.phon;
    case "given":
      return e.given?.phon;
    case "patronymic":
      return e.patronymic?.phon;
    case "surname_key":
      return e.surname?.key;
    case "given_key":
      return e.given?.key;
    case "patronymic_key":
      return e.patronymic?.key;
    case "names":
      return e.given && e.surname && unorderedPair(e.given.phon, e.surname.phon);
    case "year_bin":
      return e.year && bin(e.year, 0);
    case "year_bin_shifted":
      return e.year && bin(e.year, 2);
    case "birth_date":
      return e.date;
    case "place":
      return e.place?.key;
    case "identifier":
      return e.identifier;
  }
}

/**
 * Hashed block key per record for a rule (MISSING when any part is missing), or undefined when
 * the records lack a part entirely.
 */
export function blockKeys(e: EncodedRecords, r: BlockingRule): Int32Array | undefined {
  const columns = r.parts.map((p) => partColumn(e, p));
  if (columns.some((c) => c === undefined)) return undefined;
  const cols = columns as Int32Array[];
  const keys = new Int32Array(e.size);
  for (let i = 0; i < e.size; i++) {
    let h = 0x2545f491;
    let missing = false;
    for (let c = 0; c < cols.length; c++) {
      const v = cols[c]![i]!;
      if (v === MISSING) {
        missing = true;
        break;
      }
      h = Math.imul(h ^ (v + c * 0x3c6ef372), 0xcc9e2d51);
      h = Math.imul((h << 15) | (h >>> 17), 0x1b873593);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    // Hashes never equal MISSING: fold the one colliding value away.
    keys[i] = missing ? MISSING : h === MISSING ? 0 : h;
  }
  return keys;
}

/**
 * Per record, 1 when a rule with `forRecordsWithout` may pair it (it lacks that part), else 0;
 * undefined for a rule open to every record. Records lack a part the table has no column for.
 */
export function eligibleRecords(e: EncodedRecords, r: BlockingRule): Uint8Array | undefined {
  if (r.forRecordsWithout === undefined) return undefined;
  const column = partColumn(e, r.forRecordsWithout);
  if (!column) return new Uint8Array(e.size).fill(1);
  return Uint8Array.from(column, (v) => (v === MISSING ? 1 : 0));
}
