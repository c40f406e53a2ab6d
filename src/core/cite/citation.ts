/**
 * Citations of a source, a passage or a claim, in plain text, CSL-JSON (what Zotero and citeproc
 * read) and BibTeX. A citation names where the words were published and where this archive keeps
 * them: the address here and the SHA-256 of the archived file, so a reader can check the bytes.
 */
import type { PartialDate } from "../model/partial-date.js";

export const CITATION_FORMATS = ["text", "csl-json", "bibtex"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface Citation {
  readonly target: "source" | "passage" | "claim";
  readonly id: string;
  readonly sourceId: string;
  readonly sourceKind: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly organisation: string | null;
  readonly published: PartialDate | null;
  readonly publishedPlace: string | null;
  readonly language: string | null;
  /** The passage's number in its source, counted from 1. */
  readonly passage: number | null;
  /** The quoted words (a claim's quote, a passage's text). */
  readonly quote: string | null;
  /** Where a claim is in a picture or recording, in words ("region x 4–24, y 8–18 px", "0:01.0–0:02.5"). */
  readonly locator?: string | null;
  /** The address of the cited thing in this archive. */
  readonly url: string;
  /** SHA-256 of the archived original file; null for a source known by citation only. */
  readonly sha256: string | null;
  /** For a part of a compilation: the compilation, whose file the SHA-256 names. */
  readonly partOf: { readonly title: string; readonly start: number; readonly end: number } | null;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dateText(d: PartialDate): string {
  const [y, m, day] = d.iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [day ? String(Number(day)) : null, month, y].filter(Boolean).join(" ");
}

/** Quotes longer than this are cut at a word boundary with an ellipsis: a citation, not a copy. */
const QUOTE_MAX = 300;

function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  if (flat.length <= QUOTE_MAX) return flat;
  const cut = flat.slice(0, QUOTE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), QUOTE_MAX - 40))} …`;
}

function asText(c: Citation): string {
  const who = c.authors.length > 0 ? c.authors.join(", ") : c.organisation;
  const parts = [
    who,
    `“${c.title}”`,
    c.authors.length > 0 ? c.organisation : null,
    c.publishedPlace,
    c.published ? dateText(c.published) : "undated",
  ].filter((p): p is string => Boolean(p));
  let out = `${parts.join(", ")}.`;
  if (c.partOf) out += ` In: “${c.partOf.title}”.`;
  if (c.passage !== null) out += ` Passage ${c.passage}`;
  if (c.quote) out += `${c.passage !== null ? ": " : " "}“${shortQuote(c.quote)}”`;
  if (c.passage !== null || c.quote) out += ".";
  if (c.locator) out += ` At ${c.locator}.`;
  out += ` Casefile archive: ${c.url}`;
  if (c.sha256) out += ` (archived file SHA-256 ${c.sha256})`;
  return `${out}.`;
}

const CSL_TYPES: Record<string, string> = {
  press: "article-newspaper",
  ngo_report: "report",
  scholarly: "chapter",
  testimony: "interview",
  court_decision: "legal_case",
  resolution: "legislation",
  legislative_remark: "speech",
  statement: "speech",
  dataset: "dataset",
  photo: "graphic",
  video: "motion_picture",
};

function asCslJson(c: Citation): string {
  const parts = c.published?.iso.split("-").map(Number);
  const note = [
    c.partOf ? `In: ${c.partOf.title}` : null,
    c.passage !== null ? `Passage ${c.passage}` : null,
    c.quote ? `“${shortQuote(c.quote)}”` : null,
    c.locator ? `At ${c.locator}` : null,
    c.sha256 ? `Archived file SHA-256 ${c.sha256}` : null,
  ].filter(Boolean);
  const item = {
    id: c.id,
    type: CSL_TYPES[c.sourceKind] ?? "document",
    title: c.title,
    ...(c.authors.length > 0 ? { author: c.authors.map((literal) => ({ literal })) } : {}),
    ...(c.organisation
      ? { [c.sourceKind === "press" ? "container-title" : "publisher"]: c.organisation }
      : {}),
    ...(c.publishedPlace ? { "publisher-place": c.publishedPlace } : {}),
    ...(parts ? { issued: { "date-parts": [parts] } } : {}),
    ...(c.language ? { language: c.language } : {}),
    URL: c.url,
    ...(note.length > 0 ? { note: note.join(". ") } : {}),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** BibTeX's special characters, escaped so that any title survives. */
function bib(value: string): string {
  return value.replace(/[\\{}]/g, (ch) => `\\${ch}`).replace(/[%&$#_]/g, (ch) => `\\${ch}`);
}

function asBibtex(c: Citation): string {
  const [year, month] = c.published?.iso.split("-") ?? [];
  const entry =
    c.sourceKind === "press" ? "article" : c.sourceKind === "ngo_report" ? "techreport" : "misc";
  const venue =
    c.sourceKind === "press"
      ? "journal"
      : c.sourceKind === "ngo_report"
        ? "institution"
        : "publisher";
  const note = [
    c.partOf ? `In: ${c.partOf.title}` : null,
    c.passage !== null ? `passage ${c.passage}` : null,
    c.quote ? `“${shortQuote(c.quote)}”` : null,
    c.locator ? `at ${c.locator}` : null,
    c.sha256 ? `archived file SHA-256 ${c.sha256}` : null,
  ].filter((n): n is string => n !== null);
  const fields: [string, string | null | undefined][] = [
    ["title", c.title],
    ["author", c.authors.length > 0 ? c.authors.map((a) => `{${bib(a)}}`).join(" and ") : null],
    [venue, c.organisation],
    ["address", c.publishedPlace],
    ["year", year],
    ["month", month ? String(Number(month)) : undefined],
    ["language", c.language],
    ["url", c.url],
    ["note", note.length > 0 ? note.join("; ") : null],
  ];
  const body = fields
    .filter((f): f is [string, string] => typeof f[1] === "string" && f[1] !== "")
    .map(([k, v]) => `  ${k} = {${k === "author" || k === "url" ? v : bib(v)}}`)
    .join(",\n");
  return `@${entry}{casefile-${c.id.slice(0, 8)},\n${body}\n}\n`;
}

/** The citation in the format asked for. */
export function formatCitation(c: Citation, format: CitationFormat): string {
  if (format === "csl-json") return asCslJson(c);
  if (format === "bibtex") return asBibtex(c);
  return `${asText(c)}\n`;
}
