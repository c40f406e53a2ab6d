/**
 * A locator given with a new claim or a correction, checked against the source it points into:
 * a text span against the source's text (then anchored with its quote, context and passage), a
 * region or time range against the picture's size or the recording's duration. Problems are 400s
 * naming the field ("locator.region.width").
 */
import {
  type ClaimLocator,
  checkLocator,
  InvalidLocatorError,
  type LocatorTarget,
  type MediaLocator,
} from "../core/model/locator.js";
import { anchorIn } from "../core/model/span.js";
import type { TextAnchorUpdate } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { getMediaFile } from "../store/media.repository.js";
import { getSourceText, passagesOf, type SourceRecord } from "../store/sources.repository.js";
import { InvalidInputError } from "./errors.js";

/** What a locator into this source must fit; null when the source holds neither text nor media. */
export async function locatorTargetOf(
  db: Queryable,
  source: SourceRecord,
): Promise<LocatorTarget | null> {
  const media = source.blobSha256 ? await getMediaFile(db, source.blobSha256) : null;
  if (media?.kind === "image" && media.width !== null && media.height !== null)
    return { kind: "image", width: media.width, height: media.height };
  if ((media?.kind === "video" || media?.kind === "audio") && media.durationSeconds !== null)
    return media.kind === "video"
      ? {
          kind: "video",
          width: media.width,
          height: media.height,
          duration: media.durationSeconds,
        }
      : { kind: "audio", duration: media.durationSeconds };
  if (media) return null;
  const text = await getSourceText(db, source.id);
  return text ? { kind: "text", length: text.length } : null;
}

export interface ResolvedLocator {
  readonly locator: ClaimLocator;
  readonly mediaLocator: MediaLocator | null;
  readonly textAnchor: TextAnchorUpdate | null;
}

/** Checks `input` against the source; a text span comes back anchored in the text. */
export async function resolveLocator(
  db: Queryable,
  source: SourceRecord,
  input: unknown,
): Promise<ResolvedLocator> {
  const target = await locatorTargetOf(db, source);
  if (!target)
    throw new InvalidInputError(
      `source ${source.id} has no text, picture or known duration to point into`,
      "locator",
      { code: "claims.nothing-to-point-into", params: { id: source.id } },
    );
  let locator: ClaimLocator;
  try {
    locator = checkLocator(input, target);
  } catch (error) {
    if (error instanceof InvalidLocatorError)
      throw new InvalidInputError(error.message, error.field);
    throw error;
  }
  if (locator.type !== "TextSpan") return { locator, mediaLocator: locator, textAnchor: null };
  const text = (await getSourceText(db, source.id)) ?? "";
  const anchor = anchorIn(text, locator.start, locator.end);
  const passage = (await passagesOf(db, source.id)).find(
    (p) => p.start <= anchor.start && anchor.end <= p.end,
  );
  return {
    locator,
    mediaLocator: null,
    textAnchor: { ...anchor, passageId: passage?.id ?? null },
  };
}
