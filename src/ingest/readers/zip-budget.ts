/**
 * Inflates every entry of a ZIP archive against a running byte budget before any parser sees it:
 * inflation stops as soon as the budget is spent (zlib's `maxOutputLength`), so an archive whose
 * parts honestly declare hundreds of MiB costs at most the budget, never the declared size. The
 * sizes the archive declares are not trusted; only the bytes inflated count.
 */
import { inflateRawSync } from "node:zlib";
import { ReadError } from "./read-error.js";
import { entryDataOffset, type ZipEntry } from "./zip-directory.js";

export interface UnzipBudget {
  /** Bytes the XML parts (`*.xml`, `*.rels`), which the parser holds as trees, may unzip to. */
  readonly xmlBytes: number;
  /** Bytes every other part (images, fonts, embedded files) may unzip to, together. */
  readonly otherBytes: number;
}

const STORED = 0;
const DEFLATED = 8;

/**
 * Throws a ReadError "too_large" naming the part at which a budget ran out, or "corrupt" when a
 * part cannot be inflated; returns the bytes actually unzipped per kind of part.
 */
export function assertUnzipsWithin(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  budget: UnzipBudget,
  what: string,
): { xml: number; other: number } {
  const used = { xml: 0, other: 0 };
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const kind = /\.(xml|rels)$/i.test(entry.name) ? "xml" : "other";
    const limit = kind === "xml" ? budget.xmlBytes : budget.otherBytes;
    const left = limit - used[kind];
    const size = inflatedSize(bytes, entry, left, what);
    if (size > left) {
      throw new ReadError(
        "too_large",
        `${what} unzips to more than ${limit} bytes of ${kind === "xml" ? "XML" : "embedded files"} (stopped at ${entry.name}): a zip bomb, or too large to read`,
      );
    }
    used[kind] += size;
  }
  return used;
}

/** The entry's inflated size, or `left + 1` as soon as it would exceed `left`. */
function inflatedSize(bytes: Uint8Array, entry: ZipEntry, left: number, what: string): number {
  const start = entryDataOffset(bytes, entry);
  if (start < 0)
    throw new ReadError("corrupt", `${what} is damaged: the part ${entry.name} is cut off`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return data.length;
  if (entry.method !== DEFLATED) {
    throw new ReadError(
      "corrupt",
      `${what} uses an unsupported compression (method ${entry.method}) for ${entry.name}`,
    );
  }
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, left) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return left + 1;
    throw new ReadError(
      "corrupt",
      `${what} is damaged: the part ${entry.name} cannot be inflated`,
      {
        cause: error,
      },
    );
  }
}
