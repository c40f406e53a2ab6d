import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { PersonListView } from "../../services/presenters/person-list.presenter.js";
import { type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { type Progress, progressBar } from "../progress.js";
import { parseMap } from "./link.js";

const usage = `Usage: casefile lists <import|list|show> [options]

  import <file.csv> --name NAME [--map field=column,…] [--ignore column,…] [--id COLUMN]
         [--access LEVEL] [--case CASE] [--json]
                                     archive a CSV list of persons and read its records;
                                     bad rows are reported with their line numbers and skipped;
                                     headings in English, Azerbaijani and Russian are recognised
                                     (Soyadı, Adı, Atasının adı, Doğum tarixi, Фамилия, …);
                                     --map and --ignore override them
  list [--json]                      the person lists
  show <id|name> [--limit N] [--offset N] [--json]
                                     a list with a page of its records and its bad rows

Lists are restricted by default (persons are sensitive); --access public makes one public.`;

const summary = (l: PersonListView) =>
  `${l.id}  ${l.name.padEnd(28)} ${String(l.recordCount).padStart(6)} records  ${l.access.padEnd(12)} ${l.fileName}`;

export const listsCommand: Command = {
  name: "lists",
  summary: "import and read person lists (victim registry)",
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseCommandArgs(
      rest,
      {
        name: { type: "string" },
        map: { type: "string" },
        ignore: { type: "string" },
        id: { type: "string" },
        access: { type: "string" },
        case: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (!action || !["import", "list", "show"].includes(action)) throw new UsageError(usage);
    if (action !== "list" && positionals.length !== 1)
      throw new UsageError(`lists ${action} takes one argument\n\n${usage}`);
    if (action === "import" && !values.name) throw new UsageError("lists import needs --name");
    const map = parseMap(values.map);
    const out = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    const port = await connect(io, `lists ${action}`);
    try {
      if (action === "import") {
        const path = resolve(io.cwd, positionals[0] as string);
        let bar: Progress | undefined;
        let last = 0;
        const outcome = await port.importList({
          bytes: await readFile(path),
          fileName: basename(path),
          origin: path,
          name: values.name as string,
          caseId: values.case,
          access: values.access,
          map,
          ignore: values.ignore?.split(",").map((h) => h.trim()),
          idColumn: values.id,
          onProgress: (done, total) => {
            bar ??= progressBar(io.stderr, values.json ? 0 : total, "import");
            bar.tick("records", done - last);
            last = done;
          },
        });
        bar?.done();
        if (values.json) out(outcome);
        else {
          for (const bad of outcome.badRows)
            io.stderr.write(`${basename(path)}:${bad.line}: skipped: ${bad.reason}\n`);
          io.stdout.write(
            `✓ ${outcome.list.name} → ${outcome.list.id}: ${outcome.list.recordCount} records, ${outcome.badRows.length} bad rows skipped (${outcome.list.access}) — via ${port.via}\n`,
          );
        }
      } else if (action === "list") {
        const lists = await port.personLists();
        if (values.json) out(lists);
        else
          io.stdout.write(
            `${lists.items.map((l) => `${summary(l)}\n`).join("")}${lists.total} list(s)\n`,
          );
      } else {
        const list = await port.personList(positionals[0] as string, {
          limit: intFlag(values.limit, "limit", 50),
          offset: intFlag(values.offset, "offset", 0),
        });
        if (values.json) out(list);
        else {
          const rows = list.records.items.map(
            (r) =>
              `  ${String(r.rowNumber).padStart(6)}  ${r.key.padEnd(10)} ${Object.values(r.fields).join(" · ")}`,
          );
          const bad = list.badRows.map((b) => `  line ${b.line}: ${b.reason}`);
          io.stdout.write(
            `${summary(list)}\nmapping: ${JSON.stringify(list.mapping)}\n${rows.join("\n")}\n${list.records.items.length} of ${list.records.total} record(s)\n${bad.length ? `bad rows:\n${bad.join("\n")}\n` : ""}`,
          );
        }
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
