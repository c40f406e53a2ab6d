/**
 * Exports of a case, each computed from one snapshot of what the caller may see: the whole case as
 * one JSON document (which `import` loads back identically), reviewed claims as schema.org
 * JSON-LD, places and routes as GeoJSON, sources, claims, persons and evidence links as CSV, and
 * the event in the shape of the HURIDOCS Events Standard Formats. Every export states its time,
 * the Casefile version and the log head it describes, and is itself logged.
 */
import { zipSync } from "fflate";
import type { ExportStamp } from "../core/export/case-document.js";
import { sha256Hex } from "../core/hash/sha256.js";
import {
  type CaseTables,
  caseRowCounts,
  readCaseTables,
  schemaVersion,
} from "../store/case-dump.repository.js";
import { appendLog } from "../store/log.repository.js";
import { logHead } from "../store/log-head.repository.js";
import type { Store } from "../store/open-store.js";
import { actorName, type Caller } from "./caller.js";
import type { CaseService } from "./case.service.js";
import { narrowCaseTables } from "./case-data-view.js";
import { caseNotFound } from "./case-view.js";
import { InvalidInputError } from "./errors.js";
import { shieldProtectedNames } from "./export-shield.js";
import { effectiveRole, visibilityKeys } from "./policies/access.policy.js";
import { CSV_TABLES, type CsvTable, presentCsv } from "./presenters/case-csv.presenter.js";
import { presentCaseDocument } from "./presenters/case-document.presenter.js";
import { presentEvents } from "./presenters/case-events.presenter.js";
import { presentJsonLd } from "./presenters/case-jsonld.presenter.js";
import { redactorFor } from "./protected-names.js";
import { CASEFILE_VERSION } from "./version.js";

export const EXPORT_FORMATS = ["json", "jsonld", "geojson", "csv", "events"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export { CSV_TABLES, type CsvTable };

export interface ExportRequest {
  readonly format: string;
  /** For csv: one table (sources, claims, persons, links); without it, a zip of all four. */
  readonly table?: string | undefined;
}

export interface ExportOutput {
  readonly format: ExportFormat;
  readonly mediaType: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly stamp: ExportStamp;
}

const encode = (s: string) => new TextEncoder().encode(s);

export function createExportService(store: Store, deps: { readonly cases: CaseService }) {
  async function snapshot(caller: Caller, caseId: string) {
    // A token limited to one case reads nothing of another (not even that it exists).
    if (caller.kind === "user" && caller.token?.caseId && caller.token.caseId !== caseId)
      throw caseNotFound(caseId);
    // Witness protection: who may not see a protected name gets the records as the API shows them.
    const redactor = await redactorFor(store.db, caller);
    const admin = effectiveRole(caller) === "admin";
    const taken = await store.db.transaction(async (tx) => {
      const tables = await readCaseTables(tx, caseId, visibilityKeys(caller), {
        grants: admin,
        persons: admin && !redactor.active,
      });
      const all = await caseRowCounts(tx, caseId);
      // Whoever sees only part of the case gets the case data and claimants of that part.
      const whole =
        all.sources === tables.sources.length && all.records === tables.person_records.length;
      return {
        tables: whole ? tables : narrowCaseTables(tables),
        head: await logHead(tx),
        schema: await schemaVersion(tx),
      };
    });
    if (taken.tables.cases.length === 0) throw caseNotFound(caseId);
    const { tables, withheld } = shieldProtectedNames(redactor, taken.tables);
    const stamp: ExportStamp = {
      exportedAt: new Date().toISOString(),
      casefileVersion: CASEFILE_VERSION,
      logHead: taken.head,
    };
    return { ...taken, tables, withheld, redactor, stamp };
  }

  async function blobBytes(
    tables: CaseTables,
    withheld: ReadonlySet<string>,
  ): Promise<Map<string, Uint8Array>> {
    const files = new Map<string, Uint8Array>();
    for (const b of tables.blobs) {
      const sha = String(b.sha256);
      if (!withheld.has(sha)) files.set(sha, await store.blobs.read(sha));
    }
    return files;
  }

  async function render(
    caller: Caller,
    caseId: string,
    format: ExportFormat,
    table: CsvTable | undefined,
  ): Promise<Omit<ExportOutput, "format">> {
    const { tables, stamp, schema, withheld, redactor } = await snapshot(caller, caseId);
    const json = (value: unknown, mediaType: string, ext: string) => ({
      mediaType,
      fileName: `${caseId}.${ext}`,
      bytes: encode(`${JSON.stringify(value, null, 2)}\n`),
      stamp,
    });
    if (format === "json")
      return {
        mediaType: "application/json",
        fileName: `${caseId}.casefile.json`,
        // Original files cannot be masked: with a name hidden, they are named by SHA-256 only.
        bytes: encode(
          presentCaseDocument(stamp, caseId, schema, tables, {
            files: await blobBytes(tables, withheld),
            withheld,
          }),
        ),
        stamp,
      };
    if (format === "jsonld")
      return json(presentJsonLd(stamp, tables), "application/ld+json", "claims.jsonld");
    if (format === "events")
      return json(presentEvents(stamp, tables), "application/json", "events.json");
    if (format === "geojson") {
      const places = redactor.deep(await deps.cases.places(caller, caseId));
      return json({ ...places, casefile: stamp }, "application/geo+json", "geojson");
    }
    if (table)
      return {
        mediaType: "text/csv; charset=utf-8; header=present",
        fileName: `${caseId}-${table}.csv`,
        bytes: encode(presentCsv(table, tables)),
        stamp,
      };
    // All four tables in one zip, with a manifest that states the export.
    const entries: Record<string, Uint8Array> = {};
    for (const t of CSV_TABLES) entries[`${t}.csv`] = encode(presentCsv(t, tables));
    const manifest = {
      caseId,
      ...stamp,
      files: Object.fromEntries(
        Object.entries(entries).map(([name, bytes]) => [name, { sha256: sha256Hex(bytes) }]),
      ),
    };
    entries["manifest.json"] = encode(`${JSON.stringify(manifest, null, 2)}\n`);
    return {
      mediaType: "application/zip",
      fileName: `${caseId}-csv.zip`,
      // A fixed time in the zip's entries, so that the same export is the same bytes.
      bytes: zipSync(entries, { mtime: new Date(stamp.exportedAt) }),
      stamp,
    };
  }

  return {
    async export(caller: Caller, caseId: string, req: ExportRequest): Promise<ExportOutput> {
      if (!(EXPORT_FORMATS as readonly string[]).includes(req.format))
        throw new InvalidInputError(
          `format must be one of ${EXPORT_FORMATS.join(", ")}`,
          "format",
          {
            code: "invalid-input.enum",
            params: { field: "format", allowed: EXPORT_FORMATS.join(", ") },
          },
        );
      const format = req.format as ExportFormat;
      if (req.table !== undefined && format !== "csv")
        throw new InvalidInputError("table is only for format=csv", "table", {
          code: "export.table-only-csv",
        });
      if (req.table !== undefined && !(CSV_TABLES as readonly string[]).includes(req.table))
        throw new InvalidInputError(`table must be one of ${CSV_TABLES.join(", ")}`, "table", {
          code: "invalid-input.enum",
          params: { field: "table", allowed: CSV_TABLES.join(", ") },
        });
      const out = await render(caller, caseId, format, req.table as CsvTable | undefined);
      await store.db.transaction((tx) =>
        appendLog(tx, {
          actor: actorName(caller),
          action: "case.export",
          targetType: "case",
          targetId: caseId,
          reason: null,
          data: {
            format,
            table: req.table ?? null,
            sha256: sha256Hex(out.bytes),
            bytes: out.bytes.length,
            logHeadSeq: out.stamp.logHead?.seq ?? 0,
            casefileVersion: CASEFILE_VERSION,
          },
        }),
      );
      return { format, ...out };
    },
  };
}
export type ExportService = ReturnType<typeof createExportService>;
