/** Generated lists as CSV text (RFC 4180 quoting), and the truth file that goes with them. */
import type { GeneratedPersons } from "./generate-persons.js";

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text of a header and rows, one line per row, ending with a newline. */
export function toCsvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map(cell).join(",")];
  for (const row of rows) lines.push(row.map(cell).join(","));
  return `${lines.join("\n")}\n`;
}

/** The truth file: which person each row of each list is (file, id, person). */
export function truthCsvText(generated: GeneratedPersons): string {
  const rows: string[][] = [];
  for (const list of generated.lists) {
    const idColumn = list.header.indexOf("id");
    list.rows.forEach((row, i) => {
      rows.push([`${list.name}.csv`, row[idColumn] ?? String(i + 1), String(list.personIds[i])]);
    });
  }
  return toCsvText(["file", "id", "person"], rows);
}
