/**
 * @module Embedded metadata proposed as claims for review: a capture time, a GPS position, a
 * recording device. The claimant is the file's metadata, not the publisher: metadata can be set
 * by anyone, so it is evidence to weigh, not fact. Each claim is anchored to the field it was
 * read from.
 */
import type { Claimant, ClaimFields } from "../model/claim.js";
import type { MetadataFieldSelector } from "../model/locator.js";
import type { MediaMetadata } from "./media-metadata.js";

export interface MetadataClaim {
  readonly fields: ClaimFields;
  readonly selector: MetadataFieldSelector;
}

export const METADATA_CLAIMANT: Claimant = { name: "embedded file metadata", role: "other" };

/** Proposals from a file's metadata; none when it carries none. */
export function metadataClaims(metadata: MediaMetadata): MetadataClaim[] {
  const out: MetadataClaim[] = [];
  const { captureTime, position, device } = metadata;
  if (captureTime) {
    const { local, utcOffset } = captureTime.value;
    out.push({
      fields: {
        kind: "time",
        startIso: local.slice(0, 16),
        endIso: null,
        precision: "minute",
        approximate: false,
        ...(utcOffset ? { utcOffset } : {}),
      },
      selector: { type: "MetadataFieldSelector", field: captureTime.field, value: captureTime.raw },
    });
  }
  if (position) {
    const { lat, lon } = position.value;
    out.push({
      fields: {
        kind: "place",
        placeId: null,
        name: `${lat.toFixed(5)}, ${lon.toFixed(5)}`,
        coordinates: { lat, lon },
      },
      selector: { type: "MetadataFieldSelector", field: position.field, value: position.raw },
    });
  }
  if (device) {
    out.push({
      fields: { kind: "statement", summary: `recorded with ${device.value}` },
      selector: { type: "MetadataFieldSelector", field: device.field, value: device.raw },
    });
  }
  return out;
}
