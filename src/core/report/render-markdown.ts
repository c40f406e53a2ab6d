/** The brief as Markdown with footnotes ([^n]), for editors and version control. */
import type { Brief, Cited } from "./brief.js";
import { BRIEF_WORDS, phrase } from "./brief-words.js";
import { metaLine } from "./render-html.js";

/** Markdown's own characters in a statement would change its meaning; escape them. */
const md = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, "\\$1");
const cite = (c: Cited) => `${md(c.text)}${c.notes.map((n) => `[^${n}]`).join("")}`;

export function renderBriefMarkdown(brief: Brief): string {
  const w = BRIEF_WORDS[brief.language];
  const out: string[] = [
    `# ${md(brief.title)}`,
    "",
    md(metaLine(brief, w)),
    "",
    md(brief.summary),
    "",
    phrase(w, "neutral"),
    "",
    `## ${phrase(w, "places")}`,
    "",
    ...brief.places.map(
      (p) => `- ${md(p.name)}${p.aliases.length ? ` — ${md(p.aliases.join(", "))}` : ""}`,
    ),
    "",
    `## ${phrase(w, "chronology")}`,
    "",
    ...brief.chronology.map((e) => `- **${md(e.when)}**${e.conflict ? " ⚑" : ""} ${cite(e)}`),
    "",
    `## ${phrase(w, "figures")}`,
  ];
  for (const m of brief.measures) {
    out.push("", `### ${md(m.measure)}`, "");
    out.push(
      md(
        phrase(w, "spread", {
          spread: m.spread,
          origins: m.origins,
          claimants: m.claimants.join("; "),
        }),
      ),
    );
    if (m.flags.length) out.push("", md(phrase(w, "discrepancies", { flags: m.flags.join("; ") })));
    out.push("", ...m.claims.map((c) => `- ${cite(c)}`));
  }
  out.push("", `## ${phrase(w, "matrix")}`);
  for (const crime of brief.matrix) {
    out.push(
      "",
      `### ${md(crime.title)}`,
      "",
      `${crime.articles.join("; ")} · ${phrase(w, "lawVersion", { version: crime.lawVersion })}`,
    );
    for (const r of crime.rows) {
      out.push(
        "",
        `#### ${r.position}. ${md(r.text)} (${md(w.kind[r.kind] ?? r.kind)})`,
        "",
        md(r.summary),
      );
      if (r.proposed) out.push("", md(phrase(w, "proposed", { n: r.proposed })));
      if (r.gap) out.push("", `**${md(r.gap)}**`);
      out.push(
        "",
        `${phrase(w, "supporting")}:`,
        "",
        ...(r.supports.length ? r.supports.map((c) => `- ${cite(c)}`) : ["- —"]),
      );
      out.push(
        "",
        `${phrase(w, "contradicting")}:`,
        "",
        ...(r.contradicts.length ? r.contradicts.map((c) => `- ${cite(c)}`) : ["- —"]),
      );
    }
  }
  out.push("", ...brief.notes.map((n) => `[^${n.n}]: ${md(n.text)}`), "");
  return out.join("\n");
}
