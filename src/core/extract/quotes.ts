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

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“" || (ch === '"' && open < 0)) {
      open = i;
    } else if ((ch === "”" || ch === '"') && open >= 0) {
      if (i - open <= MAX_QUOTE) quotes.push({ start: open, end: i + 1 });
      open = -1;
    } else if (open >= 0 && i - open > MAX_QUOTE) {
      open = -1;
    }
  }
  return quotes;
}

/** The quote containing offset `at`, by binary search over the sorted quotes. */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (at < q.start) hi = mid - 1;
    else if (at >= q.end) lo = mid + 1;
    else return q;
  }
  return null;
}
