/**
 * What a piece of evidence states, worded ("убитые (дети): 63", "qualification: genocide"): one
 * rule for the brief and the web's matrix, each giving its own words (a language's catalogue)
 * and its own number format.
 */
import type { EvidenceWhat } from "./evidence-what.js";

/** The words a reader's language gives for evidence; each falls back as its caller decides. */
export interface EvidenceWords {
  readonly passage: string;
  readonly wholeSource: string;
  claimKind(kind: string): string;
  measure(code: string): string;
  subgroup(code: string): string;
  qualification(code: string): string;
}

/** A figure's bounds: "63", "470–500", "≥100", "≤1,000". */
function boundsText(what: EvidenceWhat, num: (n: number) => string): string {
  if (what.min !== null && what.max !== null)
    return what.min === what.max ? num(what.min) : `${num(what.min)}–${num(what.max)}`;
  return what.min !== null ? `≥${num(what.min)}` : `≤${num(what.max ?? 0)}`;
}

/**
 * A figure as its measure, subgroup and bounds; a passage or a whole source by its word; any
 * other claim as its kind and its text (a qualification by its word).
 * @example evidenceText({ kind: "figure", code: "killed", subgroup: "children", min: 63, max: 63, text: null }, words, String) // "killed (children): 63"
 */
export function evidenceText(
  what: EvidenceWhat,
  words: EvidenceWords,
  num: (n: number) => string,
): string {
  if (what.kind === "passage") return words.passage;
  if (what.kind === "source") return words.wholeSource;
  if (what.kind === "figure" && what.code !== null) {
    const subgroup = what.subgroup ? ` (${words.subgroup(what.subgroup)})` : "";
    return `${words.measure(what.code)}${subgroup}: ${boundsText(what, num)}`;
  }
  const text =
    what.kind === "qualification" && what.code !== null
      ? words.qualification(what.code)
      : (what.text ?? "");
  return `${words.claimKind(what.kind)}: ${text}`;
}
