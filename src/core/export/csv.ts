/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field holding a comma, quote, CR or LF is quoted,
 * its quotes doubled), with every cell that a spreadsheet would read as a formula neutralised:
 * a leading `=`, `+`, `-`, `@` (or a tab or CR, which some programs skip before them) gets a
 * single quote in front, the OWASP advice. Numbers stay numbers: a negative number is written
 * from a number, never from text, so it is the only cell that may start with `-`.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
