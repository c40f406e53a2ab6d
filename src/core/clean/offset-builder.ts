/**
 * Builds a cleaned text together with, for every character, its offset in the original. Inserted
 * characters (a space between words that PDF extraction joined) take the offset of the original
 * character that follows them, so any span of the cleaned text maps back to a span of the original.
 */
import type { OffsetRuns } from "./cleaned-text.js";

export class OffsetBuilder {
  private readonly chunks: string[] = [];
  /**
   * The map as runs (cleaned-text.ts, OffsetRuns): a cleaned text is its original's lines kept in
   * long pieces with a few characters put between them (about a hundred characters a run in the
   * evaluation set's documents), so a run costs what every character's own entry would.
   */
  private readonly starts: number[] = [];
  private readonly origins: number[] = [];
  private readonly steps: number[] = [];
  private size = 0;
  private last = "";

  /**
   * A run from here on: characters that map to `origin` onwards (step 1: kept) or all to `origin`
   * (step 0: inserted). It goes on the last run when that one reads on into it.
   */
  private run(origin: number, step: number): void {
    const r = this.starts.length - 1;
    if (
      r >= 0 &&
      this.steps[r] === step &&
      this.origins[r]! + step * (this.size - this.starts[r]!) === origin
    )
      return;
    this.starts.push(this.size);
    this.origins.push(origin);
    this.steps.push(step);
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
    this.run(start, 1);
    this.size += end - start;
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
    this.run(at, 0);
    this.size += text.length;
    this.chunks.push(text);
    this.last = text[text.length - 1]!;
  }

  /** Takes back the last character written (a line-end hyphen that turned out to be a break). */
  dropLast(): void {
    this.size--;
    // (A run left empty goes: the runs' starts stay increasing.)
    if (this.starts[this.starts.length - 1] === this.size) {
      this.starts.pop();
      this.origins.pop();
      this.steps.pop();
    }
    if (this.runEnd > this.runStart) {
      this.runEnd--;
      const tail = this.chunks[this.chunks.length - 1] ?? "";
      this.last =
        this.runEnd > this.runStart
          ? this.runSource[this.runEnd - 1]!
          : (tail[tail.length - 1] ?? "");
      return;
    }
    const chunk = this.chunks.pop() ?? "";
    if (chunk.length > 1) this.chunks.push(chunk.slice(0, -1));
    const tail = this.chunks[this.chunks.length - 1] ?? "";
    this.last = tail[tail.length - 1] ?? "";
  }

  get length(): number {
    return this.size;
  }

  lastChar(): string {
    return this.last;
  }

  finish(originalLength: number): { text: string; runs: OffsetRuns } {
    // The text's end maps to the original's: a run of its own, past the last character.
    this.starts.push(this.size);
    this.origins.push(originalLength);
    this.steps.push(0);
    this.flush();
    return {
      text: this.chunks.join(""),
      runs: { starts: this.starts, origins: this.origins, steps: this.steps },
    };
  }
}
