/**
 * What a statistician should be told before trusting an estimate from these lists: small counts,
 * few overlaps, lists that overlap no other list, sparse tables.
 */
import type { CaptureTable } from "./capture-data.js";

/** Warnings about the data, independent of the method. */
export function captureWarnings(table: CaptureTable, names?: readonly string[]): string[] {
  const K = table.listCount;
  const label = (k: number) => names?.[k] ?? `list ${k + 1}`;
  const out: string[] = [];
  const sizes = new Array<number>(K).fill(0);
  for (let h = 1; h < table.cells.length; h++) {
    for (let k = 0; k < K; k++) if ((h >> k) & 1) sizes[k]! += table.cells[h]!;
  }
  if (table.observed < 50)
    out.push(`only ${table.observed} people observed: estimates from so few are fragile`);
  sizes.forEach((s, k) => {
    if (s === 0) out.push(`${label(k)} is empty`);
  });
  for (let k = 0; k < K; k++) {
    let overlap = 0;
    for (let h = 1; h < table.cells.length; h++)
      if ((h >> k) & 1 && h !== 1 << k) overlap += table.cells[h]!;
    if (sizes[k]! > 0 && overlap === 0)
      out.push(`${label(k)} shares no one with any other list: it cannot inform the estimate`);
  }
  for (let a = 0; a < K; a++) {
    for (let b = a + 1; b < K; b++) {
      const both = (1 << a) | (1 << b);
      let m = 0;
      for (let h = 1; h < table.cells.length; h++) if ((h & both) === both) m += table.cells[h]!;
      if (m === 0) out.push(`${label(a)} and ${label(b)} never overlap`);
      else if (m < 10) out.push(`${label(a)} and ${label(b)} overlap in only ${m} people`);
    }
  }
  let zero = 0;
  let small = 0;
  for (let h = 1; h < table.cells.length; h++) {
    if (table.cells[h] === 0) zero++;
    else if (table.cells[h]! < 5) small++;
  }
  const cells = table.cells.length - 1;
  if (zero + small > cells / 2) {
    out.push(
      `sparse table: ${zero} of ${cells} observed cells are empty and ${small} have fewer than 5 people`,
    );
  }
  return out;
}
