/** Refuses input that cannot be text worth reading, before any scanning starts. */

/** Largest input read in one call: a compilation is a few MB; anything larger should be split. */
export const MAX_INPUT_CHARS = 16 * 1024 * 1024;

/**
 * Throws a RangeError naming the problem when `text` is too large or is binary (NUL bytes or
 * many control characters, as when a PDF or image is passed instead of its text).
 */
export function assertReadableText(text: string): void {
  if (text.length > MAX_INPUT_CHARS) {
    throw new RangeError(
      `text of ${text.length} characters is over the limit of ${MAX_INPUT_CHARS}; split it first`,
    );
  }
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new RangeError("input looks binary (it contains NUL characters), not text");
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new RangeError(
      "input looks binary (over 5% control or undecodable characters), not text",
    );
  }
}
