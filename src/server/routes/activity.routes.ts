/** The activity log as readers browse it: filtered, paged, through the access policy. */
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import { ActivityPageSchema, ActivityQuerySchema } from "../schemas/activity.schemas.js";
import { problems } from "../schemas/common.schemas.js";
import type { RouteDeps } from "./route-deps.js";

export function activityRoutes(app: FastifyInstance, { services, callerOf }: RouteDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    "/api/activity",
    {
      config: { gate: "anyone" },
      schema: {
        summary: "Changes to what the caller may see, newest first, filtered and paged",
        description:
          "Entries about items the caller may not see are neither listed nor counted. Filtering by who (actor) needs a signed-in caller; administrators also see entries about accounts, groups, tokens and lists.",
        tags: ["archive"],
        querystring: ActivityQuerySchema,
        response: { 200: ActivityPageSchema, ...problems(400, 401) },
      },
    },
    (req) => {
      const { action, case: caseId, target, ...rest } = req.query;
      return services.activity.list(callerOf(req), {
        ...rest,
        actions: action ? action.split(",").map((a) => a.trim()) : undefined,
        caseId,
        targetId: target,
      });
    },
  );
}
