/**
 * A claim's locator from command-line flags: `--span 120-134` (text offsets), `--rect x,y,w,h` or
 * `--polygon "x,y x,y x,y"` (pixels of a picture), `--time 1.5-3` (seconds, or m:ss.s) with an
 * optional `--rect`/`--polygon` for a region of a video's frame. The service checks it against the
 * source and names the field at fault; here only the flags' own syntax is checked.
 */
import { UsageError } from "./command.js";

export interface LocatorFlags {
  readonly span?: string | undefined;
  readonly rect?: string | undefined;
  readonly polygon?: string | undefined;
  readonly time?: string | undefined;
}

function num(flag: string, raw: string): number {
  const clock = /^(\d+):(\d{1,2}(?:\.\d+)?)$/.exec(raw.trim());
  const n = clock ? Number(clock[1]) * 60 + Number(clock[2]) : Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(n))
    throw new UsageError(`--${flag}: "${raw}" is not a number`);
  return n;
}

function pair(flag: string, raw: string): [number, number] {
  const parts = raw.split(/\s*[-–,]\s*(?=\d)/);
  if (parts.length !== 2) throw new UsageError(`--${flag} takes START-END, got "${raw}"`);
  return [num(flag, parts[0] ?? ""), num(flag, parts[1] ?? "")];
}

function region(f: LocatorFlags) {
  if (f.rect !== undefined && f.polygon !== undefined)
    throw new UsageError("give --rect or --polygon, not both");
  if (f.rect !== undefined) {
    const v = f.rect.split(",").map((p) => num("rect", p));
    if (v.length !== 4) throw new UsageError(`--rect takes x,y,width,height, got "${f.rect}"`);
    const [x, y, width, height] = v as [number, number, number, number];
    return { shape: "rect", x, y, width, height };
  }
  if (f.polygon !== undefined) {
    const points = f.polygon
      .trim()
      .split(/\s+/)
      .map((p) => {
        const xy = p.split(",").map((c) => num("polygon", c));
        if (xy.length !== 2) throw new UsageError(`--polygon takes "x,y x,y x,y", got "${p}"`);
        return xy;
      });
    return { shape: "polygon", points };
  }
  return undefined;
}

/** The locator the flags describe; undefined when none is given. */
export function locatorFromFlags(f: LocatorFlags): object | undefined {
  const shape = region(f);
  if (f.span !== undefined) {
    if (shape || f.time !== undefined)
      throw new UsageError("--span is for text; it goes with no --rect, --polygon or --time");
    const [start, end] = pair("span", f.span);
    return { type: "TextSpan", start, end };
  }
  if (f.time !== undefined) {
    const [start, end] = pair("time", f.time);
    return { type: "MediaTime", time: { start, end }, ...(shape ? { region: shape } : {}) };
  }
  return shape ? { type: "ImageRegion", region: shape } : undefined;
}
