import { type Ctx, fail } from "./read-json.js";

/** The ids of a list, recording each duplicate at its JSON path. */
export function uniqueIds(ctx: Ctx, items: readonly { id: string }[]): Set<string> {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) fail(ctx, `$[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  }
  return seen;
}
