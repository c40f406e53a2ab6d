/**
 * Stores the constituent sources of a compilation as children of it: each with its own kind,
 * outlet, author and date, its text a slice of the parent's (offsets kept), its passages and
 * its proposed claims.
 */
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../core/hash/sha256.js";
import type { SourceMetadata } from "../core/source/source-metadata.js";
import type { SplitPart } from "../core/split/split-part.js";
import { insertClaims, type NewClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import {
  insertPassages,
  insertSource,
  type NewSource,
  type PassageRecord,
} from "../store/sources.repository.js";
import { draftClaims, passagesWithIds } from "./claim-proposals.js";

export interface PartsInput {
  readonly parentId: string;
  readonly parentText: string;
  readonly parentMetadata: SourceMetadata;
  readonly blobSha256: string;
  readonly acquisitionId: string;
  readonly format: string;
  readonly parts: readonly SplitPart[];
  readonly extract: boolean;
  readonly actor: string;
  readonly at: Date;
}

function partMetadata(part: SplitPart, parent: SourceMetadata, index: number): SourceMetadata {
  const title = part.title ?? [part.outlet, part.author].filter(Boolean).join(" — ");
  return {
    kind: part.kind,
    title: (title || `${parent.title}, part ${index + 1}`).slice(0, 500),
    authors: part.author ? [part.author] : [],
    organisation: part.outlet,
    publishedPlace: part.place,
    published: part.published,
    language: parent.language,
    url: null,
    // A part is never more open than the compilation it came from.
    access: parent.access,
    // A part documents its compilation's case; who publishes it is its own (unknown until set).
    affiliation: null,
    caseId: parent.caseId,
  };
}

/** A part made ready to store: its source, passages and drafted claims. */
export interface PreparedPart {
  readonly source: NewSource;
  readonly passages: readonly PassageRecord[];
  readonly claims: readonly NewClaim[];
}

/**
 * Cuts every part and drafts its claims (in the worker thread), before any transaction opens:
 * a transaction then only writes.
 */
export async function prepareParts(input: PartsInput): Promise<PreparedPart[]> {
  const prepared: PreparedPart[] = [];
  for (const [index, part] of input.parts.entries()) {
    const id = randomUUID();
    const text = input.parentText.slice(part.start, part.end);
    const metadata = partMetadata(part, input.parentMetadata, index);
    const passages = passagesWithIds(text);
    const claims = input.extract
      ? await draftClaims({
          sourceId: id,
          text,
          passages,
          publisher: part.outlet ?? part.author ?? metadata.title,
          reviewed: [],
          actor: input.actor,
          at: input.at,
        })
      : [];
    prepared.push({
      source: {
        id,
        blobSha256: input.blobSha256,
        acquisitionId: input.acquisitionId,
        parent: { id: input.parentId, start: part.start, end: part.end },
        format: input.format,
        text,
        textSha256: sha256Hex(text),
        metadata,
        createdAt: input.at,
        createdBy: input.actor,
      },
      passages,
      claims,
    });
  }
  return prepared;
}

/** Inserts prepared parts; returns the part ids and the number of claims proposed. */
export async function insertParts(
  tx: Queryable,
  parts: readonly PreparedPart[],
): Promise<{ ids: string[]; claims: number }> {
  let claims = 0;
  for (const part of parts) {
    await insertSource(tx, part.source);
    await insertPassages(tx, part.source.id, part.passages);
    await insertClaims(tx, part.claims);
    claims += part.claims.length;
  }
  return { ids: parts.map((p) => p.source.id), claims };
}
