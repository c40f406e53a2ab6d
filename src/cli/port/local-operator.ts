/** The caller the CLI acts as: the local operator, named by the system user running it. */
import { userInfo } from "node:os";
import type { Caller } from "../../services/caller.js";

export function localOperator(): Caller {
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): keep "unknown".
  }
  return { kind: "operator", name: `cli:${user}` };
}
