/**
 * The regions of a picture's (or a video frame's) claims as an SVG over it, each a link to its
 * claim, and the reviewer's drawing: by mouse (drag a rectangle; click the corners of a polygon,
 * double-click to close it) or by keyboard (arrows move a cross-hair, Shift for bigger steps,
 * Enter places a corner, Backspace takes one back, Escape starts again). Coordinates are pixels of
 * the original, whatever size the picture is shown at.
 */
import { type KeyboardEvent, type MouseEvent, useRef, useState } from "react";
import type { RegionShape } from "../../../../core/model/locator.js";
import { t } from "../../../i18n/i18n.js";
import { type Point, place, type ShapeDraft, svgPoints } from "./draft.js";

export interface ShownRegion {
  readonly claimId: string;
  readonly label: string;
  readonly region: RegionShape;
  readonly selected: boolean;
}

export function RegionOverlay(p: {
  width: number;
  height: number;
  regions: readonly ShownRegion[];
  draft: ShapeDraft | null;
  onDraft: (d: ShapeDraft | null) => void;
  onOpen: (claimId: string) => void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const [cursor, setCursor] = useState<Point>([p.width / 2, p.height / 2]);
  const [dragging, setDragging] = useState(false);
  const drawing = p.draft !== null && !p.draft.done;
  const at = (e: MouseEvent): Point => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return [0, 0];
    const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
    return [
      clamp(((e.clientX - box.left) / box.width) * p.width, p.width),
      clamp(((e.clientY - box.top) / box.height) * p.height, p.height),
    ];
  };
  const down = (e: MouseEvent) => {
    if (!drawing || !p.draft || e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    if (p.draft.tool === "rect") {
      setDragging(true);
      p.onDraft({ ...p.draft, points: [at(e), at(e)], done: false });
    } else p.onDraft(place(p.draft, at(e)));
  };
  const move = (e: MouseEvent) => {
    if (!drawing || !p.draft) return;
    setCursor(at(e));
    if (dragging && p.draft.tool === "rect")
      p.onDraft({ ...p.draft, points: [p.draft.points[0] ?? at(e), at(e)] });
  };
  const up = (e: MouseEvent) => {
    if (!dragging || !p.draft) return;
    setDragging(false);
    p.onDraft({ ...p.draft, points: [p.draft.points[0] ?? at(e), at(e)], done: true });
  };
  const closePolygon = (e: MouseEvent) => {
    if (p.draft?.tool !== "polygon" || p.draft.done) return;
    e.preventDefault();
    // The double click's two clicks placed the last corner twice.
    const pts = p.draft.points.slice(0, -1);
    if (pts.length >= 3) p.onDraft({ ...p.draft, points: pts, done: true });
  };
  const key = (e: KeyboardEvent) => {
    if (!drawing || !p.draft) return;
    const step = (e.shiftKey ? 0.1 : 0.01) * Math.max(p.width, p.height);
    const moves: Record<string, Point> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const m = moves[e.key];
    if (m) {
      setCursor([
        Math.min(p.width, Math.max(0, cursor[0] + m[0])),
        Math.min(p.height, Math.max(0, cursor[1] + m[1])),
      ]);
    } else if (e.key === "Enter" || e.key === " ") {
      p.onDraft(place(p.draft, cursor));
    } else if (e.key === "Backspace") {
      p.onDraft({ ...p.draft, points: p.draft.points.slice(0, -1) });
    } else if (e.key === "Escape") {
      p.onDraft({ ...p.draft, points: [] });
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const pts = p.draft?.points ?? [];
  const polygon = p.draft?.tool === "polygon";
  const line = polygon ? [...pts, ...(drawing ? [cursor] : [])] : [];
  // A rectangle from its first corner to the cross-hair while drawing, to its second when done.
  const corners = polygon ? [] : pts.length === 1 && drawing ? [pts[0], cursor] : pts;
  const [c0, c1] = corners;
  return (
    <svg
      ref={svg}
      className={`region-overlay${drawing ? " drawing" : ""}`}
      viewBox={`0 0 ${p.width} ${p.height}`}
      preserveAspectRatio="none"
      data-testid="region-overlay"
      role={drawing ? "application" : "group"}
      aria-label={drawing ? t("media.draw.area") : t("media.regions")}
      aria-describedby={drawing ? "draw-help" : "stage-help"}
      tabIndex={0}
      onMouseDown={down}
      onMouseMove={move}
      onMouseUp={up}
      onDoubleClick={closePolygon}
      onKeyDown={key}
    >
      {p.regions.map((r) => (
        <a
          key={r.claimId}
          href={`#claim-${r.claimId}`}
          aria-label={r.label}
          onClick={(e) => {
            e.preventDefault();
            p.onOpen(r.claimId);
          }}
        >
          <title>{r.label}</title>
          <polygon
            className={`region${r.selected ? " selected" : ""}`}
            points={svgPoints(r.region)}
            vectorEffect="non-scaling-stroke"
          />
        </a>
      ))}
      {line.length > 1 && (
        <polygon
          className="region draft"
          points={line.map((q) => q.join(",")).join(" ")}
          vectorEffect="non-scaling-stroke"
          data-testid="draft-shape"
        />
      )}
      {c0 && c1 && (
        <polygon
          className="region draft"
          data-testid="draft-shape"
          points={svgPoints({
            shape: "rect",
            x: Math.min(c0[0], c1[0]),
            y: Math.min(c0[1], c1[1]),
            width: Math.abs(c1[0] - c0[0]),
            height: Math.abs(c1[1] - c0[1]),
          })}
          vectorEffect="non-scaling-stroke"
        />
      )}
      {drawing && (
        <g className="crosshair">
          <line
            x1={cursor[0]}
            x2={cursor[0]}
            y1={0}
            y2={p.height}
            vectorEffect="non-scaling-stroke"
          />
          <line
            x1={0}
            x2={p.width}
            y1={cursor[1]}
            y2={cursor[1]}
            vectorEffect="non-scaling-stroke"
          />
        </g>
      )}
    </svg>
  );
}
