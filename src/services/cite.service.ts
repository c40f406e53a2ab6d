/**
 * Citing what the archive holds: a source, a passage or a claim, by its id, in the formats of
 * core/cite. What the caller may not see cannot be cited ("not found", as everywhere).
 */
import { type Citation, type CitationFormat, formatCitation } from "../core/cite/citation.js";
import { describeLocator } from "../core/model/locator.js";
import { getClaim } from "../store/claims.repository.js";
import type { Store } from "../store/open-store.js";
import { getPassage, getSource, type SourceRecord } from "../store/sources.repository.js";
import type { Caller } from "./caller.js";
import { NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { maySeeSource } from "./source-access.js";

export function createCiteService(store: Store) {
  async function visible(caller: Caller, id: string): Promise<SourceRecord | null> {
    const source = await getSource(store.db, id);
    return source && (await maySeeSource(store.db, caller, source)) ? source : null;
  }

  async function base(
    source: SourceRecord,
    target: Citation["target"],
    id: string,
    baseUrl: string,
    fragment: string,
  ): Promise<Citation> {
    const m = source.metadata;
    const parent = source.parentId ? await getSource(store.db, source.parentId) : null;
    return {
      target,
      id,
      sourceId: source.id,
      sourceKind: m.kind,
      title: m.title,
      authors: m.authors,
      organisation: m.organisation,
      published: m.published,
      publishedPlace: m.publishedPlace,
      language: m.language,
      passage: null,
      quote: null,
      url: `${baseUrl.replace(/\/$/, "")}/sources/${source.id}${fragment}`,
      sha256: source.blobSha256,
      partOf:
        parent && source.parentStart !== null && source.parentEnd !== null
          ? { title: parent.metadata.title, start: source.parentStart, end: source.parentEnd }
          : null,
    };
  }

  return {
    /** The citation of whatever the id names: a source, a passage or a claim. */
    async cite(caller: Caller, id: string, baseUrl: string): Promise<Citation> {
      if (!isUuid(id))
        throw new NotFoundError(`source, passage or claim ${id}`, {
          code: "not-found.citable",
          params: { id },
        });
      const source = await visible(caller, id);
      if (source) return base(source, "source", id, baseUrl, "");
      const passage = await getPassage(store.db, id);
      const ofPassage = passage ? await visible(caller, passage.sourceId) : null;
      if (passage && ofPassage)
        return {
          ...(await base(ofPassage, "passage", id, baseUrl, `#p-${passage.seq}`)),
          passage: passage.seq,
          quote: passage.text,
        };
      const claim = await getClaim(store.db, id);
      const ofClaim = claim ? await visible(caller, claim.sourceId) : null;
      if (claim && ofClaim) {
        const claimPassage = claim.passageId ? await getPassage(store.db, claim.passageId) : null;
        return {
          ...(await base(ofClaim, "claim", id, baseUrl, `#claim-${claim.id}`)),
          passage: claimPassage?.seq ?? null,
          quote: claim.exact,
          locator: claim.mediaLocator ? describeLocator(claim.mediaLocator) : null,
        };
      }
      throw new NotFoundError(`source, passage or claim ${id}`, {
        code: "not-found.citable",
        params: { id },
      });
    },

    /** The citation rendered in one of the formats. */
    async format(caller: Caller, id: string, baseUrl: string, format: CitationFormat) {
      const citation = await this.cite(caller, id, baseUrl);
      return { citation, format, text: formatCitation(citation, format) };
    },
  };
}
export type CiteService = ReturnType<typeof createCiteService>;
