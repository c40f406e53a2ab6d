/** A claim's place in a picture or recording in the reader's words; null for a text span. */
import { type ClaimLocator, clockTime, type RegionShape } from "../../../../core/model/locator.js";
import { t } from "../../../i18n/i18n.js";

function regionText(r: RegionShape): string {
  return r.shape === "rect"
    ? t("locator.rect", {
        x: Math.round(r.x),
        y: Math.round(r.y),
        w: Math.round(r.width),
        h: Math.round(r.height),
      })
    : t("locator.polygon", { n: r.points.length });
}

export function locatorText(l: ClaimLocator): string | null {
  switch (l.type) {
    case "TextSpan":
      return null;
    case "ImageRegion":
      return regionText(l.region);
    case "MediaTime": {
      const span = `${clockTime(l.time.start)}–${clockTime(l.time.end)}`;
      return l.region ? `${span}, ${regionText(l.region)}` : span;
    }
    case "MetadataFieldSelector":
      return t("locator.metadata", { field: l.field });
  }
}
