/**
 * A source's own text when the PDF layout moved part of it elsewhere (footnotes printed after the
 * next excerpt): its main span, then each extra span after a blank line, so that every claim of
 * the source is inside the text the reader shows. Offsets of claims map from the file into it.
 */
import type { FileSpan, SourceRecord } from "./case-types.js";

/** Between the main text and each moved footnote: a blank line of our own, not corpus words. */
export const SPAN_SEPARATOR = "\n\n";

export interface AssembledSource {
  readonly text: string;
  /** The span in the assembled text of a span of the file, or null when the source lacks it. */
  toSource(span: FileSpan): { start: number; end: number } | null;
}

/** @example assembleSourceText(fileText, source).toSource(claim.locator) // { start, end } */
export function assembleSourceText(
  fileText: string,
  source: Pick<SourceRecord, "locator" | "extraSpans">,
): AssembledSource {
  const pieces: { span: FileSpan; at: number }[] = [];
  let text = "";
  for (const [i, span] of [source.locator, ...source.extraSpans].entries()) {
    if (i > 0) text += SPAN_SEPARATOR;
    pieces.push({ span, at: text.length });
    text += fileText.slice(span.start, span.end);
  }
  return {
    text,
    toSource(s) {
      const piece = pieces.find(
        (p) => p.span.file === s.file && s.start >= p.span.start && s.end <= p.span.end,
      );
      if (!piece) return null;
      return {
        start: piece.at + s.start - piece.span.start,
        end: piece.at + s.end - piece.span.start,
      };
    },
  };
}
