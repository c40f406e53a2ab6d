/**
 * @module Varied pictures drawn from a seed (gradients, discs, bars, stripes, blocks of "text")
 * and the edits a re-poster makes (crop, resize, small rotation, a burned-in caption), for the
 * near-duplicate benchmark and the media tests. No photograph is needed, and none is shipped.
 */
import type { Rng } from "../estimation/random.js";
import { cropRaster, makeRaster, type Raster, resizeRaster } from "../media/raster.js";

type Rgb = readonly [number, number, number];

const colour = (rng: Rng): Rgb => [rng.int(256), rng.int(256), rng.int(256)];

/** A picture of `width`×`height`: a random gradient and 14–30 random shapes (photos are busier than a few flat areas). */
export function drawPicture(rng: Rng, width: number, height: number): Raster {
  const data = new Uint8Array(width * height * 4);
  const [a, b] = [colour(rng), colour(rng)];
  const angle = rng.next() * Math.PI * 2;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = Math.min(1, Math.max(0, 0.5 + ((x / width - 0.5) * dx + (y / height - 0.5) * dy)));
      setPixel(data, width, x, y, [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)]);
    }
  }
  const shapes = 14 + rng.int(17);
  for (let i = 0; i < shapes; i++) {
    const fill = colour(rng);
    const cx = rng.next() * width;
    const cy = rng.next() * height;
    const size = (0.04 + rng.next() * 0.22) * Math.min(width, height);
    const shape = rng.int(4);
    if (shape === 0)
      fillWhere(data, width, height, fill, (x, y) => (x - cx) ** 2 + (y - cy) ** 2 < size ** 2);
    else if (shape === 1)
      fillWhere(
        data,
        width,
        height,
        fill,
        (x, y) => Math.abs(x - cx) < size && Math.abs(y - cy) < size * 0.6,
      );
    else if (shape === 2) {
      const period = 6 + rng.int(20);
      fillWhere(
        data,
        width,
        height,
        fill,
        (x, y) => Math.abs(y - cy) < size && Math.floor((x + y) / period) % 2 === 0,
      );
    } else
      fillWhere(data, width, height, fill, (x, y) => Math.abs(x - cx) + Math.abs(y - cy) < size);
  }
  return makeRaster(width, height, data);
}

const lerp = (from: number, to: number, t: number): number => Math.round(from * (1 - t) + to * t);

function setPixel(data: Uint8Array, width: number, x: number, y: number, rgb: Rgb): void {
  const p = (y * width + x) * 4;
  data[p] = rgb[0];
  data[p + 1] = rgb[1];
  data[p + 2] = rgb[2];
  data[p + 3] = 255;
}

function fillWhere(
  data: Uint8Array,
  width: number,
  height: number,
  rgb: Rgb,
  inside: (x: number, y: number) => boolean,
): void {
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) if (inside(x, y)) setPixel(data, width, x, y, rgb);
}

/** Keeps a window of `keep` (0–1) of each side, placed at random. */
export function cropPart(r: Raster, keep: number, rng: Rng): Raster {
  const w = r.width * keep;
  const h = r.height * keep;
  return cropRaster(r, rng.next() * (r.width - w), rng.next() * (r.height - h), w, h);
}

/** Scales by `factor` (area averaging down, nearest pixel up). */
export function scalePicture(r: Raster, factor: number): Raster {
  return resizeRaster(
    r,
    Math.max(8, Math.round(r.width * factor)),
    Math.max(8, Math.round(r.height * factor)),
  );
}

/** Rotates by `degrees` about the centre (bilinear), keeping the size; corners filled with black. */
export function rotatePicture(r: Raster, degrees: number): Raster {
  const rad = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
  const [cx, cy] = [r.width / 2, r.height / 2];
  const data = new Uint8Array(r.data.length);
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const p = (y * r.width + x) * 4;
      data[p + 3] = 255;
      if (x0 < 0 || y0 < 0 || x0 + 1 >= r.width || y0 + 1 >= r.height) continue;
      const [fx, fy] = [sx - x0, sy - y0];
      for (let c = 0; c < 3; c++) {
        const at = (xx: number, yy: number) => r.data[(yy * r.width + xx) * 4 + c] ?? 0;
        const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
        const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
        data[p + c] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
  }
  return makeRaster(r.width, r.height, data);
}

/** Burns a caption band (dark bar with light letter-like blocks) across the bottom `share` of the height. */
export function burnCaption(r: Raster, share: number, rng: Rng): Raster {
  const data = Uint8Array.from(r.data);
  const top = Math.round(r.height * (1 - share));
  const glyph = Math.max(2, Math.round((r.height - top) * 0.5));
  for (let y = top; y < r.height; y++)
    for (let x = 0; x < r.width; x++) setPixel(data, r.width, x, y, [16, 16, 16]);
  const textTop = top + Math.round((r.height - top - glyph) / 2);
  for (let x = Math.round(glyph / 2); x + glyph < r.width; x += glyph + 2) {
    if (rng.next() < 0.2) continue; // a space between words
    const w = Math.max(1, Math.round(glyph * (0.4 + rng.next() * 0.5)));
    for (let y = textTop; y < textTop + glyph; y++)
      for (let dx = 0; dx < w; dx++) setPixel(data, r.width, x + dx, y, [235, 235, 235]);
  }
  return makeRaster(r.width, r.height, data);
}
