/**
 * A progress bar for long work, drawn on stderr only when it is a terminal, so that piped and
 * --json output stays clean.
 */
export interface Progress {
  tick(label?: string, amount?: number): void;
  done(): void;
}

export function progressBar(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  total: number,
  title: string,
): Progress {
  if (!stream.isTTY || total <= 1) return { tick() {}, done() {} };
  let current = 0;
  let lastDraw = 0;
  const draw = (label: string) => {
    const width = 30;
    const filled = Math.round((current / total) * width);
    const pct = String(Math.floor((current / total) * 100)).padStart(3);
    const line = `${title} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${pct}% ${current}/${total} ${label}`;
    const max = (stream.columns ?? 100) - 1;
    stream.write(`\r${line.slice(0, max).padEnd(max)}`);
  };
  return {
    tick(label = "", amount = 1) {
      current = Math.min(total, current + amount);
      const now = Date.now();
      if (now - lastDraw > 50 || current === total) {
        lastDraw = now;
        draw(label);
      }
    },
    done() {
      stream.write("\r\x1b[2K");
    },
  };
}
