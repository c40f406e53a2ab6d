/** Cross-file checks of events, routes and recognitions: claims, sources and places resolve. */
import type { CaseData, CasePart } from "./case-types.js";
import { type Ctx, fail } from "./read-json.js";
import { uniqueIds } from "./unique-ids.js";

export function checkTimeline(
  data: CaseData,
  sourceIds: ReadonlySet<string>,
  ctx: (part: CasePart) => Ctx,
  placeIds: ReadonlySet<string> | null,
): void {
  const place = (c: Ctx, id: string, path: string) => {
    if (placeIds && !placeIds.has(id)) fail(c, path, `unknown place id "${id}"`);
  };
  data.info.places.forEach((p, i) => {
    place(ctx("info"), p, `$.places[${i}]`);
  });
  const claimIds = new Set(data.claims.map((c) => c.id));
  const lists = [
    ["events", "where", data.events.map((e) => ({ ...e, places: e.where }))],
    ["routes", "places", data.routes],
  ] as const;
  for (const [part, placeKey, list] of lists) {
    const c = ctx(part);
    uniqueIds(c, list);
    list.forEach((item, i) => {
      item.claimIds.forEach((id, j) => {
        if (!claimIds.has(id)) fail(c, `$[${i}].claimIds[${j}]`, `unknown claim "${id}"`);
      });
      item.sourceIds.forEach((id, j) => {
        if (!sourceIds.has(id)) fail(c, `$[${i}].sourceIds[${j}]`, `unknown source "${id}"`);
      });
      item.places.forEach((p, j) => {
        place(c, p, `$[${i}].${placeKey}[${j}]`);
      });
      if (item.claimIds.length + item.sourceIds.length === 0)
        fail(c, `$[${i}]`, "backed by nothing");
    });
  }
  const rc = ctx("recognitions");
  uniqueIds(rc, data.recognitions);
  data.recognitions.forEach((r, i) => {
    if (!sourceIds.has(r.sourceId)) fail(rc, `$[${i}].sourceId`, `unknown source "${r.sourceId}"`);
  });
}
