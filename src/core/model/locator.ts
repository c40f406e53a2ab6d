/**
 * Where in its source a claim is stated: a span of the text, a region of a picture (rectangle or
 * polygon, in pixels of the original), or a stretch of a recording (seconds, with an optional
 * region of the frame for video). A file's embedded metadata anchors its claims to the field they
 * were read from. Every locator given from outside is validated against the source it points
 * into, and each problem names the field it is about ("locator.region.points[2]").
 */

export type RegionShape =
  | {
      readonly shape: "rect";
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly shape: "polygon"; readonly points: [number, number][] };

export interface TimeRange {
  /** Seconds from the start of the recording. */
  readonly start: number;
  readonly end: number;
}

/** Anchors a claim to the metadata field it was read from (no W3C selector names a field). */
export interface MetadataFieldSelector {
  readonly type: "MetadataFieldSelector";
  readonly field: string;
  readonly value: string;
}

export type MediaLocator =
  | { readonly type: "ImageRegion"; readonly region: RegionShape }
  | { readonly type: "MediaTime"; readonly time: TimeRange; readonly region?: RegionShape }
  | MetadataFieldSelector;

export type ClaimLocator =
  | { readonly type: "TextSpan"; readonly start: number; readonly end: number }
  | MediaLocator;

/** What a locator must fit: a text's length, a picture's size, a recording's duration. */
export type LocatorTarget =
  | { readonly kind: "text"; readonly length: number }
  | { readonly kind: "image"; readonly width: number; readonly height: number }
  | {
      readonly kind: "video";
      readonly width: number | null;
      readonly height: number | null;
      readonly duration: number;
    }
  | { readonly kind: "audio"; readonly duration: number };

export class InvalidLocatorError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = "InvalidLocatorError";
  }
}

/** Polygons beyond this many corners are drawings, not regions; the bound also caps the checks. */
export const MAX_POLYGON_POINTS = 200;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function finite(field: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new InvalidLocatorError(field, `must be a number, not ${JSON.stringify(v)}`);
  return v;
}

function within(field: string, v: number, max: number, what: string): void {
  if (v < 0 || v > max)
    throw new InvalidLocatorError(field, `${v} is outside the ${what} (0 to ${max})`);
}

/** Twice the signed area (shoelace): zero for a degenerate polygon. */
function area2(points: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i] as readonly [number, number];
    const [x2, y2] = points[(i + 1) % points.length] as readonly [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

type P = readonly [number, number];
const cross = (o: P, a: P, b: P) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Whether segments ab and cd cross or touch (collinear overlap counts). */
function segmentsMeet(a: P, b: P, c: P, d: P): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true;
  const on = (p: P, q: P, r: P) =>
    cross(p, q, r) === 0 &&
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  return on(c, d, a) || on(c, d, b) || on(a, b, c) || on(a, b, d);
}

function checkRegion(field: string, v: unknown, width: number, height: number): RegionShape {
  if (!isRecord(v)) throw new InvalidLocatorError(field, "must be an object with a shape");
  if (v.shape === "rect") {
    const x = finite(`${field}.x`, v.x);
    const y = finite(`${field}.y`, v.y);
    const w = finite(`${field}.width`, v.width);
    const h = finite(`${field}.height`, v.height);
    within(`${field}.x`, x, width, "picture's width");
    within(`${field}.y`, y, height, "picture's height");
    if (w <= 0) throw new InvalidLocatorError(`${field}.width`, "must be greater than 0");
    if (h <= 0) throw new InvalidLocatorError(`${field}.height`, "must be greater than 0");
    if (x + w > width)
      throw new InvalidLocatorError(`${field}.width`, `reaches ${x + w}, past the width ${width}`);
    if (y + h > height)
      throw new InvalidLocatorError(
        `${field}.height`,
        `reaches ${y + h}, past the height ${height}`,
      );
    return { shape: "rect", x, y, width: w, height: h };
  }
  if (v.shape === "polygon") {
    const raw = v.points;
    if (!Array.isArray(raw) || raw.length < 3 || raw.length > MAX_POLYGON_POINTS)
      throw new InvalidLocatorError(
        `${field}.points`,
        `must be a list of 3 to ${MAX_POLYGON_POINTS} [x, y] points`,
      );
    const points = raw.map((p, i): [number, number] => {
      const f = `${field}.points[${i}]`;
      if (!Array.isArray(p) || p.length !== 2)
        throw new InvalidLocatorError(f, "must be a pair [x, y]");
      const x = finite(f, p[0]);
      const y = finite(f, p[1]);
      within(f, x, width, "picture's width");
      within(f, y, height, "picture's height");
      return [x, y];
    });
    const n = points.length;
    for (let i = 0; i < n; i++) {
      const a = points[i] as P;
      const b = points[(i + 1) % n] as P;
      if (a[0] === b[0] && a[1] === b[1])
        throw new InvalidLocatorError(`${field}.points[${(i + 1) % n}]`, "repeats its neighbour");
    }
    if (area2(points) === 0)
      throw new InvalidLocatorError(`${field}.points`, "enclose no area (all on one line)");
    // Non-adjacent edges must not meet: a crossing outline encloses no one region.
    for (let i = 0; i < n; i++) {
      for (let j = i + 2; j < n; j++) {
        if (i === 0 && j === n - 1) continue;
        if (
          segmentsMeet(
            points[i] as P,
            points[(i + 1) % n] as P,
            points[j] as P,
            points[(j + 1) % n] as P,
          )
        )
          throw new InvalidLocatorError(
            `${field}.points`,
            `the outline crosses itself (edge ${i + 1} meets edge ${j + 1})`,
          );
      }
    }
    return { shape: "polygon", points };
  }
  throw new InvalidLocatorError(`${field}.shape`, 'must be "rect" or "polygon"');
}

function checkTime(field: string, v: unknown, duration: number): TimeRange {
  if (!isRecord(v)) throw new InvalidLocatorError(field, "must be an object with start and end");
  const start = finite(`${field}.start`, v.start);
  const end = finite(`${field}.end`, v.end);
  within(`${field}.start`, start, duration, "recording's duration");
  within(`${field}.end`, end, duration, "recording's duration");
  if (end < start) throw new InvalidLocatorError(`${field}.end`, "ends before it starts");
  return { start, end };
}

const KIND_OF: Record<string, LocatorTarget["kind"][]> = {
  TextSpan: ["text"],
  ImageRegion: ["image"],
  MediaTime: ["video", "audio"],
};

/**
 * A locator given from outside, checked against what it points into.
 * @example checkLocator({ type: "ImageRegion", region: { shape: "rect", x: 1, y: 1, width: 5, height: 5 } }, { kind: "image", width: 64, height: 48 })
 */
export function checkLocator(v: unknown, target: LocatorTarget, field = "locator"): ClaimLocator {
  if (!isRecord(v)) throw new InvalidLocatorError(field, "must be an object with a type");
  const kinds = typeof v.type === "string" ? KIND_OF[v.type] : undefined;
  if (!kinds)
    throw new InvalidLocatorError(
      `${field}.type`,
      'must be "TextSpan", "ImageRegion" or "MediaTime"',
    );
  if (!kinds.includes(target.kind))
    throw new InvalidLocatorError(
      `${field}.type`,
      `a ${v.type} cannot point into a ${target.kind} source`,
    );
  switch (target.kind) {
    case "text": {
      const start = finite(`${field}.start`, v.start);
      const end = finite(`${field}.end`, v.end);
      if (!Number.isInteger(start) || !Number.isInteger(end))
        throw new InvalidLocatorError(`${field}.start`, "offsets must be whole numbers");
      within(`${field}.start`, start, target.length, "text");
      within(`${field}.end`, end, target.length, "text");
      if (end <= start)
        throw new InvalidLocatorError(`${field}.end`, "must be after start (an empty span)");
      return { type: "TextSpan", start, end };
    }
    case "image":
      return {
        type: "ImageRegion",
        region: checkRegion(`${field}.region`, v.region, target.width, target.height),
      };
    case "audio":
    case "video": {
      const time = checkTime(`${field}.time`, v.time, target.duration);
      if (v.region === undefined || v.region === null) return { type: "MediaTime", time };
      if (target.kind === "audio")
        throw new InvalidLocatorError(`${field}.region`, "a sound recording has no picture");
      if (target.width === null || target.height === null)
        throw new InvalidLocatorError(`${field}.region`, "the video's frame size is not known");
      return {
        type: "MediaTime",
        time,
        region: checkRegion(`${field}.region`, v.region, target.width, target.height),
      };
    }
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** A time in seconds as m:ss.s (h:mm:ss.s past an hour), as players show it. */
export function clockTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const tenths = Math.floor((seconds - whole) * 10 + 1e-6);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = `${String(s).padStart(2, "0")}.${tenths}`;
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

function regionWords(r: RegionShape): string {
  if (r.shape === "rect")
    return `region x ${round(r.x)}–${round(r.x + r.width)}, y ${round(r.y)}–${round(r.y + r.height)} px`;
  const xs = r.points.map((p) => p[0]);
  const ys = r.points.map((p) => p[1]);
  return `polygon of ${r.points.length} points within x ${round(Math.min(...xs))}–${round(Math.max(...xs))}, y ${round(Math.min(...ys))}–${round(Math.max(...ys))} px`;
}

/** The locator in words, for citations and lists; null for a text span (the quote says it). */
export function describeLocator(l: ClaimLocator): string | null {
  switch (l.type) {
    case "TextSpan":
      return null;
    case "ImageRegion":
      return regionWords(l.region);
    case "MediaTime": {
      const at =
        l.time.start === l.time.end
          ? clockTime(l.time.start)
          : `${clockTime(l.time.start)}–${clockTime(l.time.end)}`;
      return l.region ? `${at}, ${regionWords(l.region)}` : at;
    }
    case "MetadataFieldSelector":
      return `metadata field ${l.field}`;
  }
}

/**
 * The W3C Media Fragments form of a region or time (`t=1.5,3&xywh=10,20,30,40`); a polygon, which
 * media fragments cannot say, as `polygon=x,y;x,y;…` in the same style.
 */
export function mediaFragment(l: ClaimLocator): string | null {
  const region = (r: RegionShape) =>
    r.shape === "rect"
      ? `xywh=${round(r.x)},${round(r.y)},${round(r.width)},${round(r.height)}`
      : `polygon=${r.points.map((p) => `${round(p[0])},${round(p[1])}`).join(";")}`;
  switch (l.type) {
    case "ImageRegion":
      return region(l.region);
    case "MediaTime": {
      const t = `t=${round(l.time.start)},${round(l.time.end)}`;
      return l.region ? `${t}&${region(l.region)}` : t;
    }
    default:
      return null;
  }
}
