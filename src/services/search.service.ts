/**
 * Full-text search over every passage the caller may see: insensitive to alphabet,
 * transliteration and diacritics, with place names expanded to all their gazetteer aliases.
 */

import { PLACES } from "../core/gazetteer/index.js";
import { isMeasure } from "../core/model/claim.js";
import { type PartialDate, parsePartialDate } from "../core/model/partial-date.js";
import { SOURCE_KINDS } from "../core/model/source-kind.js";
import { parseQuery } from "../core/search/search-query.js";
import { snippet } from "../core/search/snippet.js";
import type { Store } from "../store/open-store.js";
import type { ConsentScope } from "../store/protection.repository.js";
import { COUNT_CAP, searchPassages } from "../store/search.repository.js";
import type { Caller } from "./caller.js";
import { InvalidInputError } from "./errors.js";
import { pageOf } from "./paging.js";
import { visibilityKeys } from "./policies/access.policy.js";
import { redactorFor } from "./protected-names.js";

const ALIAS_GROUPS = PLACES.map((p) => [p.name, ...p.aliases]);

export interface SearchQuery {
  readonly q: string;
  readonly caseId?: string | undefined;
  readonly kind?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly affiliation?: string | undefined;
  readonly measure?: string | undefined;
  /** A gazetteer place id: only passages that name the place in any spelling. */
  readonly place?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
  /**
   * The consents that let a person be named in this answer: publication (the default), and also
   * memorial when the memorial asks what the sources say of a person. Not settable over HTTP.
   */
  readonly consentScopes?: readonly ConsentScope[] | undefined;
}

function dateBound(value: string | undefined, field: string, end: boolean): string | undefined {
  if (value === undefined || value === "") return undefined;
  let date: PartialDate;
  try {
    date = parsePartialDate(value);
  } catch {
    throw new InvalidInputError(
      `${field} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`,
      field,
      { code: "invalid-input.date", params: { field: field, value: value } },
    );
  }
  // "to 1992-02" means up to the last day of February; comparisons are on ISO day strings.
  const [y, m = end ? "12" : "01", d = end ? "31" : "01"] = date.iso.split("-");
  return `${y}-${m}-${d}`;
}

export function createSearchService(store: Store) {
  return {
    async search(caller: Caller, query: SearchQuery) {
      const parsed = parseQuery(query.q.slice(0, 500), ALIAS_GROUPS);
      if (parsed.tsquery === "")
        throw new InvalidInputError("the query has no words to search for", "q", {
          code: "search.no-words",
        });
      if (query.kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(query.kind))
        throw new InvalidInputError(`unknown source kind "${query.kind}"`, "kind", {
          code: "invalid-input.unknown",
          params: { field: "kind", value: query.kind },
        });
      if (query.measure !== undefined && !isMeasure(query.measure))
        throw new InvalidInputError(`unknown measure "${query.measure}"`, "measure", {
          code: "invalid-input.unknown",
          params: { field: "measure", value: query.measure },
        });
      let placeTsquery: string | undefined;
      if (query.place !== undefined) {
        const place = PLACES.find((p) => p.id === query.place);
        if (!place)
          throw new InvalidInputError(`unknown place "${query.place}"`, "place", {
            code: "invalid-input.unknown",
            params: { field: "place", value: query.place },
          });
        placeTsquery = parseQuery(place.name, ALIAS_GROUPS).tsquery;
      }
      const { limit, offset } = pageOf(query.limit, query.offset, 20, 100);
      // A query that names a protected person finds nothing for whoever may not see the name:
      // the masked passages are not found by it, and the answer is that of an unknown name.
      const redactor = await redactorFor(store.db, caller, query.consentScopes);
      if (redactor.inQuery(query.q))
        return { total: 0, totalIsLowerBound: false, limit, offset, hits: [] };
      if (offset + limit > COUNT_CAP)
        throw new InvalidInputError(
          `results are ranked among the first ${COUNT_CAP} matches; narrow the search to page further`,
          "offset",
          { code: "search.rank-cap", params: { limit: COUNT_CAP } },
        );
      const { rows, total, capped } = await searchPassages(store.db, {
        tsquery: parsed.tsquery,
        visibility: visibilityKeys(caller),
        caseId: query.caseId,
        kind: query.kind,
        from: dateBound(query.from, "from", false),
        to: dateBound(query.to, "to", true),
        affiliation: query.affiliation,
        measure: query.measure,
        placeTsquery,
        limit,
        offset,
      });
      return {
        total,
        /** True when more passages match than are counted (COUNT_CAP): total is then a lower bound. */
        totalIsLowerBound: capped,
        limit,
        offset,
        hits: rows.map((r) => ({
          sourceId: r.sourceId,
          passageId: r.passageId,
          seq: r.seq,
          score: r.score,
          snippet: redactor.text(snippet(r.text, parsed.terms), "snippet"),
          sourceTitle: r.sourceTitle,
          sourceKind: r.sourceKind,
          published:
            r.publishedDate && r.publishedPrecision
              ? { iso: r.publishedDate, precision: r.publishedPrecision }
              : null,
          start: r.start,
          end: r.end,
          // A transcript's line opens its recording at its moment (the viewer seeks to ?t=).
          moment: r.moment,
        })),
      };
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
