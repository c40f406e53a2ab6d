/**
 * Titles of plain-text and Markdown documents. Lines are read through a bounded window so that a
 * 100 MB single-line file costs no more than a short one.
 */
import { truncateLabel } from "../../core/text/truncate.js";

export const MAX_TITLE_CHARS = 200;
/** Only this much of a line is ever looked at: a title is short, and regexes stay cheap. */
const LINE_WINDOW = 1000;

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FRONT_MATTER_TITLE = /^title:[ \t]*(["']?)(.+?)\1[ \t]*$/;

/** Lines that only number a section ("I.", "2)", "A.") say nothing about the document. */
const NUMBERING_ONLY = /^[\s\p{P}]*(?:[IVXLCDM]+|\d{1,3}|\p{L})[\s\p{P}]*$/u;

/** The first line with words in it (not a bare section number), trimmed; null when there is none. */
export function firstLineTitle(text: string): string | null {
  for (const line of lines(text)) {
    if (/[\p{L}\p{N}]/u.test(line) && !NUMBERING_ONLY.test(line)) return label(line);
  }
  return null;
}

/**
 * A Markdown document's title: `title:` in YAML front matter, else the first ATX (`# Title`) or
 * setext heading, else the first non-empty line.
 */
export function markdownTitle(text: string): string | null {
  let previous: string | null = null;
  let inFrontMatter = false;
  let index = 0;
  for (const line of lines(text)) {
    if (index++ === 0 && line.trim() === "---") {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (line.trim() === "---" || line.trim() === "...") inFrontMatter = false;
      const title = FRONT_MATTER_TITLE.exec(line)?.[2];
      if (title) return label(title);
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx?.[1]) return label(stripInline(atx[1]));
    if (previous !== null && previous.trim() !== "" && SETEXT_UNDERLINE.test(line)) {
      return label(stripInline(previous));
    }
    previous = line;
  }
  const first = firstLineTitle(text);
  return first === null ? null : label(stripInline(first));
}

/** Emphasis, code and link syntax removed, keeping the words. */
function stripInline(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/^>\s*/, "");
}

function label(line: string): string | null {
  const trimmed = line.replace(/\s+/g, " ").trim();
  return trimmed === "" ? null : truncateLabel(trimmed, MAX_TITLE_CHARS);
}

/** Successive lines of `text`, each cut to the window. */
function* lines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    yield text.slice(start, Math.min(end, start + LINE_WINDOW));
    start = end + 1;
  }
}
