/**
 * The HTTP server: JSON API under /api (schemas on every route, OpenAPI at /api/openapi.json,
 * errors as problem details) and the built web application from the same port.
 */

import { existsSync } from "node:fs";
import compress from "@fastify/compress";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { CASEFILE_VERSION, type Services } from "../services/services.js";
import { callerOf, registerAuth } from "./auth.js";
import { registerInputGuard } from "./input-guard.js";
import { lazySerializers } from "./lazy-serializers.js";
import { answerClientError, problem, registerProblemHandlers } from "./problem.js";
import { registerRedaction } from "./redaction-hook.js";
import { registerRequestSlots } from "./request-slots.js";
import { accountsRoutes } from "./routes/accounts.routes.js";
import { activityRoutes } from "./routes/activity.routes.js";
import { adminRoutes } from "./routes/admin.routes.js";
import { captureRoutes } from "./routes/capture.routes.js";
import { casesRoutes } from "./routes/cases.routes.js";
import { chronicleRoutes } from "./routes/chronicle.routes.js";
import { citeRoutes } from "./routes/cite.routes.js";
import { claimsRoutes } from "./routes/claims.routes.js";
import { evidenceRoutes } from "./routes/evidence.routes.js";
import { exportRoutes } from "./routes/export.routes.js";
import { fourEyesRoutes } from "./routes/four-eyes.routes.js";
import { gradesRoutes } from "./routes/grades.routes.js";
import { grantsRoutes } from "./routes/grants.routes.js";
import { healthRoutes } from "./routes/health.routes.js";
import { jobsRoutes } from "./routes/jobs.routes.js";
import { mediaRoutes } from "./routes/media.routes.js";
import { memorialRoutes } from "./routes/memorial.routes.js";
import { protectionRoutes } from "./routes/protection.routes.js";
import { provenanceRoutes } from "./routes/provenance.routes.js";
import { registryRoutes } from "./routes/registry.routes.js";
import type { RouteDeps } from "./routes/route-deps.js";
import { searchRoutes } from "./routes/search.routes.js";
import { sessionRoutes } from "./routes/session.routes.js";
import { sourcesRoutes } from "./routes/sources.routes.js";
import { transcriptsRoutes } from "./routes/transcripts.routes.js";
import { uploadRoutes } from "./routes/upload.routes.js";
import { sendShell } from "./shell-reply.js";
import { webShell } from "./web-shell.js";

const REQUEST_TIMEOUT_MS = 300_000;

export interface AppOptions {
  readonly services: Services;
  readonly operatorToken: string;
  /** The built web application (dist/web); omitted or missing means API only. */
  readonly webRoot?: string | undefined;
  readonly maxUploadBytes: number;
  readonly logLevel?: string | undefined;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? "warn" },
    bodyLimit: 1024 * 1024,
    // A request (headers and body) must arrive within this time: a 50 MB upload at 2 Mbit/s.
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Refusals by Node's HTTP parser (headers too large, a broken request line) as problems too.
    clientErrorHandler: answerClientError,
    // Uploads are multipart; everything else is small JSON.
    ajv: { customOptions: { coerceTypes: "array", removeAdditional: false } },
    // Response serializers compiled on first use, not all at start-up (lazy-serializers.ts).
    schemaController: { compilersFactory: { buildSerializer: lazySerializers() } },
    // Fastify's own refusals (a malformed URL, a bad percent-encoding) answer as problems too.
    frameworkErrors: (error, req, reply) => {
      const body = problem(400, "bad-request", `the request is malformed: ${error.message}`);
      // The raw reply: this runs before any route (and its typed reply) is known.
      reply.raw.statusCode = 400;
      reply.raw.setHeader("content-type", "application/problem+json");
      reply.raw.setHeader("x-content-type-options", "nosniff");
      reply.raw.end(JSON.stringify({ ...body, instance: req.url }));
    },
  });
  registerProblemHandlers(app);
  // JSON only: a text/plain body is refused as 415 instead of reaching a schema as a string.
  app.removeContentTypeParser("text/plain");
  registerInputGuard(app);
  // Before the caller hook, whose token and session look-ups are database work too.
  registerRequestSlots(app);
  await app.register(helmet, {
    // No inline script, no framing, no sniffing, no referrer leaving the site.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });
  // Limits are opted into per route (sign-in, expensive computations), never global.
  await app.register(rateLimit, { global: false });
  await registerAuth(app, options.services.signIn, options.operatorToken);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Casefile API",
        version: CASEFILE_VERSION,
        description: "Sources, passages, claims and the archive of a documented event.",
      },
      components: { securitySchemes: { operatorToken: { type: "http", scheme: "bearer" } } },
    },
  });
  // The web bundle and the map outlines are large; gzip keeps the first view fast on slow links.
  await app.register(compress, { global: true, threshold: 1024, encodings: ["gzip", "deflate"] });
  await app.register(multipart, {
    limits: { fileSize: options.maxUploadBytes, files: 1, fields: 20, fieldSize: 10_000 },
    throwFileSizeLimit: true,
  });

  const deps: RouteDeps = {
    services: options.services,
    callerOf,
  };
  registerRedaction(app, options.services, callerOf);
  sessionRoutes(app, deps);
  accountsRoutes(app, deps);
  grantsRoutes(app, deps);
  healthRoutes(app, deps);
  sourcesRoutes(app, deps);
  uploadRoutes(app, deps);
  claimsRoutes(app, deps);
  casesRoutes(app, deps);
  searchRoutes(app, deps);
  activityRoutes(app, deps);
  registryRoutes(app, deps);
  adminRoutes(app, deps);
  mediaRoutes(app, deps);
  transcriptsRoutes(app, deps);
  evidenceRoutes(app, deps);
  provenanceRoutes(app, deps);
  jobsRoutes(app, deps);
  gradesRoutes(app, deps);
  citeRoutes(app, deps);
  exportRoutes(app, deps);
  fourEyesRoutes(app, deps);
  protectionRoutes(app, deps);
  captureRoutes(app, deps);
  chronicleRoutes(app, deps);
  memorialRoutes(app, deps);
  app.get("/api/openapi.json", { config: { gate: "anyone" }, schema: { hide: true } }, () =>
    app.swagger(),
  );

  const webRoot = options.webRoot && existsSync(options.webRoot) ? options.webRoot : null;
  if (webRoot)
    // Built files come with .br and .gz siblings (vite.config.ts): sent as they are.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: "index.html",
      preCompressed: true,
    });
  const shell = webRoot ? webShell(webRoot) : null;
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/az/sources/…) get the application; unknown API paths get a problem.
    if (shell && request.method === "GET" && !request.url.startsWith("/api/"))
      return sendShell(app, request, reply, shell(request.url));
    const body = problem(
      404,
      "not-found",
      `no route ${request.method} ${request.url.split("?")[0]}`,
      {},
      "not-found.route",
    );
    return reply
      .status(404)
      .type("application/problem+json")
      .send({ ...body, instance: request.url });
  });
  return app;
}
