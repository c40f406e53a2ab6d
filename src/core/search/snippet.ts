/**
 * A hit's snippet: a window of the passage around its first match, HTML-escaped, with every
 * matching word wrapped in <mark> (the only markup it contains).
 */
import { foldedWords, type WordAt } from "./fold.js";
import type { QueryTerm } from "./search-query.js";
import { stemKeys } from "./stem.js";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Whether a word of a text matches one of the query's terms: as written, as a name, or by its stem. */
export function termMatcher(terms: readonly QueryTerm[]): (w: WordAt) => boolean {
  const plains = new Set(terms.map((t) => t.plain));
  const skeletons = new Set(terms.flatMap((t) => t.skeletons));
  const stems = new Set(terms.flatMap((t) => t.stems));
  return (w) =>
    plains.has(w.plain) ||
    (w.skeleton !== null && skeletons.has(w.skeleton)) ||
    (!/\d/.test(w.plain) && stemKeys(w.plain).some((k) => stems.has(k)));
}

/** The words of a text that match the query, with their offsets. */
export function matchingWords(text: string, terms: readonly QueryTerm[]): WordAt[] {
  return foldedWords(text).filter(termMatcher(terms));
}

export function snippet(text: string, terms: readonly QueryTerm[], width = 240): string {
  const hits = matchingWords(text, terms);
  const first = hits[0]?.start ?? 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  from = Math.max(0, Math.min(from, to - width));
  // Do not cut words at the window's edges.
  while (from > 0 && /\S/.test(text.charAt(from - 1))) from--;
  while (to < text.length && /\S/.test(text.charAt(to))) to++;
  let out = from > 0 ? "…" : "";
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += `${escapeHtml(text.slice(at, h.start))}<mark>${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  out += escapeHtml(text.slice(at, to)) + (to < text.length ? "…" : "");
  return out.replace(/\s+/g, " ");
}
