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
  /** Records per folded key, and records with the name present: term frequencies. */
  readonly keyCounts: Int32Array;
  readonly present: number;
}

/** Incremental encoder of one name field. */
export class NameEncoder {
  private readonly rawDict = new Dictionary();
  private readonly keyDict = new Dictionary();
  private readonly phonDict = new Dictionary();
  private readonly rawToKey: number[] = [];
  private readonly rawToPhon: number[] = [];
  private readonly rawIsSurname: boolean[] = [];
  private readonly rawSex: number[] = [];
  readonly raw: Int32Array;
  readonly key: Int32Array;
  readonly phon: Int32Array;
  private present = 0;

  constructor(size: number) {
    this.raw = new Int32Array(size).fill(MISSING);
    this.key = new Int32Array(size).fill(MISSING);
    this.phon = new Int32Array(size).fill(MISSING);
  }

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

  /** Stores record i's name by raw id. */
  set(i: number, rawId: number): void {
    this.raw[i] = rawId;
    if (rawId === MISSING) return;
    this.key[i] = this.rawToKey[rawId]!;
    this.phon[i] = this.rawToPhon[rawId]!;
    if (this.key[i] !== MISSING) this.present++;
  }

  finish(): NameCodes {
    const frozen = this.keyDict.freeze();
    // Term frequencies count records, not first sightings: recount from the record array.
    const keyCounts = new Int32Array(this.keyDict.size);
    for (const k of this.key) if (k !== MISSING) keyCounts[k]!++;
    return {
      raw: this.raw,
      key: this.key,
      phon: this.phon,
      codes: frozen.codes,
      offsets: frozen.offsets,
      keyCounts,
      present: this.present,
    };
  }
}
