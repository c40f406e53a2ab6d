import type { ChronicleEntryView } from "../../services/presenters/chronicle.presenter.js";
import { ACTION_OPTIONS, readAction, runAction } from "../action-command.js";
import { type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";

const usage = `Usage: casefile chronicle list --case <case> [--json]
       casefile chronicle add <image-source-id> --case <case> [--caption T] [--person "Name[=record-id]"]… [--access LEVEL] [--position N] [--json]
       casefile chronicle edit <entry-id> [--caption T] [--person "Name[=record-id]"]… [--no-persons] [--access LEVEL] [--json]
       casefile chronicle move <entry-id> --to N [--json]
       casefile chronicle remove <entry-id> [--reason R]

A case's photo chronicle: an ordered gallery of archived images, each with a caption and the
persons it shows (a registry record id after "=" links the person to the registry). An entry is
public, restricted or confidential, by default its image's level and never wider than it.
Positions count from 1 among the entries you may see. Every change is logged.`;

function personsOf(values: readonly string[] | undefined) {
  return values?.map((v) => {
    const at = v.lastIndexOf("=");
    return at < 0
      ? { name: v, recordId: null }
      : { name: v.slice(0, at), recordId: v.slice(at + 1).trim() || null };
  });
}

const line = (e: ChronicleEntryView) =>
  `${e.position}\t${e.id}\t${e.access}\t${e.source.title}${e.caption ? `\t${e.caption}` : ""}${
    e.persons.length ? `\t(${e.persons.map((p) => p.name).join(", ")})` : ""
  }`;

export const chronicleCommand: Command = {
  name: "chronicle",
  summary: "a case's photo chronicle: list, add, edit, move or remove its images",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...ACTION_OPTIONS,
        caption: { type: "string" },
        person: { type: "string", multiple: true },
        "no-persons": { type: "boolean" },
        access: { type: "string" },
        position: { type: "string" },
        to: { type: "string" },
      },
      usage,
    );
    const rules = {
      actions: ["list", "add", "edit", "move", "remove"],
      withSubject: ["add", "edit", "move", "remove"],
      needCase: ["list", "add"],
    };
    const { action, subject: id } = readAction(positionals, rules, values.case, usage);
    if (action === "move" && values.to === undefined)
      throw new UsageError(`--to is required\n\n${usage}`);
    return runAction(io, "chronicle", values.json, async (port, print) => {
      if (action === "list") {
        const list = await port.chronicle(values.case ?? "");
        print(list, list.items.map(line).join("\n") || "the chronicle is empty");
      } else if (action === "add") {
        const entry = await port.addChronicleEntry(values.case ?? "", {
          sourceId: id,
          caption: values.caption,
          persons: personsOf(values.person),
          access: values.access,
          position:
            values.position === undefined ? undefined : intFlag(values.position, "position", 0),
        });
        print(entry, line(entry));
      } else if (action === "edit") {
        const entry = await port.editChronicleEntry(id, {
          caption: values.caption,
          persons: values["no-persons"] ? [] : personsOf(values.person),
          access: values.access,
        });
        print(entry, line(entry));
      } else if (action === "move") {
        const entry = await port.moveChronicleEntry(id, intFlag(values.to, "to", 0));
        print(entry, line(entry));
      } else {
        await port.removeChronicleEntry(id, values.reason ?? null);
        print({ removed: id }, `chronicle entry ${id} removed`);
      }
    });
  },
};
