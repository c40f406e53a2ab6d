/**
 * The media a page shows: images (src and the largest srcset candidate), video and audio (their
 * src, their <source> children, a video's poster), as absolute http(s) URLs in page order,
 * without repeats. Data: URLs are skipped (they are in the page's own bytes already).
 */
import { parseHTML } from "linkedom";

function largestCandidate(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(",")) {
    const [url, descriptor = "1x"] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = Number.parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

export function pageMediaUrls(html: string, baseUrl: string): string[] {
  const { document } = parseHTML(html);
  const base = document.querySelector("base[href]")?.getAttribute("href");
  let resolvedBase = baseUrl;
  try {
    if (base) resolvedBase = new URL(base, baseUrl).href;
  } catch {
    // An unusable <base>: resolve against the page's own URL.
  }
  const found: string[] = [];
  const add = (raw: string | null | undefined) => {
    if (!raw) return;
    try {
      const url = new URL(raw.trim(), resolvedBase);
      url.hash = "";
      if ((url.protocol === "http:" || url.protocol === "https:") && !found.includes(url.href))
        found.push(url.href);
    } catch {
      // Not a URL: nothing to fetch.
    }
  };
  for (const el of document.querySelectorAll("img, video, audio, source, picture source")) {
    const srcset = el.getAttribute("srcset");
    add(srcset ? (largestCandidate(srcset) ?? el.getAttribute("src")) : el.getAttribute("src"));
    if (el.tagName.toLowerCase() === "video") add(el.getAttribute("poster"));
  }
  return found;
}
