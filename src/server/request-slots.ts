/**
 * At most a few reading requests do their work at once; the others wait their turn in arrival
 * order, which costs nothing. Why: fifty readers at once each bring their share of synchronous
 * work (parsing the database's rows, the handler, redaction, serialising the JSON), and the event
 * loop runs every share that is ready before it reads the next socket, so a request that needs no
 * work at all (`/api/health`) waited behind all of them — 1.5–2.5 s under the load test, with
 * single turns of the loop of up to 2.7 s (monitorEventLoopDelay). Bounding the work in flight
 * bounds a turn of the loop to a few requests' shares; the throughput of two cores stays what it
 * was. Only GET and HEAD requests under /api/ take a slot: uploads and other writes are few and
 * may take minutes to send; routes that hold no records (liveness) never wait. A slot is given
 * back once the answer is serialised (onSend) — compressing and sending it are not the loop's
 * work, and a slow download must not hold a slot — or when the connection closes first.
 */
import { availableParallelism } from "node:os";
import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * One per core (at least two, so that one request's database wait overlaps another's work), on
 * both stores. Under the load test at load ~15, health's median / p95 was 297 / 1,120 ms without
 * slots, 127–169 / 474 ms with two per core and 70 / 186 ms with one. The price is the readers'
 * wait in the queue: on a quiet machine their medians under the load test rose from 0.5–3.8 s to
 * 2.5–4.1 s. On a PostgreSQL server, where the queries run in the server's backends rather than on
 * this thread, more slots than cores were measured too (2, 4 and 8 on two cores, load 5–13): 4
 * was no better than 2 for health or the readers beyond the noise, and 8 was worse for health
 * (median 121 ms, p95 435 ms against 42–54 / 172–185 ms) without serving the readers faster:
 * what a slot holds on this thread is the request's own share (parsing the rows, the handler,
 * serialising), the same on either store, and the garbage it leaves is collected on this thread
 * too. So the rule does not depend on the store (BENCHMARKS.md, issue 14).
 */
export const DEFAULT_REQUEST_SLOTS = Math.max(2, availableParallelism());

function takesSlot(request: FastifyRequest): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    request.url.startsWith("/api/") &&
    request.routeOptions.config.holdsNoRecords !== true
  );
}

export function registerRequestSlots(app: FastifyInstance, slots = DEFAULT_REQUEST_SLOTS): void {
  let busy = 0;
  const waiting: (() => void)[] = [];
  const held = new WeakMap<FastifyRequest, () => void>();

  app.addHook("onRequest", async (request, reply) => {
    if (!takesSlot(request)) return;
    if (busy < slots) busy++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    // The slot passes from the request that gives it back straight to the next in line (busy
    // stays counted), so no newcomer can overtake the queue.
    let given = false;
    const giveBack = () => {
      if (given) return;
      given = true;
      const next = waiting.shift();
      if (next) next();
      else busy--;
    };
    held.set(request, giveBack);
    reply.raw.once("close", giveBack);
    // A client that left while waiting gets no work done for it, and no answer.
    if (request.raw.destroyed || reply.raw.destroyed) {
      giveBack();
      reply.hijack();
    }
  });
  app.addHook("onSend", async (request, _reply, payload) => {
    held.get(request)?.();
    return payload;
  });
}
