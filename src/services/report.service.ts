/**
 * Briefs: a footnoted document of a case — places, chronology, each measure's figures with their
 * spread, claimants and independent origins, and the legal matrix with its gaps and contradicting
 * evidence — as HTML, Markdown or PDF. Made from what the caller may see; logged.
 */
import { PLACES } from "../core/gazetteer/index.js";
import {
  type Brief,
  type BriefCrime,
  type Cited,
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
}

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

const GAPS: Record<string, string> = {
  no_evidence: "Gap: no reviewed evidence supports this element.",
  one_origin: "Gap: only one independent origin supports this element.",
};

export interface ReportDeps {
  readonly cases: CaseService;
  readonly figures: FiguresService;
  readonly matrix: MatrixService;
  readonly env: NodeJS.ProcessEnv;
}

export function createReportService(store: Store, deps: ReportDeps) {
  async function brief(caller: Caller, caseId: string, crime: string | undefined): Promise<Brief> {
    const view = await visibleCase(store, caller, caseId);
    const { registry, claimNote, sourceNote } = briefCiter(view);
    const { info } = view.row.data;
    const timeline = await deps.cases.timeline(caller, caseId);
    const chronology = timeline.events.map((e) => ({
      when: `${e.when.start}${e.when.end ? ` – ${e.when.end}` : ""}${e.when.approximate ? " (approx.)" : ""}`,
      text: e.what,
      conflict: e.conflicts.length > 0,
      notes: [...e.claimIds.flatMap(claimNote), ...e.sourceIds.flatMap(sourceNote)],
    }));
    const findings = await deps.figures.figures(caller, caseId);
    const measures = (Array.isArray(findings) ? findings : []).map((f) => ({
      measure: f.measure.replaceAll("_", " "),
      spread: f.spread ? `${f.spread.min}–${f.spread.max}` : "no comparable whole-event values",
      origins: f.independentOrigins,
      claimants: [...new Set(f.claims.map((c) => c.claimantName))],
      flags: f.flags.map(
        (fl) =>
          `${fl.type.replaceAll("_", " ")}${fl.subgroup ? ` (${fl.subgroup})` : ""}: ${fl.values.join(" vs ")}`,
      ),
      claims: f.claims.map((c) => ({
        text: `${c.label}${c.subgroup ? ` ${c.subgroup}` : ""}${c.aspect ? ` [${c.aspect.replaceAll("_", " ")}]` : ""} — stated by ${c.claimantName}, published by ${c.publisher}${c.published ? `, ${c.published}` : ""}`,
        notes: claimNote(c.claimId),
      })),
    }));
    const m = await deps.matrix.matrix(caller, caseId, { crime });
    const linked = m.crimes.filter(
      (c) =>
        crime !== undefined ||
        c.rows.some((r) => r.supports.length + r.contradicts.length + r.context.length > 0),
    );
    const entryCited = (
      e: (typeof m.crimes)[number]["rows"][number]["supports"][number],
    ): Cited => ({
      text: `${e.label} — ${e.sourceTitle}${e.claimant ? `, stated by ${e.claimant}` : ""} (weight ${e.weight}, source ${e.grade ?? "ungraded"}, origin ${e.origin})`,
      notes: e.claimId ? claimNote(e.claimId) : sourceNote(e.sourceId),
    });
    const matrix: BriefCrime[] = linked.map((c) => ({
      title: c.title,
      articles: c.articles,
      lawVersion: c.lawVersion,
      rows: c.rows.map((r) => ({
        position: r.position,
        kind: r.kind,
        text: r.text,
        gap: r.gap ? (GAPS[r.gap] ?? r.gap) : null,
        summary: `For: ${r.confirmed.supports.links} reviewed link(s) from ${r.confirmed.supports.origins} independent origin(s), score ${r.confirmed.supports.score}. Against: ${r.confirmed.contradicts.links} link(s) from ${r.confirmed.contradicts.origins} origin(s), score ${r.confirmed.contradicts.score}.`,
        supports: r.supports.filter((e) => e.status === "confirmed").map(entryCited),
        contradicts: r.contradicts.filter((e) => e.status === "confirmed").map(entryCited),
        proposed: r.proposed,
      })),
    }));
    const places = info.places.flatMap((id) => {
      const p = PLACES.find((x) => x.id === id);
      return p ? [{ name: p.name, aliases: [...p.aliases] }] : [];
    });
    return {
      title: `Brief: ${info.title}`,
      caseId,
      summary: info.summary,
      generatedAt: new Date().toISOString(),
      casefileVersion: CASEFILE_VERSION,
      logHead: await logHead(store.db),
      audience:
        caller.kind === "anonymous"
          ? "the public (restricted material left out)"
          : `${actorName(caller)} (may include restricted material)`,
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
        throw new InvalidInputError(`format must be one of ${REPORT_FORMATS.join(", ")}`, "format");
      const format = req.format as ReportFormat;
      // Find the printer before the work: without one, fail at once and write nothing.
      const chromium = format === "pdf" ? findChromium(deps.env) : null;
      // Protected names as pseudonyms (masked in quotes) for whoever may not see them.
      const b = (await redactorFor(store.db, caller)).deep(await brief(caller, caseId, req.crime));
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
            notes: b.notes.length,
            logHeadSeq: b.logHead?.seq ?? 0,
            casefileVersion: CASEFILE_VERSION,
          },
        }),
      );
      return {
        format,
        mediaType: MEDIA[format],
        fileName: `${caseId}-brief.${format}`,
        bytes,
      };
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
