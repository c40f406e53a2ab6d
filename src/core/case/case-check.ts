/**
 * A case check for corroboration errors that an audit found by reading: a claim in the
 * publisher's voice whose sentence names another speaker; two equal figures in one source with
 * no link between them; a figure equal to an earlier figure of a claimant its sentence cites,
 * yet not derived from it; one origin stating one value under different subgroups. Each finding
 * names its claim and carries the sentence, read from the corpus at run time (never stored).
 */
import { comparisonSubgroup } from "../figures/comparison.js";
import { makeGraph, provenanceOf } from "../figures/provenance-graph.js";
import type { CaseClaim, CaseData, FigureClaim, SourceRecord } from "./case-types.js";

export const FINDING_CLASSES = [
  "speech_without_link",
  "same_value_unlinked",
  "cited_value_not_derived",
  "subgroup_inconsistent",
] as const;
export type FindingClass = (typeof FINDING_CLASSES)[number];

export interface CaseFinding {
  readonly class: FindingClass;
  readonly claimId: string;
  readonly otherClaimIds: readonly string[];
  readonly problem: string;
  /** The sentence that holds the claim's quote, from the corpus; "" when the file is absent. */
  readonly passage: string;
  /** A reviewer's explanation of why the finding stands, from the claim's `checkNotes`. */
  readonly note: string | null;
}

const REACH = 400;
/** A sentence ends at . ! ? or an ellipsis, then maybe a closing quote and a footnote number glued on. */
const SENTENCE_END = /(\.\.\.|…|[.!?][”"’)]?\d{0,3}\s)/g;
const SPEECH =
  /\b(said|says|saying|told|according to|reported|reports|reporting|claimed|claims|estimated|estimates|announced|stated)\b/i;

/**
 * The sentence around a span, inside `bounds` (the span of the source that holds it): from the
 * last sentence end before the span to the first one after it, whitespace folded.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  bounds: { start: number; end: number } = { start: 0, end: text.length },
): string {
  const from = Math.max(bounds.start, start - REACH);
  const before = text.slice(from, start);
  let cut = 0;
  for (const m of before.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  const after = text.slice(end, Math.min(bounds.end, end + REACH));
  let stop = after.length;
  for (const m of after.matchAll(SENTENCE_END)) {
    stop = m.index + m[0].length;
    break;
  }
  return `${before.slice(cut)}${text.slice(start, end)}${after.slice(0, stop)}`
    .replace(/\s+/g, " ")
    .trim();
}

/** The number a figure states, with its measure and comparison group: "at least 40" and "40" meet. */
const valueKey = (c: FigureClaim) =>
  `${c.measure}|${c.min ?? c.max}|${comparisonSubgroup(c.subgroup) ?? ""}|${c.aspect ?? ""}`;

/** The words a sentence would cite a claimant by: its name up to the first comma or bracket. */
function citedBy(name: string): string | null {
  const key = name.split(/[,(]/)[0]?.trim() ?? "";
  return key.length >= 4 ? key.toLowerCase() : null;
}

function dateOf(s: SourceRecord | undefined, sources: ReadonlyMap<string, SourceRecord>): string {
  for (let at = s, depth = 0; at && depth < 8; depth++) {
    const d = at.published ?? at.notBefore;
    if (d) return d.iso;
    at = at.parent ? sources.get(at.parent) : undefined;
  }
  return "9999";
}

/**
 * Every finding of the four classes, in claim order.
 * @example checkCase(data, texts).filter((f) => f.note === null) // what still needs a reviewer
 */
export function checkCase(data: CaseData, texts: ReadonlyMap<string, string>): CaseFinding[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const claimants = new Map(data.claimants.map((c) => [c.id, c]));
  const graph = makeGraph(data.claims, data.sources);
  const origin = new Map(data.claims.map((c) => [c.id, provenanceOf(c.id, graph)]));
  const passage = (c: CaseClaim) => {
    const text = texts.get(c.locator.file);
    const source = sources.get(c.sourceId);
    const L = c.locator;
    const bounds = [source?.locator, ...(source?.extraSpans ?? [])].find(
      (s) => s && s.file === L.file && s.start <= L.start && L.end <= s.end,
    );
    return text ? sentenceAround(text, L.start, L.end, bounds) : "";
  };
  const linked = (a: CaseClaim, b: CaseClaim) =>
    origin.get(a.id)?.origin === origin.get(b.id)?.origin ||
    (origin.get(a.id)?.chain ?? []).some((s) => s.kind === "claim" && s.id === b.id) ||
    (origin.get(b.id)?.chain ?? []).some((s) => s.kind === "claim" && s.id === a.id);
  const findings: CaseFinding[] = [];
  const add = (c: CaseClaim, cls: FindingClass, others: string[], problem: string) =>
    findings.push({
      class: cls,
      claimId: c.id,
      otherClaimIds: others,
      problem,
      passage: passage(c),
      note: c.checkNotes[cls] ?? null,
    });
  const figures = data.claims.filter((c): c is FigureClaim => c.kind === "figure");

  for (const c of data.claims) {
    const source = sources.get(c.sourceId);
    if (c.claimantId !== source?.publisherClaimant) continue;
    if (c.basis === "reported_speech" || c.derivedFrom !== null) continue;
    const said = SPEECH.exec(passage(c));
    if (said)
      add(
        c,
        "speech_without_link",
        [],
        `in the publisher's voice, but its sentence says "${said[0]}"`,
      );
  }

  const bySourceValue = new Map<string, FigureClaim[]>();
  for (const c of figures) {
    const k = `${c.sourceId}|${valueKey(c)}`;
    bySourceValue.set(k, [...(bySourceValue.get(k) ?? []), c]);
  }
  for (const group of bySourceValue.values())
    for (const c of group) {
      const others = group.filter((o) => o !== c && !linked(c, o)).map((o) => o.id);
      if (others.length > 0)
        add(
          c,
          "same_value_unlinked",
          others,
          "the same value and measure as another claim of its source, with no link",
        );
    }

  for (const c of figures) {
    const sentence = passage(c).toLowerCase();
    const inSource = new Set(
      data.claims.filter((o) => o.sourceId === c.sourceId).map((o) => o.claimantId),
    );
    const when = dateOf(sources.get(c.sourceId), sources);
    // Earlier: published before, or before it in the same source.
    const before = (o: FigureClaim) =>
      o.sourceId === c.sourceId
        ? o.locator.start < c.locator.start
        : dateOf(sources.get(o.sourceId), sources) < when;
    const earlier = figures.filter((o) => {
      if (o.id === c.id || o.claimantId === c.claimantId || valueKey(o) !== valueKey(c))
        return false;
      const key = citedBy(claimants.get(o.claimantId)?.name ?? "");
      const cited = inSource.has(o.claimantId) || (key !== null && sentence.includes(key));
      return cited && before(o) && !linked(c, o);
    });
    if (earlier.length > 0)
      add(
        c,
        "cited_value_not_derived",
        earlier.map((o) => o.id),
        `the value of an earlier claim of a claimant it cites (${[...new Set(earlier.map((o) => o.claimantId))].join(", ")}), not derived from it`,
      );
  }

  const byOriginValue = new Map<string, FigureClaim[]>();
  for (const c of figures.filter((f) => f.scope === "total")) {
    const k = `${origin.get(c.id)?.origin}|${c.measure}|${c.min}|${c.max}|${c.aspect ?? ""}`;
    byOriginValue.set(k, [...(byOriginValue.get(k) ?? []), c]);
  }
  for (const group of byOriginValue.values()) {
    const subgroups = new Set(group.map((c) => comparisonSubgroup(c.subgroup) ?? "all"));
    if (subgroups.size < 2) continue;
    for (const c of group)
      add(
        c,
        "subgroup_inconsistent",
        group.filter((o) => o !== c).map((o) => o.id),
        `one origin states this value for ${[...subgroups].join(" and ")}`,
      );
  }
  const order = new Map(data.claims.map((c, i) => [c.id, i]));
  return findings.sort((a, b) => (order.get(a.claimId) ?? 0) - (order.get(b.claimId) ?? 0));
}
