/** What every route module receives: the services and the caller resolver. */
import type { Services } from "../../services/services.js";
import type { CallerResolver } from "../auth.js";

export interface RouteDeps {
  readonly services: Services;
  readonly callerOf: CallerResolver;
}
