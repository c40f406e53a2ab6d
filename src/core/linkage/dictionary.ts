/**
 * Interning strings as integer ids, with the characters of every distinct string in one flat code
 * array for Jaro–Winkler, and a count per id for term-frequency adjustment.
 */

export const MISSING = -1;

export class Dictionary {
  private readonly index = new Map<string, number>();
  private codes = new Uint16Array(1024);
  private starts: number[] = [0];
  private length = 0;
  readonly counts: number[] = [];

  /** The id of a string, adding it when new. Empty strings are MISSING. */
  intern(value: string): number {
    if (value.length === 0) return MISSING;
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.counts.length;
      this.index.set(value, id);
      this.counts.push(0);
      this.append(value);
    }
    this.counts[id]!++;
    return id;
  }

  private append(value: string): void {
    while (this.length + value.length > this.codes.length) {
      const bigger = new Uint16Array(this.codes.length * 2);
      bigger.set(this.codes);
      this.codes = bigger;
    }
    for (let i = 0; i < value.length; i++) this.codes[this.length + i] = value.charCodeAt(i);
    this.length += value.length;
    this.starts.push(this.length);
  }

  get size(): number {
    return this.counts.length;
  }

  /** Frozen views for the comparison loop: codes of id k are codes[offsets[k], offsets[k+1]). */
  freeze(): { codes: Uint16Array; offsets: Int32Array; counts: Int32Array } {
    return {
      codes: this.codes.subarray(0, this.length),
      offsets: Int32Array.from(this.starts),
      counts: Int32Array.from(this.counts),
    };
  }
}
