/** Links as rows naming each record by list and id: what the CLI writes and a service stores. */
import type { Links } from "./link-records.js";
import type { PersonTable } from "./person-table.js";

export interface LinkRow {
  readonly left_file: string;
  readonly left_id: string;
  readonly right_file: string;
  readonly right_id: string;
  readonly probability: number;
}

/** Rows for every link, most probable first. */
export function linkRows(table: PersonTable, links: Links): LinkRow[] {
  const rows: LinkRow[] = [];
  for (let k = 0; k < links.left.length; k++) {
    const i = links.left[k]!;
    const j = links.right[k]!;
    rows.push({
      left_file: table.lists[table.listOf[i]!]!,
      left_id: table.ids[i]!,
      right_file: table.lists[table.listOf[j]!]!,
      right_id: table.ids[j]!,
      probability: links.probability[k]!,
    });
  }
  return rows.sort((a, b) => b.probability - a.probability);
}
