/**
 * The note behind every statement of a brief: outlet, author, date and title of the source, where
 * in it the words are, and the SHA-256 of the archived file that holds them.
 */
import {
  type BriefLanguage,
  type BriefWords,
  briefDate,
  NoteRegistry,
  phrase,
} from "../core/report/index.js";
import type { ClaimRecord } from "../store/claims.repository.js";
import type { VisibleCase } from "./case-view.js";

/** The note of a source (and of a claim's place in it) in the brief's language; titles stay as published. */
export function sourceNoteText(
  view: VisibleCase,
  sourceId: string,
  claim: ClaimRecord | undefined,
  w: BriefWords,
  lang: BriefLanguage,
): string {
  const s = view.sourceById.get(sourceId);
  if (!s) return phrase(w, "source", { id: sourceId });
  const m = s.metadata;
  const parent = s.parentId ? view.sourceById.get(s.parentId) : undefined;
  const locator = claim
    ? phrase(w, "charsOfText", { start: claim.start, end: claim.end })
    : s.parentId && s.parentStart !== null
      ? phrase(w, "charsOf", {
          start: s.parentStart,
          end: s.parentEnd ?? "",
          title: parent ? `“${parent.metadata.title}”` : phrase(w, "ofCompilation"),
        })
      : phrase(w, "wholeSource");
  return [
    m.organisation ?? phrase(w, "outletUnstated"),
    m.authors.length ? m.authors.join(", ") : phrase(w, "authorUnstated"),
    m.published?.iso ? briefDate(m.published.iso, lang) : phrase(w, "dateUnstated"),
    `“${m.title}”`,
    locator,
    s.blobSha256 ? phrase(w, "archived", { sha: s.blobSha256 }) : phrase(w, "notArchived"),
  ].join("; ");
}

/** Cites claims and sources of a visible case; invisible ones are never cited. */
export function briefCiter(view: VisibleCase, w: BriefWords, lang: BriefLanguage) {
  const registry = new NoteRegistry();
  const claims = new Map(view.claims.map((c) => [c.id, c]));
  const claimNote = (id: string): number[] => {
    const c = claims.get(id);
    return c
      ? [registry.cite(`claim:${id}`, () => sourceNoteText(view, c.sourceId, c, w, lang))]
      : [];
  };
  const sourceNote = (id: string): number[] =>
    view.sourceById.has(id)
      ? [registry.cite(`source:${id}`, () => sourceNoteText(view, id, undefined, w, lang))]
      : [];
  return { registry, claimNote, sourceNote };
}
