import { startOf, upperBoundBy } from "../sorted/bounds.js";
/**
 * Quotations in a text: spans between opening and closing quotation marks, paired in one linear
 * pass. Curly quotes pair by direction; straight quotes alternate. Runaway quotes (no closing
 * mark within a bound) are dropped rather than swallowing the rest of the text.
 */
export interface Quote {
  /** Offset of the opening mark and one past the closing mark. */
  readonly start: number;
  readonly end: number;
}

const MAX_QUOTE = 4000;

/** The marks findQuotes pairs; a global pattern skips the text between them natively. */
const QUOTE_MARKS = /["“”]/g;

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  QUOTE_MARKS.lastIndex = 0;
  while (QUOTE_MARKS.test(text)) {
    const i = QUOTE_MARKS.lastIndex - 1;
    // A quote still open past its bound was dropped at the first character beyond it.
    if (open >= 0 && i - open > MAX_QUOTE + 1) open = -1;
    const c = text.charCodeAt(i);
    if (c === 0x201c || (c === 34 && open < 0)) {
      open = i;
    } else if (open >= 0) {
      // A closing mark (or a straight quote closing the one open).
      if (i - open <= MAX_QUOTE) quotes.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return quotes;
}

/**
 * The quote containing offset `at`: the last opening at or before it, if it has not closed
 * (findQuotes pairs in one pass, so quotes are sorted and never overlap).
 */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | null {
  const q = quotes[upperBoundBy(quotes, at, startOf) - 1];
  return q !== undefined && at < q.end ? q : null;
}
