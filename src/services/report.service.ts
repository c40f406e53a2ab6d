/**
 * Briefs: a footnoted document of a case — places, chronology, each measure's figures with their
 * spread, claimants and independent origins, and the legal matrix with its gaps and contradicting
 * evidence — as HTML, Markdown or PDF. Made from what the caller may see; logged.
 */
import { PLACES } from "../core/gazetteer/index.js";
import { evidenceText } from "../core/law/index.js";
import {
  BRIEF_LANGUAGES,
  BRIEF_WORDS,
  type Brief,
  type BriefCrime,
  type BriefLanguage,
  type BriefPhrase,
  briefDate,
  briefNumber,
  type Cited,
  isBriefLanguage,
  phrase,
  renderBriefHtml,
  renderBriefMarkdown,
} from "../core/report/index.js";
import { appendLog } from "../store/log.repository.js";
import { logHead } from "../store/log-head.repository.js";
import type { Store } from "../store/open-store.js";
import { briefCiter } from "./brief-notes.js";
import { actorName, type Caller } from "./caller.js";
import type { CaseService } from "./case.service.js";
import { visibleCase } from "./case-view.js";
import { InvalidInputError } from "./errors.js";
import type { FiguresService } from "./figures.service.js";
import type { MatrixService } from "./matrix.service.js";
import { findChromium, printPdf } from "./pdf-printer.js";
import { redactorFor } from "./protected-names.js";
import { CASEFILE_VERSION } from "./version.js";

export const REPORT_FORMATS = ["html", "md", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportRequest {
  readonly format: string;
  readonly crime?: string | undefined;
  /** The language of the brief's own words (en, az, ru); the sources' texts keep theirs. */
  readonly lang?: string | undefined;
}

/** Each instrument's article reference as a phrase of the brief. */
const ARTICLE_PHRASES: Readonly<Record<string, BriefPhrase>> = {
  "genocide-convention": "artGenocideConvention",
  "rome-statute": "artRomeStatute",
  arsiwa: "artArsiwa",
};

export interface ReportOutput {
  readonly format: ReportFormat;
  readonly mediaType: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

const MEDIA: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
};

export interface ReportDeps {
  readonly cases: CaseService;
  readonly figures: FiguresService;
  readonly matrix: MatrixService;
  readonly env: NodeJS.ProcessEnv;
}

export function createReportService(store: Store, deps: ReportDeps) {
  async function brief(
    caller: Caller,
    caseId: string,
    crime: string | undefined,
    lang: BriefLanguage,
  ): Promise<Brief> {
    const w = BRIEF_WORDS[lang];
    const num = (n: number) => briefNumber(n, lang);
    const view = await visibleCase(store, caller, caseId);
    const { registry, claimNote, sourceNote } = briefCiter(view, w, lang);
    const { info } = view.row.data;
    // The case's own texts in the brief's language where the case data carries a translation.
    const own = lang === "en" ? undefined : info.translations?.[lang];
    const timeline = await deps.cases.timeline(caller, caseId);
    const chronology = timeline.events.map((e) => ({
      when: `${briefDate(e.when.start, lang)}${e.when.end ? ` – ${briefDate(e.when.end, lang)}` : ""}${e.when.approximate ? ` ${phrase(w, "approx")}` : ""}`,
      text: (lang === "en" ? undefined : e.translations[lang]?.what) ?? e.what,
      conflict: e.conflicts.length > 0,
      notes: [...e.claimIds.flatMap(claimNote), ...e.sourceIds.flatMap(sourceNote)],
    }));
    const findings = await deps.figures.figures(caller, caseId);
    const measure = (code: string) => w.measure[code] ?? code.replaceAll("_", " ");
    const measures = (Array.isArray(findings) ? findings : []).map((f) => ({
      measure: measure(f.measure),
      spread: f.spread ? `${num(f.spread.min)}–${num(f.spread.max)}` : phrase(w, "noSpread"),
      origins: f.independentOrigins,
      claimants: [...new Set(f.claims.map((c) => c.claimantName))],
      flags: f.flags.map(
        (fl) =>
          `${w.flag[fl.type] ?? fl.type}${fl.subgroup ? ` (${w.subgroup[fl.subgroup] ?? fl.subgroup})` : ""}: ${fl.values.join(" / ")}`,
      ),
      claims: f.claims.map((c) => ({
        text: `${c.label}${c.subgroup ? ` ${w.subgroup[c.subgroup] ?? c.subgroup}` : ""}${c.aspect ? ` [${c.aspect.replaceAll("_", " ")}]` : ""} — ${phrase(w, "statedBy", { claimant: c.claimantName })}, ${phrase(w, "publishedBy", { publisher: c.publisher })}${c.published ? `, ${briefDate(c.published, lang)}` : ""}`,
        notes: claimNote(c.claimId),
      })),
    }));
    const m = await deps.matrix.matrix(caller, caseId, { crime });
    // The law's titles and element texts in the brief's language (law/translations).
    const law = (id: string, english: string) =>
      (lang === "en" ? undefined : m.translations[lang][id]) ?? english;
    const article = (a: { instrument: string; article: string }, english: string) => {
      const key = ARTICLE_PHRASES[a.instrument];
      return key ? phrase(w, key, { article: a.article }) : english;
    };
    const linked = m.crimes.filter(
      (c) =>
        crime !== undefined ||
        c.rows.some((r) => r.supports.length + r.contradicts.length + r.context.length > 0),
    );
    // What the evidence states in the brief's words ("убитые (дети): 63", "квалификация:
    // геноцид"); a time, place, actor or statement keeps its own text after its kind.
    const evidenceWords = {
      passage: phrase(w, "passage"),
      wholeSource: phrase(w, "wholeSource"),
      claimKind: (kind: string) => w.claimKind[kind] ?? kind,
      measure,
      subgroup: (code: string) => w.subgroup[code] ?? code,
      qualification: (code: string) => w.qualification[code] ?? code,
    };
    const whatOf = (e: (typeof m.crimes)[number]["rows"][number]["supports"][number]) =>
      e.what ? evidenceText(e.what, evidenceWords, num) : e.label;
    const entryCited = (
      e: (typeof m.crimes)[number]["rows"][number]["supports"][number],
    ): Cited => ({
      text: `${whatOf(e)} — ${e.sourceTitle}${e.claimant ? `, ${phrase(w, "statedBy", { claimant: e.claimant })}` : ""} (${phrase(w, "entry", { weight: e.weight, grade: e.grade ?? phrase(w, "ungraded"), origin: e.origin })})`,
      notes: e.claimId ? claimNote(e.claimId) : sourceNote(e.sourceId),
    });
    const matrix: BriefCrime[] = linked.map((c) => ({
      title: law(c.crimeId, c.title),
      articles: c.articleRefs.map((a, i) => article(a, c.articles[i] ?? a.article)),
      lawVersion: c.lawVersion,
      rows: c.rows.map((r) => ({
        position: r.position,
        kind: r.kind,
        text: law(r.id, r.text),
        gap:
          r.gap === "no_evidence"
            ? phrase(w, "gapNoEvidence")
            : r.gap === "one_origin"
              ? phrase(w, "gapOneOrigin")
              : null,
        summary: phrase(w, "rowSummary", {
          forLinks: r.confirmed.supports.links,
          forOrigins: r.confirmed.supports.origins,
          forScore: num(r.confirmed.supports.score),
          againstLinks: r.confirmed.contradicts.links,
          againstOrigins: r.confirmed.contradicts.origins,
          againstScore: num(r.confirmed.contradicts.score),
        }),
        supports: r.supports.filter((e) => e.status === "confirmed").map(entryCited),
        contradicts: r.contradicts.filter((e) => e.status === "confirmed").map(entryCited),
        proposed: r.proposed,
      })),
    }));
    const places = info.places.flatMap((id) => {
      const p = PLACES.find((x) => x.id === id);
      return p ? [{ name: p.name, aliases: [...p.aliases] }] : [];
    });
    const generatedAt = new Date().toISOString();
    return {
      language: lang,
      title: phrase(w, "title", { title: own?.title ?? info.title }),
      caseId,
      summary: own?.summary ?? info.summary,
      generatedAt: briefDate(generatedAt, lang),
      casefileVersion: CASEFILE_VERSION,
      logHead: await logHead(store.db),
      audience:
        caller.kind === "anonymous"
          ? phrase(w, "audiencePublic")
          : phrase(w, "audienceUser", { name: actorName(caller) }),
      crime: crime ?? null,
      places,
      chronology,
      measures,
      matrix,
      notes: registry.notes,
    };
  }

  return {
    async report(caller: Caller, caseId: string, req: ReportRequest): Promise<ReportOutput> {
      if (!(REPORT_FORMATS as readonly string[]).includes(req.format))
        throw new InvalidInputError(
          `format must be one of ${REPORT_FORMATS.join(", ")}`,
          "format",
          {
            code: "invalid-input.enum",
            params: { field: "format", allowed: REPORT_FORMATS.join(", ") },
          },
        );
      const format = req.format as ReportFormat;
      // Find the printer before the work: without one, fail at once and write nothing.
      const chromium = format === "pdf" ? findChromium(deps.env) : null;
      // Protected names as pseudonyms (masked in quotes) for whoever may not see them.
      if (req.lang !== undefined && !isBriefLanguage(req.lang))
        throw new InvalidInputError(`lang must be one of ${BRIEF_LANGUAGES.join(", ")}`, "lang", {
          code: "invalid-input.enum",
          params: { field: "lang", allowed: BRIEF_LANGUAGES.join(", ") },
        });
      const lang = req.lang ?? "en";
      const b = (await redactorFor(store.db, caller)).deep(
        await brief(caller, caseId, req.crime, lang),
      );
      const bytes =
        format === "md"
          ? new TextEncoder().encode(renderBriefMarkdown(b))
          : format === "html"
            ? new TextEncoder().encode(renderBriefHtml(b, "screen"))
            : await printPdf(renderBriefHtml(b, "print"), chromium as string);
      await store.db.transaction((tx) =>
        appendLog(tx, {
          actor: actorName(caller),
          action: "case.report",
          targetType: "case",
          targetId: caseId,
          reason: null,
          data: {
            format,
            crime: req.crime ?? null,
            lang,
            notes: b.notes.length,
            logHeadSeq: b.logHead?.seq ?? 0,
            casefileVersion: CASEFILE_VERSION,
          },
        }),
      );
      return {
        format,
        mediaType: MEDIA[format],
        fileName: `${caseId}-brief${lang === "en" ? "" : `-${lang}`}.${format}`,
        bytes,
      };
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
