/**
 * Who may receive a media file's bytes: the original and every file derived from it (thumbnail,
 * web copy, keyframe) are exactly as visible as the source that holds the original, never more.
 */
import type { Caller } from "../caller.js";
import { type GuardedItem, maySeeItem } from "./access.policy.js";

export function mayReceiveMedia(caller: Caller, source: GuardedItem): boolean {
  return maySeeItem(caller, source);
}
