/** Keyboard shortcuts of the review queue; inactive while typing in a field. */
import { useEffect } from "react";

export interface ReviewKeys {
  next: () => void;
  previous: () => void;
  toggle: () => void;
  confirm: () => void;
  reject: () => void;
  correct: () => void;
}

export function useReviewKeys(keys: ReviewKeys, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = {
        j: keys.next,
        k: keys.previous,
        x: keys.toggle,
        c: keys.confirm,
        r: keys.reject,
        e: keys.correct,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [keys, enabled]);
}
