import { writeFileSync } from "node:fs";
import { toCsvText } from "../../core/generate/csv-text.js";
import { captureHistories } from "../../core/linkage/capture-histories.js";
import {
  DEFAULT_THRESHOLD,
  type LinkProgress,
  linkRecords,
} from "../../core/linkage/link-records.js";
import { linkRows } from "../../core/linkage/link-rows.js";
import { PERSON_FIELDS, type PersonField } from "../../core/linkage/person-table.js";
import { readPersonFiles } from "../../ingest/persons/read-person-files.js";
import { CliError, type CliIo, type Command, UsageError } from "../command.js";
import { intFlag, numberFlag, parseCommandArgs } from "../parse-args.js";
import { type Progress, progressBar } from "../progress.js";

const usage = `Usage: casefile link <file.csv…> [--id COLUMN] [--map field=column,…] [--ignore col,…]
                     [--threshold P] [--dedupe] [--event-year YEAR] [--out links.csv]
                     [--histories histories.csv] [--json]

Links records of the same person within and across person lists (probabilistic record linkage,
Fellegi–Sunter with EM; names compared across Azerbaijani, Russian and English spellings).
Writes left_file,left_id,right_file,right_id,probability for every link at or above the
threshold (default 0.5), or a JSON array of the same with --json.

  --id COLUMN         column holding each record's id (default "id"; else the line number)
  --map f=col,…       map columns to fields: ${PERSON_FIELDS.join(", ")}
  --ignore col,…      columns to leave out
  --dedupe            with several files, also link records within each file
  --event-year YEAR   year the ages were recorded in (turns ages into birth years)
  --histories FILE    also write capture histories (one 0/1 column per file + count)`;

export function parseMap(value: string | undefined): Partial<Record<PersonField, string>> {
  const map: Partial<Record<PersonField, string>> = {};
  for (const item of value ? value.split(",") : []) {
    const [field, column] = item.split("=");
    if (!field || !column || !(PERSON_FIELDS as readonly string[]).includes(field.trim())) {
      throw new UsageError(
        `--map takes field=column pairs with fields among ${PERSON_FIELDS.join(", ")}; got "${item}"`,
      );
    }
    map[field.trim() as PersonField] = column.trim();
  }
  return map;
}

export function stageBars(io: CliIo, quiet: boolean) {
  let stage = "";
  let bar: Progress | undefined;
  let done = 0;
  return (p: LinkProgress) => {
    if (quiet) return;
    if (p.stage !== stage) {
      bar?.done();
      stage = p.stage;
      done = 0;
      bar = progressBar(io.stderr, p.total, p.stage);
    }
    if (p.done > done) {
      bar?.tick(p.stage, p.done - done);
      done = p.done;
    }
    if (p.stage === "cluster" && p.done === p.total) bar?.done();
  };
}

export const linkCommand: Command = {
  name: "link",
  summary: "link records of the same person across person lists (CSV)",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        id: { type: "string" },
        map: { type: "string" },
        ignore: { type: "string" },
        threshold: { type: "string" },
        dedupe: { type: "boolean" },
        "event-year": { type: "string" },
        out: { type: "string" },
        histories: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (positionals.length === 0) throw new UsageError(`no person list given\n\n${usage}`);
    const threshold = numberFlag(values.threshold, "threshold", DEFAULT_THRESHOLD);
    if (threshold <= 0 || threshold > 1)
      throw new UsageError("--threshold takes a probability in (0, 1]");
    const eventYear =
      values["event-year"] === undefined
        ? undefined
        : intFlag(values["event-year"], "event-year", 0);
    const reading = progressBar(io.stderr, positionals.length, "reading");
    let files: ReturnType<typeof readPersonFiles>;
    try {
      files = readPersonFiles(
        positionals.map((p) => (p.startsWith("/") ? p : `${io.cwd}/${p}`)),
        {
          map: parseMap(values.map),
          ...(values.ignore && { ignore: values.ignore.split(",") }),
          ...(values.id && { id: values.id }),
        },
        (path) => reading.tick(path),
      );
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    } finally {
      reading.done();
    }
    for (const bad of files.badRows)
      io.stderr.write(`${bad.file}:${bad.line}: skipped: ${bad.reason}\n`);
    const { table } = files;
    const result = linkRecords(table, {
      threshold,
      ...(table.lists.length > 1 && { mode: values.dedupe ? "dedupe" : "link" }),
      ...(eventYear !== undefined && { ageYear: eventYear }),
      onProgress: stageBars(io, values.json === true && !values.out),
    });
    const rows = linkRows(table, result.links);
    const text = values.json
      ? `${JSON.stringify(rows, null, 2)}\n`
      : toCsvText(
          ["left_file", "left_id", "right_file", "right_id", "probability"],
          rows.map((r) => [
            r.left_file,
            r.left_id,
            r.right_file,
            r.right_id,
            r.probability.toFixed(6),
          ]),
        );
    if (values.out) writeFileSync(values.out, text);
    else io.stdout.write(text);
    if (values.histories) {
      const histories = captureHistories(result.clusterOf, table.listOf, table.lists.length);
      writeFileSync(
        values.histories,
        toCsvText(
          [...table.lists, "count"],
          histories.map((h) => [...h.lists.map(String), String(h.count)]),
        ),
      );
    }
    io.stderr.write(
      `${table.ids.length} records in ${table.lists.length} list(s): ${result.pairsCompared} pairs compared, ${rows.length} links, ${result.clusterCount} clusters\n`,
    );
    return 0;
  },
};
