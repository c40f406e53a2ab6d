/**
 * Builds a cleaned text together with, for every character, its offset in the original. Inserted
 * characters (a space between words that PDF extraction joined) take the offset of the original
 * character that follows them, so any span of the cleaned text maps back to a span of the original.
 */
export class OffsetBuilder {
  private readonly chunks: string[] = [];
  private offsets: Int32Array;
  private size = 0;
  private last = "";

  /** `capacity`: how many characters the cleaned text will likely have (it grows past it). */
  constructor(capacity = 1024) {
    this.offsets = new Int32Array(Math.max(16, capacity));
  }

  private reserve(n: number): void {
    if (this.size + n <= this.offsets.length) return;
    let capacity = this.offsets.length * 2;
    while (capacity < this.size + n) capacity *= 2;
    const grown = new Int32Array(capacity);
    grown.set(this.offsets.subarray(0, this.size));
    this.offsets = grown;
  }

  /**
   * The original's run kept last, not yet sliced: the repairs keep a line in many adjacent
   * pieces (up to each digit and long capitalised word), and one slice per run is far cheaper.
   */
  private runSource = "";
  private runStart = 0;
  private runEnd = 0;

  private flush(): void {
    if (this.runEnd > this.runStart)
      this.chunks.push(this.runSource.slice(this.runStart, this.runEnd));
    this.runStart = this.runEnd = 0;
  }

  /** Keeps original[start, end) unchanged. */
  keep(original: string, start: number, end: number): void {
    if (end <= start) return;
    this.reserve(end - start);
    for (let i = start; i < end; i++) this.offsets[this.size++] = i;
    if (this.runEnd > this.runStart && this.runEnd === start && this.runSource === original) {
      this.runEnd = end;
    } else {
      this.flush();
      this.runSource = original;
      this.runStart = start;
      this.runEnd = end;
    }
    this.last = original[end - 1]!;
  }

  /** Writes `text` in place of whatever stands at original offset `at`. */
  insert(text: string, at: number): void {
    if (text.length === 0) return;
    this.flush();
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.offsets[this.size++] = at;
    this.chunks.push(text);
    this.last = text[text.length - 1]!;
  }

  /** Takes back the last character written (a line-end hyphen that turned out to be a break). */
  dropLast(): void {
    if (this.runEnd > this.runStart) {
      this.runEnd--;
      this.size--;
      const tail = this.chunks[this.chunks.length - 1] ?? "";
      this.last =
        this.runEnd > this.runStart
          ? this.runSource[this.runEnd - 1]!
          : (tail[tail.length - 1] ?? "");
      return;
    }
    const chunk = this.chunks.pop() ?? "";
    if (chunk.length > 1) this.chunks.push(chunk.slice(0, -1));
    this.size--;
    const tail = this.chunks[this.chunks.length - 1] ?? "";
    this.last = tail[tail.length - 1] ?? "";
  }

  get length(): number {
    return this.size;
  }

  lastChar(): string {
    return this.last;
  }

  finish(originalLength: number): { text: string; map: Int32Array } {
    // The map is a view of the builder's own array (no copy): the builder is done with it.
    this.reserve(1);
    this.offsets[this.size] = originalLength;
    const map = this.offsets.subarray(0, this.size + 1);
    this.flush();
    return { text: this.chunks.join(""), map };
  }
}
