/**
 * No request stalls the others: while the server reads a deeply nested HTML file, extracts claims
 * from a figure-dense text, and links person lists, /api/health keeps answering. The bound is
 * generous (the machine may be shared) but real: before the work moved to worker threads the
 * same uploads held every request for tens of seconds. Speed itself is measured in the bench.
 */
import { describe, expect, it } from "vitest";
import { toCsvText } from "../src/core/generate/csv-text.js";
import { generatePersons } from "../src/core/generate/generate-persons.js";
import { PROCESS_TARGETS } from "./support/process-targets.js";
import { storePerTest } from "./support/served-store.js";

const HEALTH_BOUND_MS = 5000;

/** Runs `work` while polling /api/health; returns the slowest health answer and how many came. */
async function healthDuring(url: string, work: () => Promise<Response>) {
  let running = true;
  let slowest = 0;
  let answers = 0;
  const poll = (async () => {
    while (running) {
      const t0 = performance.now();
      const r = await fetch(`${url}/api/health`);
      await r.arrayBuffer();
      slowest = Math.max(slowest, performance.now() - t0);
      answers++;
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const t0 = performance.now();
  const response = await work();
  const body = await response.text();
  const workMs = performance.now() - t0;
  running = false;
  await poll;
  return { slowest, answers, workMs, status: response.status, body };
}

function figureDenseText(bytes: number): string {
  const lines = ["A generated account of losses"];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `Report ${i}: at least ${100 + (i % 900)} people were killed, about ${20 + (i % 70)} wounded and more than ${i % 50} taken hostage on ${1 + (i % 28)} February 1992, officials said.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

describe.each(PROCESS_TARGETS)("a responsive server on $name", (processTarget) => {
  const t = storePerTest(processTarget);

  it("answers /api/health while heavy reading, extraction and linkage run", async () => {
    const server = await t.serve({ CASEFILE_MAX_FILE_MB: "20" });
    const url = server.url;
    const auth = t.auth();
    const upload =
      (name: string, body: string, fields: Record<string, string> = {}) =>
      () => {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields)) form.append(k, v);
        form.append("file", new Blob([body]), name);
        return fetch(`${url}${name.endsWith(".csv") ? "/api/lists" : "/api/sources"}`, {
          method: "POST",
          body: form,
          headers: auth,
        });
      };

    const depth = 20_000;
    const nested = `<html><body>${"<div>".repeat(depth)}deep text${"</div>".repeat(depth)}</body></html>`;
    const html = await healthDuring(url, upload("deep.html", nested));
    expect(html.status, html.body).toBeLessThan(500);
    expect(html.answers).toBeGreaterThan(0);
    expect(html.slowest).toBeLessThan(HEALTH_BOUND_MS);

    // A fifth of a megabyte of figures (thousands of claims) keeps the extraction busy for a
    // while; a whole megabyte proved nothing more and took 40 CPU s per store (and on a loaded
    // machine ran past the extraction's 120 s work limit).
    const text = await healthDuring(url, upload("figures.txt", figureDenseText(200_000)));
    expect(text.status, text.body).toBe(201);
    expect((JSON.parse(text.body) as { claims: number }).claims).toBeGreaterThan(2000);
    // Health answered while the extraction worked, not only before and after it.
    expect(text.answers).toBeGreaterThan(1);
    expect(text.slowest).toBeLessThan(HEALTH_BOUND_MS);

    const generated = generatePersons({ people: 6000, lists: 2, seed: 3 });
    for (const list of generated.lists) {
      const r = await upload(`${list.name}.csv`, toCsvText(list.header, list.rows), {
        name: list.name,
      })();
      expect(r.status).toBe(201);
    }
    const linkage = await healthDuring(url, () =>
      fetch(`${url}/api/linkage`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ dedupe: true }),
      }),
    );
    expect(linkage.status, linkage.body).toBe(200);
    expect(linkage.slowest).toBeLessThan(HEALTH_BOUND_MS);
    console.log(
      `health slowest while: deep HTML ${html.slowest.toFixed(0)} ms (work ${html.workMs.toFixed(0)} ms), extraction ${text.slowest.toFixed(0)} ms (work ${text.workMs.toFixed(0)} ms), linkage ${linkage.slowest.toFixed(0)} ms (work ${linkage.workMs.toFixed(0)} ms)`,
    );
  }, 600_000);
});
