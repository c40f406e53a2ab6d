/**
 * The note behind every statement of a brief: outlet, author, date and title of the source, where
 * in it the words are, and the SHA-256 of the archived file that holds them.
 */
import { NoteRegistry } from "../core/report/index.js";
import type { ClaimRecord } from "../store/claims.repository.js";
import type { VisibleCase } from "./case-view.js";

export function sourceNoteText(view: VisibleCase, sourceId: string, claim?: ClaimRecord): string {
  const s = view.sourceById.get(sourceId);
  if (!s) return `source ${sourceId}`;
  const m = s.metadata;
  const parent = s.parentId ? view.sourceById.get(s.parentId) : undefined;
  const locator = claim
    ? `characters ${claim.start}–${claim.end} of its text`
    : s.parentId && s.parentStart !== null
      ? `characters ${s.parentStart}–${s.parentEnd} of ${parent ? `“${parent.metadata.title}”` : "its compilation"}`
      : "the whole source";
  return [
    m.organisation ?? "outlet not stated",
    m.authors.length ? m.authors.join(", ") : "author not stated",
    m.published?.iso ?? "date not stated",
    `“${m.title}”`,
    locator,
    s.blobSha256 ? `archived file SHA-256 ${s.blobSha256}` : "not archived here (citation only)",
  ].join("; ");
}

/** Cites claims and sources of a visible case; invisible ones are never cited. */
export function briefCiter(view: VisibleCase) {
  const registry = new NoteRegistry();
  const claims = new Map(view.claims.map((c) => [c.id, c]));
  const claimNote = (id: string): number[] => {
    const c = claims.get(id);
    return c ? [registry.cite(`claim:${id}`, () => sourceNoteText(view, c.sourceId, c))] : [];
  };
  const sourceNote = (id: string): number[] =>
    view.sourceById.has(id) ? [registry.cite(`source:${id}`, () => sourceNoteText(view, id))] : [];
  return { registry, claimNote, sourceNote };
}
