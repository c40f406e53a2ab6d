/**
 * Who may see a chronicle entry: whoever may receive its image (the media policy) and may also see
 * the entry's own level, with the grants of its source. An entry is never more visible than its
 * image; the store's listing applies the same two tests (store/chronicle.repository.ts).
 */
import type { AccessLevel } from "../../core/model/access.js";
import type { Caller } from "../caller.js";
import { type GuardedItem, maySeeItem } from "./access.policy.js";
import { mayReceiveMedia } from "./media.policy.js";

export function maySeeChronicleEntry(
  caller: Caller,
  entry: { readonly access: AccessLevel },
  source: GuardedItem,
): boolean {
  return mayReceiveMedia(caller, source) && maySeeItem(caller, { ...source, access: entry.access });
}
