/**
 * A picture that zooms and pans: the wheel zooms around the pointer, a drag pans, and with the
 * stage focused + and − zoom, the arrows pan and 0 fits the picture again (the buttons do the
 * same). The claims' regions and the reviewer's drawing sit on it in an SVG of the original's
 * pixel size, so they zoom and pan with it.
 */
import {
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from "react";
import { t } from "../../../i18n/i18n.js";

interface View {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

const FIT: View = { zoom: 1, x: 0, y: 0 };
const MAX_ZOOM = 16;

function zoomAround(v: View, factor: number, cx: number, cy: number): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(1, v.zoom * factor));
  const k = zoom / v.zoom;
  // The point under (cx, cy) stays where it is.
  return zoom === 1 ? FIT : { zoom, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
}

export function ImageStage(p: {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** While the reviewer draws, a drag draws instead of panning. */
  drawing: boolean;
  children: ReactNode;
}) {
  const stage = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>(FIT);
  const drag = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    // React's wheel listener is passive and cannot keep the page from scrolling.
    const el = stage.current;
    if (!el) return;
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = el.getBoundingClientRect();
      setView((v) =>
        zoomAround(v, e.deltaY < 0 ? 1.25 : 0.8, e.clientX - box.left, e.clientY - box.top),
      );
    };
    el.addEventListener("wheel", wheel, { passive: false });
    return () => el.removeEventListener("wheel", wheel);
  }, []);
  const centre = (): [number, number] => {
    const box = stage.current?.getBoundingClientRect();
    return [(box?.width ?? 0) / 2, (box?.height ?? 0) / 2];
  };
  const zoomBy = (factor: number) => setView((v) => zoomAround(v, factor, ...centre()));
  const pan = (dx: number, dy: number) =>
    setView((v) => (v.zoom === 1 ? v : { ...v, x: v.x + dx, y: v.y + dy }));
  const key = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 200 : 40;
    switch (e.key) {
      case "+":
      case "=":
        zoomBy(1.25);
        break;
      case "-":
        zoomBy(0.8);
        break;
      case "0":
        setView(FIT);
        break;
      case "ArrowLeft":
        pan(step, 0);
        break;
      case "ArrowRight":
        pan(-step, 0);
        break;
      case "ArrowUp":
        pan(0, step);
        break;
      case "ArrowDown":
        pan(0, -step);
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  const down = (e: MouseEvent) => {
    if (p.drawing || e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY };
  };
  const move = (e: MouseEvent) => {
    const from = drag.current;
    if (!from) return;
    drag.current = { x: e.clientX, y: e.clientY };
    pan(e.clientX - from.x, e.clientY - from.y);
  };
  return (
    <div className="image-viewer">
      <div className="viewer-tools" role="toolbar" aria-label={t("media.zoom.tools")}>
        <button type="button" onClick={() => zoomBy(1.25)} aria-label={t("media.zoom.in")}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label={t("media.zoom.out")}>
          −
        </button>
        <button type="button" onClick={() => setView(FIT)}>
          {t("media.zoom.fit")}
        </button>
        <span className="muted small" data-testid="zoom-level">
          {Math.round(view.zoom * 100)} %
        </span>
      </div>
      {/* Keys reach the stage from the focused drawing of regions inside it (region-overlay). */}
      <div
        ref={stage}
        className="image-stage"
        role="application"
        aria-label={t("media.stage", { title: p.alt })}
        style={{ aspectRatio: `${p.width} / ${p.height}` }}
        onKeyDown={key}
        onMouseDown={down}
        onMouseMove={move}
        onMouseUp={() => {
          drag.current = null;
        }}
        onMouseLeave={() => {
          drag.current = null;
        }}
        data-testid="image-stage"
      >
        <div
          className="image-layer"
          style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})` }}
        >
          <img src={p.src} alt={p.alt} draggable={false} />
          {p.children}
        </div>
      </div>
      <p id="stage-help" className="muted small">
        {t("media.stage.help")}
      </p>
    </div>
  );
}
