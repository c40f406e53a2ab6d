/**
 * A search query as PostgreSQL tsquery text: every word must match, each either as its plain key
 * or, for names, as any skeleton of the name or of a gazetteer alias of it (Stepanakert ↔ Khankendi).
 */
import { foldWord, nameSkeleton, SKELETON_PREFIX } from "./fold.js";
import { stemKeys } from "./stem.js";

export interface QueryTerm {
  readonly plain: string;
  readonly skeletons: readonly string[];
  /** Stem tokens of the word in each language (core/search/stem.ts): its other forms match. */
  readonly stems: readonly string[];
}

export interface ParsedQuery {
  readonly terms: readonly QueryTerm[];
  /** tsquery text for to_tsquery('simple', …); empty when the query has no words. */
  readonly tsquery: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 12;

/** Alias groups: each a list of names of one place (or other entity) in any spelling. */
export type AliasGroups = readonly (readonly string[])[];

export function parseQuery(query: string, aliases: AliasGroups = []): ParsedQuery {
  const aliasSkeletons = new Map<string, Set<string>>();
  for (const group of aliases) {
    const skeletons = new Set(
      group.map((name) => nameSkeleton(foldWord(name))).filter((s) => s.length >= 2),
    );
    for (const s of skeletons)
      aliasSkeletons.set(s, new Set([...(aliasSkeletons.get(s) ?? []), ...skeletons]));
  }
  const terms: QueryTerm[] = [];
  for (const m of query.matchAll(WORD)) {
    const plain = foldWord(m[0]);
    if (plain === "" || terms.some((t) => t.plain === plain)) continue;
    // Any query word may be a name typed in lowercase; skeletons match only names in the text.
    const skeleton = plain.length >= 3 && !/^\d/.test(plain) ? nameSkeleton(plain) : null;
    const skeletons = skeleton ? [...(aliasSkeletons.get(skeleton) ?? new Set([skeleton]))] : [];
    terms.push({ plain, skeletons, stems: /\d/.test(plain) ? [] : stemKeys(plain) });
    if (terms.length === MAX_TERMS) break;
  }
  const tsquery = terms
    .map(
      (t) =>
        `(${[t.plain, ...t.stems, ...t.skeletons.map((s) => `${SKELETON_PREFIX}${s}`)].join(" | ")})`,
    )
    .join(" & ");
  return { terms, tsquery };
}
