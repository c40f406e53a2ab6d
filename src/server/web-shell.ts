/**
 * The application's page for a client-side address (/az/cases/…): index.html with the page's
 * language on <html lang> before any script runs, and, for a case overview, preloads of the
 * data the overview needs and of the language's catalogue, so that on a slow link they travel
 * alongside the script instead of after it (see BENCHMARKS.md, first view on a phone).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const LANGUAGES = ["az", "ru", "en"];

const preload = (href: string) =>
  `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`;

export function webShell(webRoot: string): (url: string) => string {
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
  return (url) => {
    const path = url.split(/[?#]/)[0] ?? "/";
    const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
    const lang = match && LANGUAGES.includes(match[1] ?? "") ? (match[1] as string) : null;
    if (!lang) return html;
    const links: string[] = [];
    const overview = /^\/cases\/([a-z0-9][a-z0-9-]*)\/?$/.exec(match?.[2] ?? "");
    if (overview?.[1]) {
      const base = `/api/cases/${overview[1]}`;
      links.push(preload(base), preload(`${base}/figure-cards`), preload("/api/activity?limit=10"));
    }
    const chunk = catalogue.get(lang);
    if (chunk) links.push(chunk);
    return html
      .replace('<html lang="en">', `<html lang="${lang}">`)
      .replace("</head>", `${links.join("\n    ")}\n  </head>`);
  };
}
