/** The brief as Markdown with footnotes ([^n]), for editors and version control. */
import type { Brief, Cited } from "./brief.js";

/** Markdown's own characters in a statement would change its meaning; escape them. */
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, "\\$1");
const cite = (c: Cited) => `${md(c.text)}${c.notes.map((n) => `[^${n}]`).join("")}`;

export function renderBriefMarkdown(brief: Brief): string {
  const out: string[] = [
    `# ${md(brief.title)}`,
    "",
    `Case ${brief.caseId} · made ${brief.generatedAt} by Casefile ${brief.casefileVersion} · activity log head ${brief.logHead ? `#${brief.logHead.seq} ${brief.logHead.hash}` : "(empty)"} · for ${md(brief.audience)}${brief.crime ? ` · crime ${brief.crime}` : ""}`,
    "",
    md(brief.summary),
    "",
    "Casefile states who claims what, when and on what basis; it does not say which figure is true.",
    "",
    "## Places",
    "",
    ...brief.places.map(
      (p) => `- ${md(p.name)}${p.aliases.length ? ` — ${md(p.aliases.join(", "))}` : ""}`,
    ),
    "",
    "## Chronology",
    "",
    ...brief.chronology.map((e) => `- **${md(e.when)}**${e.conflict ? " ⚑" : ""} ${cite(e)}`),
    "",
    "## Figures by measure",
  ];
  for (const m of brief.measures) {
    out.push("", `### ${md(m.measure)}`, "");
    out.push(
      `Stated values span ${m.spread}, from ${m.origins} independent origin(s). Claimants: ${md(m.claimants.join("; "))}.`,
    );
    if (m.flags.length) out.push("", `Discrepancies: ${md(m.flags.join("; "))}`);
    out.push("", ...m.claims.map((c) => `- ${cite(c)}`));
  }
  out.push("", "## Legal matrix");
  for (const crime of brief.matrix) {
    out.push(
      "",
      `### ${md(crime.title)}`,
      "",
      `${crime.articles.join("; ")} · law ${crime.lawVersion}`,
    );
    for (const r of crime.rows) {
      out.push("", `#### ${r.position}. ${md(r.text)} (${r.kind})`, "", md(r.summary));
      if (r.proposed)
        out.push("", `${r.proposed} proposed link(s) await review and are not counted.`);
      if (r.gap) out.push("", `**${md(r.gap)}**`);
      out.push(
        "",
        "Supporting evidence:",
        "",
        ...(r.supports.length ? r.supports.map((c) => `- ${cite(c)}`) : ["- —"]),
      );
      out.push(
        "",
        "Contradicting evidence:",
        "",
        ...(r.contradicts.length ? r.contradicts.map((c) => `- ${cite(c)}`) : ["- —"]),
      );
    }
  }
  out.push("", ...brief.notes.map((n) => `[^${n.n}]: ${md(n.text)}`), "");
  return out.join("\n");
}
