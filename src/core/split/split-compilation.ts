/**
 * Splits a compilation into its constituent sources. Sections are found by roman-numbered
 * headings; within each, detectors for the kinds of header a compilation uses (press datelines,
 * report header blocks, witness names, bylines, adopting bodies, congressional speakers) mark
 * where each source begins. A text with no such structure is one source.
 */

import { detectRemarks, detectScholarly, detectTestimonies } from "./detect-people.js";
import { detectPress } from "./detect-press.js";
import { detectReports } from "./detect-reports.js";
import { detectResolutions } from "./detect-resolutions.js";
import { firstDate, kindOfTitle, SECTION_HEADING } from "./header-lines.js";
import { type Line, type LineRange, linesOf } from "./line-context.js";
import type { PartKind, PartStart, SplitPart } from "./split-part.js";

interface Section {
  readonly title: string;
  readonly kind: PartKind;
  readonly from: number;
  readonly to: number;
}

const MIN_LEADING_TEXT = 300;

function findSections(lines: readonly Line[]): Section[] {
  const heads: { i: number; title: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = SECTION_HEADING.exec(lines[i]!.text);
    if (!m) continue;
    let title = m[2]!.trim();
    if (title === "") {
      let j = i + 1;
      while (j < lines.length && lines[j]!.text.trim() === "") j++;
      title = lines[j]?.text.trim() ?? "";
    }
    // Only capitalised titles are headings; "1. From the eastern edge" is a list item.
    if (title !== "" && title === title.toUpperCase())
      heads.push({ i, title: `${m[1]}. ${title}` });
  }
  return heads.map((h, k) => ({
    title: h.title,
    kind: kindOfTitle(h.title) ?? "analysis",
    from: h.i,
    to: heads[k + 1]?.i ?? lines.length,
  }));
}

function detect(range: LineRange, kind: PartKind): PartStart[] {
  switch (kind) {
    case "press":
      return detectPress(range);
    case "ngo_report":
      return detectReports(range, kind);
    case "testimony":
      return detectTestimonies(range);
    case "scholarly":
      return detectScholarly(range);
    case "resolution":
    case "statement":
    case "legislative_remark":
      return [...detectResolutions(range), ...detectRemarks(range)];
    default:
      return [];
  }
}

/**
 * The sources a compilation is made of, in text order, with kind, outlet, author, place, date
 * and offsets. A plain article yields one part whose outlet comes from a "Source: X" line.
 * @example splitCompilation("Source: AZERTAC\nText…")[0]?.outlet // "AZERTAC"
 */
export function splitCompilation(text: string): SplitPart[] {
  const { lines, skip } = linesOf(text);
  const sections = findSections(lines);
  if (sections.length === 0) return [single(text, lines, skip)];
  const parts: SplitPart[] = [];
  for (const section of sections) {
    const range: LineRange = { lines, skip, from: section.from, to: section.to };
    const sectionStart = lines[section.from]!.start;
    const sectionEnd = section.to < lines.length ? lines[section.to]!.start : text.length;
    const starts = detect(range, section.kind).sort((a, b) => a.start - b.start);
    const firstStart = starts[0]?.start ?? sectionEnd;
    if (
      starts.length === 0 ||
      text.slice(sectionStart, firstStart).replace(/\s/g, "").length > MIN_LEADING_TEXT
    ) {
      parts.push(sectionPart(section, sectionStart, firstStart, text));
    }
    starts.forEach((s, k) => {
      // (Object.assign: V8 builds a spread followed by new keys far more slowly.)
      parts.push(
        Object.assign({}, s, { section: section.title, end: starts[k + 1]?.start ?? sectionEnd }),
      );
    });
  }
  return parts;
}

function sectionPart(section: Section, start: number, end: number, text: string): SplitPart {
  return {
    kind: section.kind,
    title: section.title.replace(/^[IVX]+\.\s*/, ""),
    outlet: null,
    author: null,
    place: null,
    published: firstDate(text.slice(start, Math.min(end, start + 400))),
    section: section.title,
    start,
    end,
  };
}

const SOURCE_LINE = /^\s*Source:\s*(.{2,80}?)\s*$/;

function single(text: string, lines: readonly Line[], skip: readonly boolean[]): SplitPart {
  const range: LineRange = { lines, skip, from: 0, to: Math.min(lines.length, 12) };
  const press = detectPress(range)[0];
  // A single witness statement opens with the witness's name: "Full Name (resident): “…".
  const witness = detectTestimonies(range).find((t) => text.slice(0, t.start).trim() === "");
  if (witness) return Object.assign({}, witness, { section: null, end: text.length });
  const source = lines
    .slice(0, 5)
    .map((l) => SOURCE_LINE.exec(l.text)?.[1])
    .find((s) => s !== undefined);
  return {
    kind: press ? "press" : "analysis",
    title: press?.title ?? null,
    outlet: source ?? press?.outlet ?? null,
    author: press?.author ?? null,
    place: press?.place ?? null,
    published: press?.published ?? null,
    section: null,
    start: 0,
    end: text.length,
  };
}
