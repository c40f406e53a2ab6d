/**
 * Keyboard paths through a drawing: the marks of a chart or map are links with one Tab stop
 * between them (roving tabindex); arrow keys, Home and End move focus from mark to mark and
 * Enter follows the focused one, as a click would.
 */
import type { KeyboardEvent } from "react";

const STEP: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

/** The tabindex of the mark at `index`: only the first is reached by Tab. */
export const rovingTabIndex = (index: number) => (index === 0 ? 0 : -1);

export function moveBetweenMarks(e: KeyboardEvent<SVGSVGElement>): void {
  const marks = [...e.currentTarget.querySelectorAll<SVGAElement>("a.mark")];
  const at = marks.indexOf(document.activeElement as SVGAElement);
  if (at < 0) return;
  const step = STEP[e.key];
  const next = e.key === "Home" ? 0 : e.key === "End" ? marks.length - 1 : step ? at + step : null;
  if (next === null) return;
  e.preventDefault();
  const target = marks[Math.max(0, Math.min(marks.length - 1, next))];
  if (!target) return;
  for (const m of marks) m.setAttribute("tabindex", m === target ? "0" : "-1");
  target.focus();
}
