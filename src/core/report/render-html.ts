/**
 * The brief as one self-contained HTML document (no remote fonts, scripts or styles). For the
 * screen, citations are numbered links to the notes at the end; for print, each citation carries
 * its note inline as a float: footnote, which the pagination script moves to the page's foot.
 */
import type { Brief, BriefCrime, Cited } from "./brief.js";
import { BRIEF_WORDS, type BriefWords, phrase } from "./brief-words.js";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export type HtmlMode = "screen" | "print";

const STYLE = `
@page { size: A4; margin: 22mm 20mm 25mm 20mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; } }
@page { @footnote { border-top: 0.5pt solid #888; padding-top: 2mm; } }
body { font-family: "DejaVu Sans", "DejaVu Serif", sans-serif; font-size: 10pt; line-height: 1.4; color: #111; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.4em; } h3 { font-size: 11pt; }
.meta { font-size: 8.5pt; color: #444; }
.footnote { float: footnote; font-size: 7.5pt; line-height: 1.25; }
.footnote::footnote-call { content: ""; }
.footnote::footnote-marker { content: ""; }
sup a { text-decoration: none; }
.gap { color: #9a3412; font-weight: bold; }
.against { color: #7f1d1d; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.5pt solid #999; padding: 2pt 4pt; vertical-align: top; text-align: left; }
ol.notes { font-size: 8.5pt; }
`;

function cite(c: Cited, mode: HtmlMode, notes: ReadonlyMap<number, string>): string {
  const calls =
    mode === "print"
      ? c.notes
          .map(
            (n) =>
              // The brief's own number, in the call and in the note: a repeated source keeps it.
              `<sup>${n}</sup><span class="footnote" data-note="${n}">${n}. ${escapeHtml(notes.get(n) ?? "")}</span>`,
          )
          .join("<sup>,</sup>")
      : c.notes.map((n) => `<sup><a href="#note-${n}">${n}</a></sup>`).join("");
  return `${escapeHtml(c.text)}${calls}`;
}

function crimeHtml(
  crime: BriefCrime,
  mode: HtmlMode,
  notes: ReadonlyMap<number, string>,
  w: BriefWords,
): string {
  const rows = crime.rows
    .map((r) => {
      const list = (items: readonly Cited[], cls = "") =>
        items.length === 0
          ? "<p>—</p>"
          : `<ul${cls ? ` class="${cls}"` : ""}>${items.map((i) => `<li>${cite(i, mode, notes)}</li>`).join("")}</ul>`;
      return `<h4>${r.position}. ${escapeHtml(r.text)} <span class="meta">(${escapeHtml(w.kind[r.kind] ?? r.kind)})</span></h4>
<p class="meta">${escapeHtml(r.summary)}${r.proposed ? ` ${escapeHtml(phrase(w, "proposed", { n: r.proposed }))}` : ""}</p>
${r.gap ? `<p class="gap">${escapeHtml(r.gap)}</p>` : ""}
<p><strong>${escapeHtml(phrase(w, "supporting"))}</strong></p>${list(r.supports)}
<p><strong>${escapeHtml(phrase(w, "contradicting"))}</strong></p>${list(r.contradicts, "against")}`;
    })
    .join("\n");
  return `<section class="crime"><h3>${escapeHtml(crime.title)}</h3>
<p class="meta">${escapeHtml(crime.articles.join("; "))} · ${escapeHtml(phrase(w, "lawVersion", { version: crime.lawVersion }))}</p>
${rows}</section>`;
}

/** Which case, when, by which version, at which log entry, for whom: in the brief's language. */
export function metaLine(brief: Brief, w: BriefWords): string {
  const head = brief.logHead
    ? `#${brief.logHead.seq} ${brief.logHead.hash}`
    : phrase(w, "emptyLog");
  return `${phrase(w, "caseMeta", {
    case: brief.caseId,
    made: brief.generatedAt,
    version: brief.casefileVersion,
    head,
    audience: brief.audience,
  })}${brief.crime ? phrase(w, "crimeMeta", { crime: brief.crime }) : ""}`;
}

export function renderBriefHtml(brief: Brief, mode: HtmlMode): string {
  const w = BRIEF_WORDS[brief.language];
  const notes = new Map(brief.notes.map((n) => [n.n, n.text]));
  const places = brief.places
    .map(
      (p) =>
        `<li>${escapeHtml(p.name)}${p.aliases.length ? ` — ${escapeHtml(p.aliases.join(", "))}` : ""}</li>`,
    )
    .join("");
  const chronology = brief.chronology
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.when)}${e.conflict ? " ⚑" : ""}</td><td>${cite(e, mode, notes)}</td></tr>`,
    )
    .join("\n");
  const measures = brief.measures
    .map(
      (m) => `<section><h3>${escapeHtml(m.measure)}</h3>
<p>${escapeHtml(phrase(w, "spread", { spread: m.spread, origins: m.origins, claimants: m.claimants.join("; ") }))}</p>
${m.flags.length ? `<p class="meta">${escapeHtml(phrase(w, "discrepancies", { flags: m.flags.join("; ") }))}</p>` : ""}
<ul>${m.claims.map((c) => `<li>${cite(c, mode, notes)}</li>`).join("")}</ul></section>`,
    )
    .join("\n");
  const endnotes =
    mode === "screen"
      ? `<section><h2>${escapeHtml(phrase(w, "notes"))}</h2><ol class="notes">${brief.notes.map((n) => `<li id="note-${n.n}">${escapeHtml(n.text)}</li>`).join("")}</ol></section>`
      : "";
  return `<!doctype html>
<html lang="${brief.language}"><head><meta charset="utf-8"><title>${escapeHtml(brief.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(brief.title)}</h1>
<p class="meta">${escapeHtml(metaLine(brief, w))}</p>
<p>${escapeHtml(brief.summary)}</p>
<p class="meta">${escapeHtml(phrase(w, "neutral"))}</p>
<h2>${escapeHtml(phrase(w, "places"))}</h2><ul>${places}</ul>
<h2>${escapeHtml(phrase(w, "chronology"))}</h2><table><tbody>${chronology}</tbody></table>
<h2>${escapeHtml(phrase(w, "figures"))}</h2>${measures}
<h2>${escapeHtml(phrase(w, "matrix"))}</h2>${brief.matrix.map((c) => crimeHtml(c, mode, notes, w)).join("\n")}
${endnotes}
</body></html>
`;
}
