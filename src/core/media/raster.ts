/**
 * @module Decoded pictures as plain RGBA pixels, and the few pure operations the media code needs
 * on them (grey levels, area-average resizing, cropping), so hashing and thumbnails share one type.
 */

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** Row-major RGBA, 4 bytes a pixel. */
  readonly data: Uint8Array;
}

/** Validates dimensions and buffer length; throws a RangeError naming the mismatch. */
export function makeRaster(width: number, height: number, data: Uint8Array): Raster {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new RangeError(`a picture needs positive whole dimensions, got ${width}×${height}`);
  if (data.length !== width * height * 4)
    throw new RangeError(
      `${width}×${height} RGBA needs ${width * height * 4} bytes, got ${data.length}`,
    );
  return { width, height, data };
}

/** Luma (ITU-R BT.601) per pixel, 0–255, as floats. */
export function greyLevels(r: Raster): Float64Array {
  const out = new Float64Array(r.width * r.height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = 0.299 * (r.data[p] ?? 0) + 0.587 * (r.data[p + 1] ?? 0) + 0.114 * (r.data[p + 2] ?? 0);
  }
  return out;
}

/**
 * Resizes grey levels by area averaging: each target cell is the mean of the source pixels it
 * covers (fractional coverage weighted), so downscaling does not alias.
 */
export function resizeGrey(
  grey: Float64Array,
  width: number,
  height: number,
  toWidth: number,
  toHeight: number,
): Float64Array {
  const out = new Float64Array(toWidth * toHeight);
  const sx = width / toWidth;
  const sy = height / toHeight;
  for (let ty = 0; ty < toHeight; ty++) {
    const y0 = ty * sy;
    const y1 = y0 + sy;
    for (let tx = 0; tx < toWidth; tx++) {
      const x0 = tx * sx;
      const x1 = x0 + sx;
      let sum = 0;
      let area = 0;
      for (let y = Math.floor(y0); y < Math.min(height, Math.ceil(y1)); y++) {
        const wy = Math.min(y1, y + 1) - Math.max(y0, y);
        for (let x = Math.floor(x0); x < Math.min(width, Math.ceil(x1)); x++) {
          const w = wy * (Math.min(x1, x + 1) - Math.max(x0, x));
          sum += w * (grey[y * width + x] ?? 0);
          area += w;
        }
      }
      out[ty * toWidth + tx] = area > 0 ? sum / area : 0;
    }
  }
  return out;
}

/** Resizes RGBA by area averaging (for thumbnails). */
export function resizeRaster(r: Raster, toWidth: number, toHeight: number): Raster {
  const channels = [0, 1, 2, 3].map((c) => {
    const plane = new Float64Array(r.width * r.height);
    for (let i = 0; i < plane.length; i++) plane[i] = r.data[i * 4 + c] ?? 0;
    return resizeGrey(plane, r.width, r.height, toWidth, toHeight);
  });
  const data = new Uint8Array(toWidth * toHeight * 4);
  for (let i = 0; i < toWidth * toHeight; i++) {
    for (let c = 0; c < 4; c++) data[i * 4 + c] = Math.round(channels[c]?.[i] ?? 0);
  }
  return makeRaster(toWidth, toHeight, data);
}

/** The size that fits inside a box of `max` pixels on its longer side, keeping the aspect ratio. */
export function fitWithin(
  width: number,
  height: number,
  max: number,
): { width: number; height: number } {
  if (width <= max && height <= max) return { width, height };
  const scale = max / Math.max(width, height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** A rectangle of the picture (clamped to its bounds). */
export function cropRaster(r: Raster, x: number, y: number, width: number, height: number): Raster {
  const x0 = Math.max(0, Math.min(r.width - 1, Math.round(x)));
  const y0 = Math.max(0, Math.min(r.height - 1, Math.round(y)));
  const w = Math.max(1, Math.min(r.width - x0, Math.round(width)));
  const h = Math.max(1, Math.min(r.height - y0, Math.round(height)));
  const data = new Uint8Array(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((y0 + row) * r.width + x0) * 4;
    data.set(r.data.subarray(from, from + w * 4), row * w * 4);
  }
  return makeRaster(w, h, data);
}
