/** The shapes in which evidence links and the law leave the services. */
import { articleLabel, type Law, lawTexts, translationsOf } from "../../core/law/index.js";
import type {
  EvidenceLinkRecord,
  LinkVersionRecord,
} from "../../store/evidence-links.repository.js";

export function presentLink(l: EvidenceLinkRecord) {
  return {
    id: l.id,
    caseId: l.caseId,
    targetKind: l.targetKind,
    sourceId: l.sourceId,
    passageId: l.passageId,
    claimId: l.claimId,
    elementId: l.elementId,
    lawVersion: l.lawVersion,
    polarity: l.polarity,
    weight: l.weight,
    rationale: l.rationale,
    status: l.status,
    origin: l.origin,
    rule: l.rule,
    version: l.version,
    createdBy: l.createdBy,
    createdAt: l.createdAt.toISOString(),
    reviewedBy: l.reviewedBy,
    reviewedAt: l.reviewedAt?.toISOString() ?? null,
    reviewReason: l.reviewReason,
  };
}
export type EvidenceLinkView = ReturnType<typeof presentLink>;

export function presentLinkVersion(v: LinkVersionRecord) {
  return {
    version: v.version,
    status: v.status,
    elementId: v.elementId,
    polarity: v.polarity,
    weight: v.weight,
    rationale: v.rationale,
    at: v.at.toISOString(),
    by: v.by,
    reason: v.reason,
  };
}

/** The law as the API and the web app read it: families, and crimes with their ordered elements. */
export function presentLaw(law: Law) {
  return {
    families: law.families.map((f) => ({ ...f, instruments: [...f.instruments] })),
    /** Every text above in Azerbaijani and Russian, by the id that names it. */
    translations: translationsOf(law.translations, lawTexts(law).keys()),
    crimes: law.crimes.map((c) => ({
      id: c.id,
      title: c.title,
      category: c.category,
      family: c.family,
      lawVersion: c.lawVersion,
      articles: c.articles.map(articleLabel),
      articleRefs: c.articles.map((a) => ({ ...a })),
      elements: c.elements.map((e, i) => ({
        position: i + 1,
        id: e.id,
        kind: e.kind,
        text: e.text,
        shared: e.shared,
        alternatives: e.alternatives.map((a) => ({ ...a })),
        subElements: e.subElements.map((s) => ({ ...s })),
      })),
    })),
  };
}
export type LawView = ReturnType<typeof presentLaw>;
