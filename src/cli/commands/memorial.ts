import { ACTION_OPTIONS, readAction, runAction } from "../action-command.js";
import type { Command } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import type { MemorialListView } from "../port/chronicle-port.js";

const usage = `Usage: casefile memorial status --case <case> [--json]
       casefile memorial publish|unpublish --case <case> [--reason R] [--json]
       casefile memorial list --case <case> [--find "<name in any spelling>"] [--json]
       casefile memorial show <record-id> --case <case> [--json]

A case's memorial of its victims, from the registry. It names only persons whose every record is
public and for whom a consent to publication or to the memorial is in force (casefile people
consent), none of whose names is protected; everyone else is only counted. Publishing and
withdrawing it is an administrator's act, logged with its reason.`;

type Summary = MemorialListView["items"][number];

const personLine = (p: Summary) =>
  `${p.id}\t${p.names.az.text} / ${p.names.ru.text} / ${p.names.en.text}${
    p.age !== null ? `\tage ${p.age}` : p.birthYear !== null ? `\tborn ${p.birthYear}` : ""
  }${p.places.length ? `\t${p.places.join(", ")}` : ""}`;

const spellingLine = (s: Summary["spellings"][number]) =>
  `  ${s.name}\t(${s.list}, line ${s.line})`;

export const memorialCommand: Command = {
  name: "memorial",
  summary: "a case's memorial: publish or withdraw it, list or find its persons, show one",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...ACTION_OPTIONS,
        find: { type: "string" },
      },
      usage,
    );
    const rules = {
      actions: ["status", "publish", "unpublish", "list", "show"],
      withSubject: ["show"],
      needCase: ["status", "publish", "unpublish", "list", "show"],
    };
    const { action, subject } = readAction(positionals, rules, values.case, usage);
    const caseId = values.case ?? "";
    return runAction(io, "memorial", values.json, async (port, print) => {
      if (action === "status") {
        const s = await port.memorialSetting(caseId);
        print(s, `the memorial of ${caseId} is ${s.published ? "published" : "not published"}`);
      } else if (action === "publish" || action === "unpublish") {
        const s = await port.publishMemorial(caseId, action === "publish", values.reason ?? null);
        print(s, `the memorial of ${caseId} is ${s.published ? "published" : "not published"}`);
      } else if (action === "list") {
        const m = await port.memorial(caseId, values.find);
        print(
          m,
          [
            ...m.items.map(personLine),
            `${m.named} named, and ${m.others} others not named here (${m.total} in all)`,
          ].join("\n"),
        );
      } else {
        const p = await port.memorialPerson(caseId, subject);
        print(
          p,
          [
            personLine(p),
            ...p.spellings.map(spellingLine),
            ...p.mentions.map((m) => `  ${m.sourceTitle}${m.seq !== null ? ` ¶${m.seq}` : ""}`),
          ].join("\n"),
        );
      }
    });
  },
};
