/**
 * Name columns as integer codes: per record the id of the written form, of its fold and of its
 * phonetic key. Each distinct written form is folded once, however many records share it.
 */
import { foldWord } from "../names/fold.js";
import { looksLikeSurname, surnameEnding } from "../names/name-endings.js";
import { phoneticOfFolded } from "../names/phonetic.js";
import { Dictionary, MISSING } from "./dictionary.js";

export interface NameCodes {
  readonly raw: Int32Array;
  readonly key: Int32Array;
  readonly phon: Int32Array;
  /** Codes of folded keys for Jaro–Winkler: key k is codes[offsets[k], offsets[k+1]). */
  readonly codes: Uint16Array;
  readonly offsets: Int32Array;
}

/**
 * The written forms of names with their folds and phonetic keys, shared by the name fields of one
 * table, so that a name in the wrong column (a surname written as the given name) has the same
 * ids there and can be compared across columns.
 */
export class NameForms {
  private readonly rawDict = new Dictionary();
  readonly keyDict = new Dictionary();
  private readonly phonDict = new Dictionary();
  readonly rawToKey: number[] = [];
  readonly rawToPhon: number[] = [];
  private readonly rawIsSurname: boolean[] = [];
  private readonly rawSex: number[] = [];

  /** Interns a written form and returns its raw id (MISSING for blank). */
  rawId(value: string | undefined): number {
    const normal = value ? value.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ") : "";
    const id = this.rawDict.intern(normal);
    if (id !== MISSING && id === this.rawToKey.length) {
      const folded = foldWord(normal);
      this.rawToKey.push(folded ? this.keyDict.intern(folded) : MISSING);
      this.rawToPhon.push(folded ? this.phonDict.intern(phoneticOfFolded(folded)) : MISSING);
      this.rawIsSurname.push(looksLikeSurname(folded));
      const sex = surnameEnding(folded)?.sex;
      this.rawSex.push(sex === "M" ? 1 : sex === "F" ? 2 : 0);
    }
    return id;
  }

  /** Whether the written form with this raw id looks like a surname (-ov, -yev, -li, …). */
  isSurname(rawId: number): boolean {
    return rawId !== MISSING && this.rawIsSurname[rawId] === true;
  }

  /** Sex implied by the surname ending of this written form: 1 male, 2 female, 0 unknown. */
  sexOf(rawId: number): number {
    return rawId === MISSING ? 0 : (this.rawSex[rawId] ?? 0);
  }
}

/** Incremental encoder of one name field; forms may be shared with the table's other names. */
export class NameEncoder {
  readonly raw: Int32Array;
  readonly key: Int32Array;
  readonly phon: Int32Array;

  constructor(
    size: number,
    private readonly forms: NameForms = new NameForms(),
  ) {
    this.raw = new Int32Array(size).fill(MISSING);
    this.key = new Int32Array(size).fill(MISSING);
    this.phon = new Int32Array(size).fill(MISSING);
  }

  /** Stores record i's name by raw id. */
  set(i: number, rawId: number): void {
    this.raw[i] = rawId;
    if (rawId === MISSING) return;
    this.key[i] = this.forms.rawToKey[rawId]!;
    this.phon[i] = this.forms.rawToPhon[rawId]!;
  }

  finish(): NameCodes {
    const frozen = this.forms.keyDict.freeze();
    return {
      raw: this.raw,
      key: this.key,
      phon: this.phon,
      codes: frozen.codes,
      offsets: frozen.offsets,
    };
  }
}
