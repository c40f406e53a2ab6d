/** The shape in which the matrix leaves the system: plain rows and entries, filtered as asked. */
import {
  articleLabel,
  type CrimeMatrix,
  type Law,
  type MatrixEntry,
  type Polarity,
  translationsOf,
} from "../../core/law/index.js";
import type { EvidenceFacts } from "../evidence-origins.js";

function entry(e: MatrixEntry, facts: EvidenceFacts | undefined) {
  return {
    linkId: e.id,
    status: e.status,
    polarity: e.polarity,
    weight: e.weight,
    grade: e.grade,
    credibility: facts?.credibility ?? null,
    factor: e.factor,
    score: e.score,
    origin: e.origin,
    part: e.part,
    rationale: e.rationale,
    claimId: e.claimId,
    passageId: e.passageId,
    sourceId: e.sourceId,
    label: facts?.label ?? "",
    what: facts?.what ?? null,
    sourceTitle: facts?.sourceTitle ?? "",
    claimant: facts?.claimant ?? null,
    rule: facts?.rule ?? null,
  };
}
export type MatrixEntryView = ReturnType<typeof entry>;

export function presentMatrix(
  caseId: string,
  law: Law,
  crimes: readonly CrimeMatrix[],
  facts: ReadonlyMap<string, EvidenceFacts>,
  q: { readonly element?: string | undefined; readonly polarity?: string | undefined },
) {
  const wanted = (p: Polarity) => q.polarity === undefined || q.polarity === p;
  const side = (p: Polarity, entries: readonly MatrixEntry[]) =>
    wanted(p) ? entries.map((e) => entry(e, facts.get(e.id))) : [];
  // Titles and element texts in the other languages, for the ids this answer names.
  const ids = [
    ...law.families.map((f) => f.id),
    ...crimes.flatMap((c) => [
      c.crimeId,
      ...c.rows.flatMap((r) => [r.id, ...[...r.alternatives, ...r.subElements].map((p) => p.id)]),
    ]),
  ];
  return {
    caseId,
    translations: translationsOf(law.translations, ids),
    law: law.families.map((f) => ({ id: f.id, version: f.version, title: f.title })),
    crimes: crimes.map((c) => ({
      crimeId: c.crimeId,
      title: c.title,
      category: c.category,
      lawVersion: c.lawVersion,
      articles: c.articles.map(articleLabel),
      articleRefs: c.articles.map((a) => ({ ...a })),
      gaps: c.gaps,
      contradicted: c.contradicted,
      rows: c.rows
        .filter(
          (r) =>
            q.element === undefined ||
            r.id === q.element ||
            [...r.alternatives, ...r.subElements].some((p) => p.id === q.element),
        )
        .map((r) => ({
          position: r.position,
          id: r.id,
          kind: r.kind,
          text: r.text,
          shared: r.shared,
          alternatives: r.alternatives.map((a) => ({ ...a })),
          subElements: r.subElements.map((s) => ({ ...s })),
          gap: r.gap,
          proposed: r.proposed,
          confirmed: {
            supports: { ...r.confirmed.supports },
            contradicts: { ...r.confirmed.contradicts },
          },
          supports: side("supports", r.supports),
          contradicts: side("contradicts", r.contradicts),
          context: side("context", r.context),
        })),
    })),
  };
}
export type MatrixView = ReturnType<typeof presentMatrix>;
