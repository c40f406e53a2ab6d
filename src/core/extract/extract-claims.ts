/**
 * Claim extraction: figures, times, places and actors with their claimants, read from a cleaned
 * copy of the text and anchored back to the text exactly as given.
 */
import { cleanText } from "../clean/clean-text.js";
import type { CleanedText } from "../clean/cleaned-text.js";
import type {
  Claimant,
  ClaimFields,
  FigureFields,
  Measure,
  ProposedClaim,
} from "../model/claim.js";
import { lowerBoundBy, startOf } from "../sorted/bounds.js";
import { findActors } from "./actors.js";
import { claimantFor } from "./attribution.js";
import { attributionContext, ownVoice } from "./attribution-context.js";
import { proposeProvenance, provenanceMemo } from "./claim-provenance.js";
import { findLineFigures } from "./figure-lines.js";
import { type FoundFigure, findFigures } from "./figures.js";
import { assertReadableText } from "./input-guard.js";
import {
  type DocumentContext,
  documentContext,
  ENGLISH_FALLBACK,
  type MeasureFallback,
} from "./measure-fallback.js";
import { furnitureRanges } from "./page-furniture.js";
import { findPlaceClaims } from "./place-claims.js";
import { roleOf } from "./speaker-phrase.js";
import type { TableNotes } from "./table-notes.js";
import { findTimes } from "./times.js";
import { tokenize } from "./tokens.js";

export interface ExtractOptions {
  /** Who publishes the text; the claimant of everything not attributed to someone else. */
  readonly publisher?: string;
  /**
   * Reads the measure of a figure the grammar found no cue for (default: the English model of
   * measure-fallback.ts); null keeps the grammar's `other` (the evaluation's experiments).
   */
  readonly measureFallback?: MeasureFallback | null;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly fields: ClaimFields;
  /** A claimant the layout names (a table's source column, an infobox's parenthesis). */
  readonly claimant?: { readonly name: string; readonly start: number; readonly end: number };
}

/**
 * Figures in prose and in lines (tables, infoboxes); a line's reading wins where both read one.
 * Lines are read in the original text, whose line breaks cleaning may have joined.
 */
function figuresOf(
  original: string,
  cleaned: CleanedText,
  tokens: ReturnType<typeof tokenize>,
  notes: TableNotes[],
): FoundFigure[] {
  const toCleaned = (s: { start: number; end: number }) => ({
    start: cleaned.fromOriginal(s.start),
    end: Math.max(cleaned.fromOriginal(s.start) + 1, cleaned.fromOriginal(s.end - 1) + 1),
  });
  const lines = findLineFigures(original, notes).map(
    (f): FoundFigure =>
      Object.assign(
        {},
        f,
        toCleaned(f),
        f.claimant
          ? { claimant: Object.assign({ name: f.claimant.name }, toCleaned(f.claimant)) }
          : {},
      ),
  );
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i]!;
    notes[i] = Object.assign({}, toCleaned(n), {
      claimant: Object.assign({ name: n.claimant.name }, toCleaned(n.claimant)),
    });
  }
  const covered = lines.length === 0 ? null : spanIndex(lines);
  const found = covered
    ? [...findFigures(tokens, lines).filter((f) => !covered(f)), ...lines]
    : findFigures(tokens);
  // (Link lists, a table of contents, bylines and timestamps, the page's headline.)
  const links = furnitureRanges(original);
  if (links.length === 0) return found;
  return found.filter((f) => {
    const at = cleaned.toOriginal(f.start);
    return !links.some((r) => at >= r.start && at < r.end);
  });
}

/**
 * A test of whether a span overlaps one of `spans`, in logarithmic time: a table of thousands of
 * rows against thousands of prose figures is otherwise quadratic. Spans sorted by start, with
 * the furthest end reached so far: some span overlaps [s, e) exactly when, among the spans
 * starting before e, the furthest end lies after s.
 */
function spanIndex(spans: readonly { start: number; end: number }[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthest = new Int32Array(sorted.length);
  let reach = -1;
  sorted.forEach((s, i) => {
    reach = Math.max(reach, s.end);
    furthest[i] = reach;
  });
  return (span: { start: number; end: number }): boolean => {
    const before = lowerBoundBy(sorted, span.end, startOf);
    return before > 0 && furthest[before - 1]! > span.start;
  };
}

type Anchoring = Pick<ProposedClaim, "start" | "end" | "text" | "claimant" | "provenance">;

/**
 * The claim: its fields, then where it stands and who states it. Object.assign rather than a
 * spread followed by more keys (`{ ...fields, start }`), which V8 builds about ten times slower
 * (each object gets a map of its own); the key order, and so the JSON, is the same. The same
 * holds for the figures' records above. A figure, most claims, is written key by key in the
 * order makeFigure (model/claim.ts) gives its fields: a literal of one shape costs a tenth of
 * Object.assign over its eleven keys.
 */
function claimOf(fields: ClaimFields, anchoring: Anchoring): ProposedClaim {
  if (fields.kind !== "figure") return Object.assign({}, fields, anchoring);
  return {
    kind: "figure",
    measure: fields.measure,
    min: fields.min,
    max: fields.max,
    hedge: fields.hedge,
    subgroup: fields.subgroup,
    unit: fields.unit,
    start: anchoring.start,
    end: anchoring.end,
    text: anchoring.text,
    claimant: anchoring.claimant,
    provenance: anchoring.provenance,
  };
}

/** A figure's fields as a claim's fields, key by key in makeFigure's order (see claimOf). */
function figureFields(f: FigureFields): ClaimFields {
  return {
    kind: "figure",
    measure: f.measure,
    min: f.min,
    max: f.max,
    hedge: f.hedge,
    subgroup: f.subgroup,
    unit: f.unit,
  };
}

/** A figure's fields with another measure (the key order, and so the JSON, unchanged). */
function withMeasure(fields: FigureFields, measure: Measure): FigureFields {
  return measure === fields.measure ? fields : Object.assign({}, fields, { measure });
}

/**
 * The figures a cue gave a measure (not `other`, which the context leaves out), with their spans
 * in the text as given: a loop, where a flatMap of one-element arrays and Object.assign cost the
 * fallback's documents a fifth of its time.
 */
function cuedSpans(
  figures: readonly FoundFigure[],
  cleaned: CleanedText,
): { start: number; end: number; measure: Measure }[] {
  const cued: { start: number; end: number; measure: Measure }[] = [];
  for (const g of figures) {
    if (g.uncued || g.fields.measure === "other") continue;
    const span = cleaned.spanToOriginal(g.start, g.end);
    cued.push({ start: span.start, end: span.end, measure: g.fields.measure });
  }
  return cued;
}

/**
 * The figures' fields, with the learned fallback's measure where the grammar found no cue: read
 * in the text as given, as the fallback was trained, beside the figures a cue decided (the
 * document's context, built once, and only for a document the fallback reads); a member of such
 * a count takes the measure its whole is given.
 */
function withFallback(
  figures: readonly FoundFigure[],
  text: string,
  cleaned: CleanedText,
  fallback: MeasureFallback | null,
): FigureFields[] {
  const read = new Map<FoundFigure, Measure>();
  let context: DocumentContext | undefined;
  const measureOf = (f: FoundFigure, fb: MeasureFallback): Measure => {
    let m = read.get(f);
    if (m === undefined) {
      context ??= documentContext(cuedSpans(figures, cleaned));
      const span = cleaned.spanToOriginal(f.start, f.end);
      m = fb(text, span.start, span.end, context);
      read.set(f, m);
    }
    return m;
  };
  return figures.map((f) =>
    f.uncued && fallback ? withMeasure(f.fields, measureOf(f.whole ?? f, fallback)) : f.fields,
  );
}

/**
 * Proposes the claims of `text`. Deterministic; every claim's start/end index `text` itself and
 * `claim.text === text.slice(claim.start, claim.end)`. Throws a RangeError on binary or
 * oversized input.
 * @example extractClaims("About 200 people were killed.")[0] // figure, killed, 200/200, approx
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ProposedClaim[] {
  assertReadableText(text);
  const cleaned = cleanText(text);
  const tokens = tokenize(cleaned.text);
  const notes: TableNotes[] = [];
  const figures = figuresOf(text, cleaned, tokens, notes);
  const fields = withFallback(
    figures,
    text,
    cleaned,
    options.measureFallback === undefined ? ENGLISH_FALLBACK : options.measureFallback,
  );
  const found: Found[] = [
    ...figures.map(
      (f, i): Found =>
        f.claimant
          ? { start: f.start, end: f.end, fields: figureFields(fields[i]!), claimant: f.claimant }
          : { start: f.start, end: f.end, fields: figureFields(fields[i]!) },
    ),
    ...findTimes(cleaned.text, tokens),
    ...findPlaceClaims(cleaned.text),
    ...findActors(cleaned.text, tokens),
  ];
  const ctx = attributionContext(cleaned.text, tokens, options.publisher ?? "publisher", text);
  const memo = provenanceMemo();
  const claims = found.map((f): ProposedClaim => {
    const span = cleaned.spanToOriginal(f.start, f.end);
    const said = f.claimant
      ? { name: f.claimant.name, role: roleOf(f.claimant.name), span: f.claimant }
      : claimantFor(ctx, f.start, f.end);
    // A figure in a reproduced table's notes that prose gives no one is the table's source's.
    const note =
      notes.length > 0 && said.role === "publisher" && f.fields.kind === "figure"
        ? notes.find((n) => f.start >= n.start && f.start < n.end)
        : undefined;
    const who = ownVoice(
      ctx,
      note
        ? { name: note.claimant.name, role: roleOf(note.claimant.name), span: note.claimant }
        : said,
    );
    const claimant: Claimant = who.span
      ? {
          name: who.name,
          role: who.role,
          span: cleaned.spanToOriginal(who.span.start, who.span.end),
        }
      : { name: who.name, role: who.role };
    return claimOf(f.fields, {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      claimant,
      provenance: proposeProvenance(text, span.start, span.end, claimant, memo),
    });
  });
  // Kinds are lower-case ASCII words, which code-unit order sorts as localeCompare would.
  return claims.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}
