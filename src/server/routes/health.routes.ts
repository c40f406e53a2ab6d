import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { Type } from "typebox";
import { CASEFILE_VERSION } from "../../services/services.js";
import type { RouteDeps } from "./route-deps.js";

export function healthRoutes(app: FastifyInstance, { services }: RouteDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/api/health",
    {
      config: { gate: "anyone" },
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
    async () => {
      await services.store.db.query("SELECT 1");
      return { status: "ok" as const, version: CASEFILE_VERSION, store: services.store.db.driver };
    },
  );
}
