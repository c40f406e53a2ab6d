/**
 * A span of text: half-open [start, end) in UTF-16 code units of a text (JavaScript string
 * indices), with the quoted words and a little context so that an anchor can be re-found after
 * re-extraction (the W3C Web Annotation TextPositionSelector + TextQuoteSelector pair).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextAnchor extends Span {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

const CONTEXT = 32;

/** Builds a validated span; throws when the bounds are not inside the text. */
export function makeSpan(start: number, end: number, textLength: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`span bounds must be integers: [${start}, ${end})`);
  }
  if (start < 0 || end < start || end > textLength) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of length ${textLength}`);
  }
  return Object.freeze({ start, end });
}

/** The anchor of [start, end) in `text`: position plus quote and context. */
export function anchorIn(text: string, start: number, end: number): TextAnchor {
  makeSpan(start, end, text.length);
  return Object.freeze({
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  });
}
