/**
 * HTML: the main text of the page (Readability over a linkedom DOM), without navigation, footers
 * and other boilerplate; the whole body text when Readability finds no article.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normaliseLineEnds } from "../../core/text/line-ends.js";
import { truncateLabel } from "../../core/text/truncate.js";
import { isBlank } from "../../core/text/whitespace.js";
import { properties } from "./declared-properties.js";
import { nestsDeeperThan } from "./dom-depth.js";
import { htmlBlockText } from "./html-block-text.js";
import { MEDIA_TYPES, type ReadDocument } from "./read-document.types.js";
import { messageOf, ReadError } from "./read-error.js";
import { MAX_TITLE_CHARS } from "./text-title.js";

/** Readability gives up (throws) beyond this many elements, which bounds its time. */
const MAX_ELEMENTS = 100_000;
/** Deeper trees skip Readability (see nestsDeeperThan); real pages nest a few dozen levels. */
const MAX_DEPTH = 128;

/** Below this share of the page's text, the main text may have lost content: say so. */
const KEPT_SHARE_TO_WARN = 0.25;

/** An HTML document from its decoded markup. */
export function readHtml(html: string, warnings: string[]): ReadDocument {
  // One parse: everything read from the whole page (title, text, meta) is read before Readability,
  // which changes the DOM it is given; parsing the page again cost as much as Readability itself.
  const document = parseDocument(html);
  // Not `document.title`: in a wrapped fragment the <title> element sits in the body.
  const pageTitle = document.getElementsByTagName("title")[0]?.textContent ?? null;
  const pageText = document.body ? htmlBlockText(document.body) : "";
  const declared = declaredMeta(document);
  let text = "";
  let title: string | null = null;
  let article: ReturnType<Readability<Node>["parse"]> = null;
  if (nestsDeeperThan(document, MAX_DEPTH)) {
    warnings.push(
      `the page nests more than ${MAX_DEPTH} levels deep; main-text extraction was skipped`,
    );
  } else {
    try {
      article = new Readability<Node>(document, {
        maxElemsToParse: MAX_ELEMENTS,
        serializer: (node) => node,
      }).parse();
      if (article?.content) text = htmlBlockText(article.content);
      title = article?.title ?? null;
    } catch (error) {
      warnings.push(`main-text extraction failed (${messageOf(error)})`);
    }
  }
  if (isBlank(text)) {
    text = pageText;
    warnings.push("no main article found: the whole body text was kept, boilerplate included");
  } else if (text.length < pageText.length * KEPT_SHARE_TO_WARN) {
    const percent = Math.round((100 * text.length) / pageText.length);
    warnings.push(
      `the main text is ${percent}% of the page's text; check that nothing of substance was dropped`,
    );
  }
  return {
    format: "html",
    mediaType: MEDIA_TYPES.html,
    text: normaliseLineEnds(text),
    title: cleanTitle(title) ?? cleanTitle(pageTitle),
    properties: properties({
      author: declared.author ?? article?.byline,
      outlet: declared.outlet ?? article?.siteName,
      published: declared.published ?? article?.publishedTime,
      language: declared.language ?? article?.lang,
    }),
    warnings,
  };
}

/** The page's own meta: author, site, date of publication, language (Readability's are fallbacks). */
function declaredMeta(document: Document) {
  // The <meta> elements are walked once (a selector per name compiled and walked the whole page
  // each time, which cost as much as parsing it): per name, the first element in page order that
  // bears it as name, property or itemprop, as `meta[name="…"], meta[property="…"], …` finds.
  const first = new Map<string, Element>();
  for (const element of Array.from(document.getElementsByTagName("meta")))
    for (const attribute of ["name", "property", "itemprop"]) {
      const key = element.getAttribute(attribute);
      if (key !== null && !first.has(key)) first.set(key, element);
    }
  const meta = (...names: string[]) => {
    for (const name of names) {
      const content = first.get(name)?.getAttribute("content")?.trim();
      if (content) return content;
    }
    return null;
  };
  const time = Array.from(document.getElementsByTagName("time")).find((t) =>
    t.hasAttribute("datetime"),
  );
  return {
    author: meta("author", "article:author", "citation_author", "dc.creator", "DC.creator"),
    outlet: meta("og:site_name", "citation_publisher", "dc.publisher", "DC.publisher"),
    published:
      meta(
        "article:published_time",
        "datePublished",
        "citation_publication_date",
        "citation_date",
        "dc.date",
        "DC.date",
        "date",
      ) ??
      time?.getAttribute("datetime") ??
      null,
    language:
      document.documentElement?.getAttribute("lang") ??
      meta("og:locale", "dc.language", "DC.language"),
  };
}

/**
 * A DOM with an <html> and a <body>. linkedom, unlike a browser, does not imply them, so a page
 * without a <body> tag ("<p>…</p>", "<html>text</html>") is rebuilt around its parts first.
 */
function parseDocument(html: string): Document {
  try {
    const document = parseHTML(html).document;
    if (document.documentElement?.localName === "html" && /<body[\s>]/i.test(html)) return document;
    return parseHTML(withImpliedBody(html)).document;
  } catch (error) {
    throw new ReadError("corrupt", `the HTML cannot be parsed: ${messageOf(error)}`, {
      cause: error,
    });
  }
}

function withImpliedBody(html: string): string {
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html);
  const rest = (head ? html.slice(0, head.index) + html.slice(head.index + head[0].length) : html)
    .replace(/<!doctype[^>]*>/gi, "")
    .replace(/<\/?html(?:\s[^>]*)?>/gi, "");
  return `<!doctype html><html>${head?.[0] ?? "<head></head>"}<body>${rest}</body></html>`;
}

function cleanTitle(title: string | null | undefined): string | null {
  const trimmed = title?.replace(/\s+/g, " ").trim() ?? "";
  return trimmed === "" ? null : truncateLabel(trimmed, MAX_TITLE_CHARS);
}
