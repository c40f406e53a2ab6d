/**
 * Reading requests beyond the slots wait their turn in arrival order, while a route that holds no
 * records (liveness) and every write pass at once; a slot comes back when the answer is ready
 * or when its client leaves.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { registerRequestSlots } from "./request-slots.js";

/** A server with one slot whose GET /api/slow answers when the test says so. */
async function oneSlotServer() {
  // Connections a test's aborted fetches leave open are closed with the server.
  const app: FastifyInstance = Fastify({ forceCloseConnections: true });
  registerRequestSlots(app, 1);
  const started: string[] = [];
  const release = new Map<string, () => void>();
  const slow = async (id: string) => {
    started.push(id);
    await new Promise<void>((r) => release.set(id, r));
    return { id };
  };
  app.get<{ Querystring: { id: string } }>("/api/slow", async (req) => slow(req.query.id));
  app.post<{ Querystring: { id: string } }>("/api/slow", async (req) => slow(req.query.id));
  app.get("/api/health", { config: { holdsNoRecords: true } }, async () => ({ status: "ok" }));
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return { app, url, started, release };
}

const until = async (check: () => boolean) => {
  await expect.poll(check, { timeout: 5000 }).toBe(true);
};

describe("request slots", () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  it("lets one reader work at a time, in arrival order, and never holds health or writes", async () => {
    const s = await oneSlotServer();
    app = s.app;
    const first = fetch(`${s.url}/api/slow?id=a`).then((r) => r.json());
    await until(() => s.started.includes("a"));
    const second = fetch(`${s.url}/api/slow?id=b`).then((r) => r.json());
    const third = fetch(`${s.url}/api/slow?id=c`).then((r) => r.json());
    // While "a" holds the only slot: health answers, a write starts, the readers wait.
    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    const write = fetch(`${s.url}/api/slow?id=w`, { method: "POST" }).then((r) => r.json());
    await until(() => s.started.includes("w"));
    expect(s.started).toEqual(["a", "w"]);
    s.release.get("w")?.();
    expect(await write).toEqual({ id: "w" });
    s.release.get("a")?.();
    expect(await first).toEqual({ id: "a" });
    await until(() => s.started.length === 3);
    expect(s.started).toEqual(["a", "w", "b"]);
    s.release.get("b")?.();
    expect(await second).toEqual({ id: "b" });
    await until(() => s.started.length === 4);
    s.release.get("c")?.();
    expect(await third).toEqual({ id: "c" });
  });

  it("gives the slot back when a waiting or working client leaves", async () => {
    const s = await oneSlotServer();
    app = s.app;
    const gone = new AbortController();
    const first = fetch(`${s.url}/api/slow?id=a`, { signal: gone.signal }).catch(() => null);
    await until(() => s.started.includes("a"));
    const waiting = new AbortController();
    const second = fetch(`${s.url}/api/slow?id=b`, { signal: waiting.signal }).catch(() => null);
    // Both leave: "a" while working, "b" while waiting for the slot.
    waiting.abort();
    gone.abort();
    await Promise.all([first, second]);
    const third = fetch(`${s.url}/api/slow?id=c`).then((r) => r.json());
    await until(() => s.started.includes("c"));
    s.release.get("c")?.();
    expect(await third).toEqual({ id: "c" });
    s.release.get("a")?.();
    // "b" never ran: its client had left before its turn came.
    expect(s.started).toEqual(["a", "c"]);
  });
});
