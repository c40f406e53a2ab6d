import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { CASEFILE_VERSION } from "../../services/services.js";
import type { RouteDeps } from "./route-deps.js";

export function healthRoutes(app: FastifyInstance, { services }: RouteDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/api/health",
    {
      config: { gate: "anyone", holdsNoRecords: true },
      schema: {
        summary: "Liveness and the store in use",
        tags: ["system"],
        response: {
          200: Type.Object({
            status: Type.Literal("ok"),
            version: Type.String(),
            store: Type.String(),
          }),
        },
      },
    },
    // Liveness of this process: no query, so that a long write transaction on the embedded store
    // (one connection) never makes the process look dead.
    async () => {
      return { status: "ok" as const, version: CASEFILE_VERSION, store: services.store.db.driver };
    },
  );
}
