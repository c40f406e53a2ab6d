/**
 * Inflates every Flate-compressed stream of a PDF against a running byte budget before pdf.js
 * sees the file. pdf.js inflates a stream whole into typed arrays, which live outside the
 * thread's heap limit, so one stream that honestly inflates to gigabytes would take the process
 * down; here inflation is counted chunk by chunk and stops as soon as the budget is spent.
 *
 * A stream's data is taken from its keyword to its declared /Length when that length is direct
 * (or an indirect number object found in the file) and lands on `endstream`; otherwise to the end
 * of the file, since zlib stops at the end of the compressed data and ignores what follows. A
 * fake `endstream` inside the data therefore cannot hide its tail. ASCIIHex and ASCII85 stages
 * in front of Flate are decoded first. Not measured: streams of an encrypted PDF (they would have
 * to be decrypted first) and LZW or run-length stages.
 */
import { createInflate, constants as zlib } from "node:zlib";
import { ReadError } from "./read-error.js";

/** What the Flate streams of a PDF may inflate to, together: 96 MiB and eight times the file. */
export const pdfInflateBudget = (fileBytes: number) => 96 * 1024 * 1024 + 8 * fileBytes;

const STREAM = /(?<=>>\s*)stream(?:\r\n|\n|\r)/g;
const NUMBER_OBJECT = /(\d+)\s+(\d+)\s+obj\s*(\d+)\s*endobj/g;

/** Throws a ReadError "too_large" once the streams inflate past `budget` bytes; returns the total. */
export async function assertPdfInflatesWithin(
  bytes: Uint8Array,
  budget: number,
  what: string,
): Promise<number> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let numbers: Map<string, number> | null = null;
  let used = 0;
  for (const match of text.matchAll(STREAM)) {
    const dataStart = match.index + match[0].length;
    const dict = text.slice(Math.max(0, match.index - 4096), match.index);
    const filters = filtersOf(dict.slice(dictStart(dict)));
    const flate = filters.findIndex((f) => f === "FlateDecode" || f === "Fl");
    if (flate < 0) continue;
    numbers ??= numberObjects(text);
    const end = dataEnd(text, dict, dataStart, numbers);
    let data: Uint8Array = bytes.subarray(dataStart, end);
    for (const f of filters.slice(0, flate)) {
      if (f === "ASCIIHexDecode" || f === "AHx") data = fromHex(data);
      else if (f === "ASCII85Decode" || f === "A85") data = fromAscii85(data);
      else data = new Uint8Array(0); // a stage not decoded here: the stream is not measured
    }
    const left = budget - used;
    used += await inflatedSize(data, left);
    if (used > budget)
      throw new ReadError(
        "too_large",
        `${what} inflates to more than ${budget} bytes (stopped at the stream at byte ${dataStart}): a decompression bomb, or too large to read`,
      );
  }
  return used;
}

/** The start of the outermost dictionary that ends just before the stream keyword. */
function dictStart(dict: string): number {
  let depth = 0;
  for (let i = dict.length - 1; i > 0; i--) {
    if (dict[i] === ">" && dict[i - 1] === ">") {
      depth++;
      i--;
    } else if (dict[i] === "<" && dict[i - 1] === "<") {
      depth--;
      i--;
      if (depth === 0) return i;
    }
  }
  return 0;
}

/** The names in the dictionary's /Filter entry (one name or an array), in order. */
function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m?.[1]) return [];
  return [...m[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((n) => n[1] ?? "");
}

function numberObjects(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of text.matchAll(NUMBER_OBJECT)) found.set(`${m[1]} ${m[2]}`, Number(m[3]));
  return found;
}

function dataEnd(
  text: string,
  dict: string,
  dataStart: number,
  numbers: Map<string, number>,
): number {
  const m = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dict);
  const length = m?.[2] === undefined ? Number(m?.[1]) : numbers.get(`${m[1]} ${m[2]}`);
  if (length !== undefined && Number.isSafeInteger(length)) {
    const end = dataStart + length;
    if (/^\s*endstream/.test(text.slice(end, end + 32))) return end;
  }
  return text.length;
}

/** Bytes the data inflates to, counted as they come; `left + 1` or more once past `left`. */
function inflatedSize(data: Uint8Array, left: number): Promise<number> {
  return new Promise((resolve) => {
    // A damaged or cut-off stream counts for what it gave before the damage, as pdf.js reads it.
    const inflate = createInflate({ finishFlush: zlib.Z_SYNC_FLUSH, chunkSize: 1024 * 1024 });
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > left) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on("error", () => resolve(size));
    inflate.on("end", () => resolve(size));
    inflate.end(data);
  });
}

function fromHex(data: Uint8Array): Uint8Array {
  const digits = Buffer.from(data)
    .toString("latin1")
    .split(">")[0]
    ?.replace(/[^0-9a-f]/gi, "");
  const even = (digits ?? "").length % 2 === 0 ? (digits ?? "") : `${digits}0`;
  return Buffer.from(even, "hex");
}

function fromAscii85(data: Uint8Array): Uint8Array {
  const body = (Buffer.from(data).toString("latin1").split("~>")[0] ?? "").replace(/\s/g, "");
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const c of group) value = value * 85 + c;
    for (let i = 0; i < count; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for (const ch of body) {
    if (ch === "z" && group.length === 0) out.push(0, 0, 0, 0);
    else if (ch >= "!" && ch <= "u") {
      group.push(ch.charCodeAt(0) - 33);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}
