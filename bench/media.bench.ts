/**
 * Near-duplicate pictures (issue 13): precision and recall of the windowed pHash on a generated
 * set — drawn pictures and their re-posts (crops keeping 80–100 % of each side, JPEG
 * recompression, resizing, rotation up to ±3°, burned-in captions, and all of these at once) plus
 * unrelated pictures as distractor queries — and the query time over an index of 100,000 hashes
 * (HashIndex's multi-index hashing, in memory; wall and CPU time per query). BENCH_MEDIA_PICTURES overrides the number of originals.
 */
import jpeg from "jpeg-js";
import { createRng, type Rng } from "../src/core/estimation/random.js";
import {
  burnCaption,
  cropPart,
  drawPicture,
  rotatePicture,
  scalePicture,
} from "../src/core/generate/pictures.js";
import { HashIndex } from "../src/core/media/hash-index.js";
import {
  type IndexedWindow,
  searchNearDuplicates,
} from "../src/core/media/near-duplicate-search.js";
import { windowHashes } from "../src/core/media/picture-windows.js";
import { makeRaster, type Raster } from "../src/core/media/raster.js";
import type { BenchRow } from "./bench.js";

const recompress = (r: Raster, quality: number): Raster => {
  const encoded = jpeg.encode(
    { width: r.width, height: r.height, data: Buffer.from(r.data) },
    quality,
  );
  const d = jpeg.decode(encoded.data, { useTArray: true, formatAsRGBA: true });
  return makeRaster(d.width, d.height, d.data);
};

const EDITS: Record<string, (r: Raster, rng: Rng) => Raster> = {
  crop: (r, rng) => cropPart(r, 0.8 + rng.next() * 0.2, rng),
  recompress: (r, rng) => recompress(r, 20 + rng.int(51)),
  resize: (r, rng) => scalePicture(r, 0.4 + rng.next()),
  rotate: (r, rng) => rotatePicture(r, (rng.next() * 2 - 1) * 3),
  caption: (r, rng) => burnCaption(r, 0.08 + rng.next() * 0.07, rng),
  all: (r, rng) =>
    recompress(
      burnCaption(cropPart(rotatePicture(r, (rng.next() * 2 - 1) * 2), 0.88, rng), 0.1, rng),
      50,
    ),
};

const picture = (rng: Rng) => drawPicture(rng, 240 + rng.int(240), 180 + rng.int(180));

function indexOf(
  pictures: readonly string[][],
  index = new HashIndex<IndexedWindow>(),
): HashIndex<IndexedWindow> {
  pictures.forEach((windows, i) => {
    for (const hash of windows) index.add(hash, { original: String(i), frame: 0, atSeconds: null });
  });
  return index;
}

export default async function mediaBench(): Promise<BenchRow[]> {
  const originals = Number(process.env.BENCH_MEDIA_PICTURES ?? 200);
  const rng = createRng(13);
  const bases = Array.from({ length: originals }, () => picture(rng));
  const index = indexOf(bases.map(windowHashes));

  const rows: BenchRow[] = [];
  let retrieved = 0;
  let truePositives = 0;
  let found = 0;
  let queries = 0;
  for (const [name, edit] of Object.entries(EDITS)) {
    let editFound = 0;
    bases.forEach((base, i) => {
      const hits = searchNearDuplicates(
        index,
        [{ frame: 0, windows: windowHashes(edit(base, rng)) }],
        null,
      );
      retrieved += hits.length;
      const hit = hits.some((h) => h.original === String(i));
      truePositives += hits.filter((h) => h.original === String(i)).length;
      if (hit) editFound++;
    });
    found += editFound;
    queries += bases.length;
    rows.push({
      bench: "media near-duplicates",
      metric: `recall, ${name}`,
      value: editFound / bases.length,
      unit: "",
      details: { queries: bases.length },
    });
  }
  // Unrelated pictures as queries: anything they retrieve is a false positive.
  let distractorHits = 0;
  for (let i = 0; i < originals; i++) {
    const hits = searchNearDuplicates(
      index,
      [{ frame: 0, windows: windowHashes(picture(rng)) }],
      null,
    );
    distractorHits += hits.length;
    retrieved += hits.length;
  }
  rows.push(
    {
      bench: "media near-duplicates",
      metric: "recall (all edits)",
      value: found / queries,
      unit: "",
      details: { queries, originals },
    },
    {
      bench: "media near-duplicates",
      metric: "precision (edits + distractors)",
      value: truePositives / Math.max(1, retrieved),
      unit: "",
      details: { retrieved, distractorQueries: originals, distractorHits },
    },
  );

  // Query time over 100,000 hashes: the index filled with the windows of further drawn pictures.
  const perPicture = bases[0] ? windowHashes(bases[0]).length : 51;
  const fill = Math.ceil(100_000 / perPicture);
  const big = new HashIndex<IndexedWindow>();
  const fillRng = createRng(1313);
  const queryPictures: string[][] = [];
  for (let i = 0; i < fill; i++) {
    const windows = windowHashes(drawPicture(fillRng, 160, 120));
    if (i % Math.floor(fill / 100) === 0)
      queryPictures.push(windowHashes(recompress(drawPicture(createRng(i), 160, 120), 40)));
    for (const hash of windows) big.add(hash, { original: String(i), frame: 0, atSeconds: null });
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  searchNearDuplicates(big, [{ frame: 0, windows: queryPictures[0] ?? [] }], null); // builds the bands
  for (const q of queryPictures) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    searchNearDuplicates(big, [{ frame: 0, windows: q }], null);
    const cpu = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const pick = (values: number[], p: number) =>
    values[Math.min(values.length - 1, Math.floor(p * values.length))] ?? 0;
  const at = (p: number) => pick(times, p);
  rows.push(
    {
      bench: "media near-duplicates",
      metric: "query over index, median",
      value: at(0.5),
      unit: "ms",
      details: { hashes: big.size, queries: times.length, windowsPerQuery: perPicture },
    },
    {
      bench: "media near-duplicates",
      metric: "query over index, p95",
      value: at(0.95),
      unit: "ms",
      details: { hashes: big.size },
    },
    {
      bench: "media near-duplicates",
      metric: "query over index, CPU time, median",
      value: pick(cpuTimes, 0.5),
      unit: "ms",
      details: { hashes: big.size, queries: cpuTimes.length },
    },
  );
  return rows;
}
