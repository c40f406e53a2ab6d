/**
 * @module Near-duplicate pictures by windowed perceptual hashes. One pHash of a whole picture is
 * blind to crops and burned-in captions (measured: a 20 % crop moves it as far as an unrelated
 * picture), so each picture is hashed whole and in 50 windows (80 % and 90 % of each side, on a
 * 5×5 grid of positions). Two pictures match when at least three windows of one each find a
 * window of the other within a few bits: a crop or a caption leaves some windows intact, while
 * unrelated pictures meet, if at all, in one lucky window.
 */
import { perceptualHash } from "./perceptual-hash.js";
import { cropRaster, type Raster } from "./raster.js";

const KEEPS = [0.9, 0.8] as const;
const OFFSETS = [0, 0.25, 0.5, 0.75, 1] as const;

/** How many windows each picture has (the whole picture first). */
export const WINDOWS_PER_PICTURE = 1 + KEEPS.length * OFFSETS.length * OFFSETS.length;

/** A window's hash may match another's within this many bits (the search radius). */
export const WINDOW_RADIUS = 14;
/** How many matching windows a near-duplicate needs, and the largest mean distance of the best ones. */
export const MATCHING_WINDOWS = 3;
export const NEAR_DUPLICATE_SCORE = 11;

/** The hashes of a picture's windows: index 0 is the whole picture. */
export function windowHashes(picture: Raster): string[] {
  const hashes = [perceptualHash(picture)];
  for (const keep of KEEPS) {
    const w = picture.width * keep;
    const h = picture.height * keep;
    for (const oy of OFFSETS) {
      for (const ox of OFFSETS) {
        hashes.push(
          perceptualHash(
            cropRaster(picture, ox * (picture.width - w), oy * (picture.height - h), w, h),
          ),
        );
      }
    }
  }
  return hashes;
}

/**
 * The near-duplicate score of a pair from, for each window of the query, its distance to the
 * nearest window of the other picture when within WINDOW_RADIUS (windows with none are left
 * out). Null when fewer than MATCHING_WINDOWS windows matched; else the mean of the best ones.
 */
export function nearDuplicateScore(windowDistances: readonly number[]): number | null {
  const best = windowDistances.filter((d) => d <= WINDOW_RADIUS).sort((a, b) => a - b);
  if (best.length < MATCHING_WINDOWS) return null;
  const top = best.slice(0, MATCHING_WINDOWS);
  return top.reduce((sum, d) => sum + d, 0) / MATCHING_WINDOWS;
}

/** Whether a score (from nearDuplicateScore) makes the pair near-duplicates. */
export function isNearDuplicate(score: number | null): boolean {
  return score !== null && score <= NEAR_DUPLICATE_SCORE;
}
