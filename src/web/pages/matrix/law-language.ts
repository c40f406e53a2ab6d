/**
 * The law's titles and element texts in the reader's language: the API sends the English
 * paraphrase with its Azerbaijani and Russian translations by id (law/translations), and the
 * article references as data, worded here from the catalogue.
 */
import { evidenceText } from "../../../core/law/evidence-words.js";
import type { CrimeMatrix, LawCrime, Matrix, MatrixEntry } from "../../api/matrix.js";
import { currentLocale, formatNumber, type MessageKey, t, tMaybe } from "../../i18n/i18n.js";
import { term } from "../../i18n/terms.js";

export interface LawTranslations {
  readonly az: Readonly<Record<string, string>>;
  readonly ru: Readonly<Record<string, string>>;
}

export interface ArticleRef {
  readonly instrument: string;
  readonly article: string;
}

/** A text of the law in the reader's language, the English paraphrase where none is given. */
function texts(translations: LawTranslations | undefined) {
  const locale = currentLocale();
  const table = locale === "en" ? undefined : translations?.[locale];
  return (id: string, english: string) => table?.[id] ?? english;
}

/** "Rome Statute art. 6(a)" in the reader's words; an unknown instrument as the API wrote it. */
function articleLabels(refs: readonly ArticleRef[] | undefined, labels: readonly string[]) {
  if (!refs) return labels;
  return refs.map((r, i) =>
    tMaybe(`law.article.${r.instrument}`) !== null
      ? t(`law.article.${r.instrument}` as MessageKey, { article: r.article })
      : (labels[i] ?? r.article),
  );
}

/** What a piece of evidence states, in the reader's words ("убитые (дети): 63"). */
function whatLabel(e: MatrixEntry): string {
  if (!e.what) return e.label;
  return evidenceText(
    e.what,
    {
      passage: t("matrix.target.passage"),
      wholeSource: t("matrix.target.source"),
      claimKind: (kind) => term("claimKind", kind),
      measure: (code) => term("measure", code),
      subgroup: (code) => term("subgroup", code),
      qualification: (code) => term("qualification", code),
    },
    formatNumber,
  );
}

export function localMatrix(m: Matrix): Matrix {
  const text = texts(m.translations);
  const part = <P extends { id: string; text: string }>(p: P): P => ({
    ...p,
    text: text(p.id, p.text),
  });
  const local = (e: MatrixEntry): MatrixEntry => ({
    ...e,
    label: whatLabel(e),
    part: e.part && part(e.part),
  });
  const crime = (c: CrimeMatrix): CrimeMatrix => ({
    ...c,
    title: text(c.crimeId, c.title),
    articles: articleLabels(c.articleRefs, c.articles),
    rows: c.rows.map((r) => ({
      ...r,
      text: text(r.id, r.text),
      supports: r.supports.map(local),
      contradicts: r.contradicts.map(local),
      context: r.context.map(local),
    })),
  });
  return { ...m, crimes: m.crimes.map(crime) };
}

export function localLaw(law: {
  crimes: readonly LawCrime[];
  translations?: LawTranslations;
}): readonly LawCrime[] {
  const text = texts(law.translations);
  return law.crimes.map((c) => ({
    ...c,
    title: text(c.id, c.title),
    elements: c.elements.map((e) => ({ ...e, text: text(e.id, e.text) })),
  }));
}
