/**
 * Cleaning what a document declares about itself (author, outlet, date, language) into the shapes
 * metadata takes. Declarations are often placeholders, URLs or timestamps: anything that is not a
 * plain name, a readable date or a language code is dropped rather than guessed at.
 */
import { truncateLabel } from "../../core/text/truncate.js";
import type { DocumentProperties } from "./read-document.types.js";

const MAX_NAME_CHARS = 200;

/** A person's or outlet's name, or null for a blank, a URL or a word processor's placeholder. */
export function declaredName(value: string | null | undefined): string | null {
  const name = value?.replace(/\s+/g, " ").trim() ?? "";
  if (name === "" || /^https?:\/\//i.test(name) || /^(?:unknown|admin|user|author)$/i.test(name))
    return null;
  return truncateLabel(name.replace(/^by\s+/i, ""), MAX_NAME_CHARS);
}

/** A date as YYYY, YYYY-MM or YYYY-MM-DD from ISO text or a PDF date ("D:20120314…"). */
export function declaredDate(value: string | null | undefined): string | null {
  const text = value?.trim() ?? "";
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(text);
  const iso = pdf ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(text);
  const [, y, m, d] = pdf ?? iso ?? [];
  if (!y || Number(y) < 1000) return null;
  if (!m || Number(m) < 1 || Number(m) > 12) return y;
  if (!d || Number(d) < 1 || Number(d) > 31) return `${y}-${m}`;
  return `${y}-${m}-${d}`;
}

/** A language tag's primary subtag ("en-GB" → "en"), or null. */
export function declaredLanguage(value: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_]|$)/i.exec(value?.trim() ?? "");
  return match?.[1] ? match[1].toLowerCase() : null;
}

export function properties(raw: {
  author?: string | null | undefined;
  outlet?: string | null | undefined;
  published?: string | null | undefined;
  language?: string | null | undefined;
}): DocumentProperties {
  return {
    author: declaredName(raw.author),
    outlet: declaredName(raw.outlet),
    published: declaredDate(raw.published),
    language: declaredLanguage(raw.language),
  };
}
