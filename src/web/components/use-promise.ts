import { useEffect, useState } from "react";

/** The value of a promise started once by a view (for bundled data loaded on demand). */
export function usePromise<T>(start: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    start().then(
      (v) => {
        if (live) setValue(v);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [start]);
  return value;
}
