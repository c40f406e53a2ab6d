/**
 * The application's page for a client-side address (/az/cases/…): index.html with the page's
 * language on <html lang> before any script runs and a preload of the language's catalogue; for
 * a case overview, the page also carries the overview's data (server/first-view-data.ts), sent
 * after the head so that the script's requests start before that data is computed, and the script
 * is async so that it is evaluated while the data may still be coming (see BENCHMARKS.md, first
 * view on a phone).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { firstViewPaths } from "./first-view-data.js";

const LANGUAGES = ["az", "ru", "en"];

/** A page in two parts around the place for the first view's data, just before </body>. */
export interface ShellPage {
  readonly head: string;
  readonly tail: string;
  /** The API paths whose answers go between head and tail; none for most views. */
  readonly dataPaths: readonly string[];
}

/** The page index.html asks the case list in advance for; an overview carries it instead. */
const CASES_PRELOAD = /\s*<!--[^>]*-->\s*<link rel="preload" href="\/api\/cases"[^>]*>/;

export function webShell(webRoot: string): (url: string) => ShellPage {
  const html = readFileSync(join(webRoot, "index.html"), "utf8");
  const assets = (() => {
    try {
      return readdirSync(join(webRoot, "assets"));
    } catch {
      return [];
    }
  })();
  // A catalogue's first part is a chunk named after its language (az-<hash>.js); its later parts
  // (az-views-<hash>.js, az-problems-<hash>.js) are fetched when needed, not preloaded. English's
  // first part is in the entry.
  const catalogue = new Map(
    LANGUAGES.flatMap((l) => {
      const file = assets.find((f) =>
        new RegExp(`^${l}-(?!views-|problems-)[\\w-]+\\.js$`).test(f),
      );
      return file ? [[l, `<link rel="modulepreload" crossorigin href="/assets/${file}" />`]] : [];
    }),
  );
  const split = (page: string, dataPaths: readonly string[]): ShellPage => {
    const at = page.lastIndexOf("</body>");
    return at === -1
      ? { head: page, tail: "", dataPaths: [] }
      : { head: page.slice(0, at), tail: page.slice(at), dataPaths };
  };
  return (url) => {
    const path = url.split(/[?#]/)[0] ?? "/";
    const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
    const lang = match && LANGUAGES.includes(match[1] ?? "") ? (match[1] as string) : null;
    if (!lang) return split(html, []);
    const dataPaths = firstViewPaths(match?.[2] ?? "");
    const chunk = catalogue.get(lang);
    const carries = dataPaths.length > 0;
    const page = html
      .replace(carries ? CASES_PRELOAD : /(?!)/, "")
      // The script runs as soon as it has arrived, while the data may still be on its way (the
      // script waits for the parsed page before it reads it: web/main.tsx).
      .replace(
        carries ? /<script type="module"(?![^>]*\basync\b)/ : /(?!)/,
        '<script type="module" async',
      )
      .replace('<html lang="en">', `<html lang="${lang}">`)
      .replace("</head>", chunk ? `  ${chunk}\n  </head>` : "</head>");
    return split(page, dataPaths);
  };
}
