/**
 * Marks the words a search asked for (?hl=…) in the passages on the page, by the same matching
 * the search used (spellings, names, stems). Uses the CSS Custom Highlight API, which paints
 * ranges without touching the DOM that React owns; where a browser lacks it, nothing is marked.
 */
import { useEffect } from "react";
import { foldedWords } from "../../../core/search/fold.js";
import { parseQuery } from "../../../core/search/search-query.js";
import { termMatcher } from "../../../core/search/snippet.js";

export const TERM_HIGHLIGHT = "search-term";

export function useTermHighlight(query: string | null, ready: number): void {
  useEffect(() => {
    const registry = typeof CSS !== "undefined" ? CSS.highlights : undefined;
    if (!registry || !query || ready === 0) return;
    const matches = termMatcher(parseQuery(query).terms);
    const ranges: Range[] = [];
    for (const passage of document.querySelectorAll(".passage")) {
      const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const w of foldedWords(node.textContent ?? "")) {
          if (!matches(w)) continue;
          const range = new Range();
          range.setStart(node, w.start);
          range.setEnd(node, w.end);
          ranges.push(range);
        }
      }
    }
    registry.set(TERM_HIGHLIGHT, new Highlight(...ranges));
    return () => {
      registry.delete(TERM_HIGHLIGHT);
    };
  }, [query, ready]);
}
