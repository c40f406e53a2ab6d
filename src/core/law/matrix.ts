/**
 * The matrix of one crime: each element with its supporting and contradicting evidence side by
 * side. A link's score is its weight times its source's reliability factor; an element's score
 * counts each independent origin once (its strongest link), so ten outlets repeating one official
 * weigh as that official. Gaps: an element no confirmed evidence supports, or only one origin does.
 * Only confirmed links count; proposals are shown awaiting review. Nothing here says an element
 * is proven — the numbers show how much reviewed evidence stands on each side, and from whom.
 */
import type { LinkStatus, Polarity } from "./evidence-link.js";
import type { Crime, ElementKind, ElementPart } from "./law-types.js";

/** What a reviewer's reliability grade (A–F) makes of a link's weight; ungraded and F (cannot be judged) count half. */
export const GRADE_FACTORS: Readonly<Record<string, number>> = {
  A: 1,
  B: 0.8,
  C: 0.6,
  D: 0.4,
  E: 0.2,
  F: 0.5,
};
export const UNGRADED_FACTOR = 0.5;

export interface MatrixInputLink {
  readonly id: string;
  readonly elementId: string;
  readonly polarity: Polarity;
  readonly weight: number;
  readonly status: LinkStatus;
  readonly rationale: string;
  readonly claimId: string | null;
  readonly passageId: string | null;
  readonly sourceId: string;
  /** The independent origin the evidence goes back to ("claimant:un-expert", "source:…"). */
  readonly origin: string;
  /** The source's reliability grade A–F, or null when no reviewer graded it. */
  readonly grade: string | null;
}

export interface MatrixEntry extends MatrixInputLink {
  /** The alternative or sub-element the link names, when it names one. */
  readonly part: { readonly id: string; readonly text: string } | null;
  readonly factor: number;
  readonly score: number;
}

export type Gap = "no_evidence" | "one_origin" | null;

export interface SideSummary {
  readonly score: number;
  readonly origins: number;
  readonly links: number;
}

export interface MatrixRow {
  readonly position: number;
  readonly id: string;
  readonly kind: ElementKind;
  readonly text: string;
  readonly shared: boolean;
  readonly alternatives: readonly ElementPart[];
  readonly subElements: readonly ElementPart[];
  readonly supports: readonly MatrixEntry[];
  readonly contradicts: readonly MatrixEntry[];
  readonly context: readonly MatrixEntry[];
  readonly confirmed: { readonly supports: SideSummary; readonly contradicts: SideSummary };
  /** Links still awaiting review. */
  readonly proposed: number;
  readonly gap: Gap;
}

export interface CrimeMatrix {
  readonly crimeId: string;
  readonly title: string;
  readonly category: Crime["category"];
  readonly lawVersion: string;
  readonly articles: readonly Crime["articles"][number][];
  readonly rows: readonly MatrixRow[];
  readonly gaps: number;
  readonly contradicted: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

function summarise(entries: readonly MatrixEntry[]): SideSummary {
  const best = new Map<string, number>();
  let links = 0;
  for (const e of entries) {
    if (e.status !== "confirmed") continue;
    links += 1;
    best.set(e.origin, Math.max(best.get(e.origin) ?? 0, e.score));
  }
  return {
    score: round([...best.values()].reduce((a, b) => a + b, 0)),
    origins: best.size,
    links,
  };
}

/** Entries strongest first, then reviewed before proposed, then by id for a stable order. */
function ordered(entries: MatrixEntry[]): MatrixEntry[] {
  const rank = (s: LinkStatus) =>
    s === "confirmed" ? 0 : s === "awaiting" ? 1 : s === "proposed" ? 2 : 3;
  return entries.sort(
    (a, b) => rank(a.status) - rank(b.status) || b.score - a.score || a.id.localeCompare(b.id),
  );
}

/**
 * The matrix of a crime from the links to its elements (rejected links are left out).
 * @example crimeMatrix(murder, links).rows[0].gap // "one_origin" when one claimant stands behind every killing figure
 */
export function crimeMatrix(crime: Crime, links: readonly MatrixInputLink[]): CrimeMatrix {
  const rows = crime.elements.map((element, i): MatrixRow => {
    const parts = new Map([...element.alternatives, ...element.subElements].map((p) => [p.id, p]));
    const entries = links
      .filter(
        (l) => l.status !== "rejected" && (l.elementId === element.id || parts.has(l.elementId)),
      )
      .map((l): MatrixEntry => {
        const factor =
          l.grade === null ? UNGRADED_FACTOR : (GRADE_FACTORS[l.grade] ?? UNGRADED_FACTOR);
        const part = parts.get(l.elementId);
        return {
          ...l,
          part: part ? { id: part.id, text: part.text } : null,
          factor,
          score: round(l.weight * factor),
        };
      });
    const side = (p: Polarity) => ordered(entries.filter((e) => e.polarity === p));
    const supports = side("supports");
    const contradicts = side("contradicts");
    const confirmed = { supports: summarise(supports), contradicts: summarise(contradicts) };
    return {
      position: i + 1,
      id: element.id,
      kind: element.kind,
      text: element.text,
      shared: element.shared,
      alternatives: element.alternatives,
      subElements: element.subElements,
      supports,
      contradicts,
      context: side("context"),
      confirmed,
      proposed: entries.filter((e) => e.status === "proposed").length,
      gap:
        confirmed.supports.origins === 0
          ? "no_evidence"
          : confirmed.supports.origins === 1
            ? "one_origin"
            : null,
    };
  });
  return {
    crimeId: crime.id,
    title: crime.title,
    category: crime.category,
    lawVersion: crime.lawVersion,
    articles: crime.articles,
    rows,
    gaps: rows.filter((r) => r.gap !== null).length,
    contradicted: rows.filter((r) => r.confirmed.contradicts.links > 0).length,
  };
}
