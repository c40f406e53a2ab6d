/**
 * Re-decoding of HTML saved in a legacy encoding. Old news pages (Windows-1251 Russian sites,
 * for instance) declare their charset in a <meta> tag; bytes that are valid UTF-8 win over a
 * declaration, so this is used only when UTF-8 decoding had to replace bytes.
 */

/** How far into the file a <meta charset> is looked for (HTML requires the first 1024 bytes). */
const HEAD_BYTES = 2048;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset a page declares in a <meta> tag, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, HEAD_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/**
 * The page decoded with its declared charset, or null when it declares none, declares UTF-8,
 * or names an encoding this runtime does not know.
 */
export function decodeDeclaredCharset(bytes: Uint8Array): { text: string; charset: string } | null {
  const charset = declaredCharset(bytes);
  if (charset === null || charset === "utf-8" || charset === "utf8") return null;
  try {
    return { text: new TextDecoder(charset).decode(bytes), charset };
  } catch {
    return null; // RangeError: an unknown label
  }
}
