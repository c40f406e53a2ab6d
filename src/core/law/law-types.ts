/**
 * The law as data, shaped like the ICC Elements of Crimes: for each crime (or rule of
 * attribution) its elements in order, each of one kind, with alternatives (A or B) and
 * sub-elements; the contextual elements a family shares are written once and referenced.
 */

export const ELEMENT_KINDS = [
  "conduct",
  "consequence",
  "circumstance",
  "mental",
  "contextual",
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const LAW_CATEGORIES = [
  "genocide",
  "crimes_against_humanity",
  "war_crimes",
  "state_responsibility",
] as const;
export type LawCategory = (typeof LAW_CATEGORIES)[number];

/** One branch of an element: an alternative ("A or B") or a sub-element (a part to prove). */
export interface ElementPart {
  readonly id: string;
  readonly text: string;
  /** A sub-element may be of another kind than its element (a circumstance inside a contextual element). */
  readonly kind: ElementKind;
}

export interface LegalElement {
  readonly id: string;
  readonly kind: ElementKind;
  readonly text: string;
  readonly alternatives: readonly ElementPart[];
  readonly subElements: readonly ElementPart[];
  /** True when the family writes it once and several crimes share it. */
  readonly shared: boolean;
  /** The law file (family) it belongs to. */
  readonly family: string;
}

export interface ArticleRef {
  readonly instrument: string;
  readonly article: string;
}

export interface Instrument {
  readonly id: string;
  readonly title: string;
}

export interface Crime {
  readonly id: string;
  readonly title: string;
  readonly category: LawCategory;
  readonly family: string;
  /** "<family>@<version>", recorded with every evidence link made against it. */
  readonly lawVersion: string;
  readonly articles: readonly ArticleRef[];
  /** In order, shared elements expanded in place. */
  readonly elements: readonly LegalElement[];
}

export interface LawFamily {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly category: LawCategory;
  readonly note: string;
  readonly instruments: readonly Instrument[];
}

/** Where a link target sits: the element, and the alternative or sub-element when it is one. */
export interface ElementTarget {
  readonly element: LegalElement;
  readonly part: ElementPart | null;
  readonly family: string;
}

export interface Law {
  readonly families: readonly LawFamily[];
  readonly crimes: readonly Crime[];
  /** Every id a link may target (elements, alternatives, sub-elements). */
  readonly targets: ReadonlyMap<string, ElementTarget>;
  /** The texts in Azerbaijani and Russian by id (law-translations.ts); empty until read. */
  readonly translations: Readonly<Record<"az" | "ru", ReadonlyMap<string, string>>>;
}

/** How an instrument's article references are written; anything else is a typo. */
export const ARTICLE_PATTERNS: Readonly<Record<string, RegExp>> = {
  "genocide-convention": /^[IVX]+(\([a-e]\))?$/,
  "rome-statute": /^\d+(\(\d+\))?(\([a-z]\))?(\((?:[ivx]+)\))?$/,
  arsiwa: /^\d+$/,
};

/** "Rome Statute art. 8(2)(a)(i)". */
export function articleLabel(ref: ArticleRef): string {
  const names: Record<string, string> = {
    "genocide-convention": "Genocide Convention art.",
    "rome-statute": "Rome Statute art.",
    arsiwa: "ILC Articles on State Responsibility art.",
  };
  return `${names[ref.instrument] ?? ref.instrument} ${ref.article}`;
}
