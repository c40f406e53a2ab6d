/**
 * What a reviewer is drawing on a picture or a video frame: the corners placed so far, turned
 * into the region a claim's locator holds (pixels of the original, rounded to whole pixels).
 */
import type { RegionShape } from "../../../../core/model/locator.js";

export type Tool = "rect" | "polygon";
export type Point = [number, number];

export interface ShapeDraft {
  readonly tool: Tool;
  readonly points: readonly Point[];
  /** True once the shape is closed (two corners of a rectangle; a polygon finished). */
  readonly done: boolean;
}

const round = (p: Point): Point => [Math.round(p[0]), Math.round(p[1])];

/** The region a draft describes, once it describes one. */
export function regionOf(d: ShapeDraft | null): RegionShape | null {
  if (!d?.done) return null;
  if (d.tool === "rect") {
    const [a, b] = d.points.map(round);
    if (!a || !b) return null;
    const width = Math.abs(b[0] - a[0]);
    const height = Math.abs(b[1] - a[1]);
    if (width === 0 || height === 0) return null;
    return { shape: "rect", x: Math.min(a[0], b[0]), y: Math.min(a[1], b[1]), width, height };
  }
  const points = d.points.map(round);
  return points.length >= 3 ? { shape: "polygon", points } : null;
}

/** Adds a corner; a rectangle is done at its second. */
export function place(d: ShapeDraft, p: Point): ShapeDraft {
  const points = [...d.points, p];
  return { ...d, points, done: d.tool === "rect" && points.length === 2 };
}

/** The SVG points of a region, for <polygon points>. */
export function svgPoints(r: RegionShape): string {
  const pts: Point[] =
    r.shape === "rect"
      ? [
          [r.x, r.y],
          [r.x + r.width, r.y],
          [r.x + r.width, r.y + r.height],
          [r.x, r.y + r.height],
        ]
      : r.points;
  return pts.map((p) => p.join(",")).join(" ");
}
